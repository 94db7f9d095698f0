-- Statistics module: the yearly figures entered by ministry staff (prevention/V1), each cell's latest approved revision
-- on the year's first day, with the day it was approved (PreventionIndicators). An entry awaiting approval counts for
-- nothing; a correction counts from its approval.
create view statistics_figure as
select distinct on (f.element, f.year, f.region, f.sex, f.age)
       f.element,
       make_date(f.year, 1, 1)                             as year_start,
       nullif(f.region, '')                                as region_code,
       nullif(f.sex, '')                                   as sex,
       nullif(f.age, '')                                   as age,
       f.value,
       (f.approved_at at time zone 'Asia/Almaty')::date    as approved_on
from prevention_figure f
where f.approved_by is not null
order by f.element, f.year, f.region, f.sex, f.age, f.revision desc;
