-- Statistics module: reports of informal intermediaries (agencies/V3), without names: which intermediary (its id and
-- kind), when, from which kind of source and where it was met (AgencyIndicators, agencies.intermediaries and
-- agencies.intermediary_reports).
create view statistics_agency_intermediary_report as
select r.id,
       r.intermediary_id,
       m.kind,
       r.region      as region_code,
       r.reported_on,
       r.source
from agencies_intermediary_report r
join agencies_intermediary m on m.id = r.intermediary_id;
