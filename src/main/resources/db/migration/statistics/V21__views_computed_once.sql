-- Statistics module: a victim's derived columns computed once per row. The victim view answered its countries and
-- forms of exploitation by eleven scalar subqueries, each read of victims_country or victims_form on its own (seven
-- for the countries alone); here one lateral aggregate over each table answers them all. The view keeps its
-- columns, types and meaning (the same names in the same order, as CREATE OR REPLACE VIEW requires). The view is
-- read whole or filtered by its own columns, never joined to other records, so the lateral aggregates cannot keep a
-- join's condition from reaching victims_victim.

-- statistics_victim as V14 made it.
create or replace view statistics_victim as
select v.id,
       v.region_code,
       first_identified.decided_on                                                   as identified_on,
       v.sex,
       (age.age_group = 'CHILD')                                                     as child,
       countries.citizen,
       forms.sexual_exploitation,
       forms.forced_labour,
       forms.other_forms,
       forms.unspecified,
       age.age_group,
       countries.citizenship_recorded,
       case when known.low is null then 'UNKNOWN'
            when v.child and known.high >= 18 then 'UNKNOWN'
            when width_bucket(known.low, array[9, 18, 21, 24, 27, 30, 39, 48])
                 <> width_bucket(known.high, array[9, 18, 21, 24, 27, 30, 39, 48]) then 'UNKNOWN'
            else (array['AGE_0_8', 'AGE_9_17', 'AGE_18_20', 'AGE_21_23', 'AGE_24_26', 'AGE_27_29', 'AGE_30_38',
                        'AGE_39_47', 'AGE_48_PLUS'])[width_bucket(known.low, array[9, 18, 21, 24, 27, 30, 39, 48]) + 1]
       end                                                                           as age_band,
       countries.citizenships,
       countries.exploitation_countries,
       case when countries.distinct_countries > 1 then 'TRANSNATIONAL'
            when countries.citizenship_recorded and countries.exploitation_recorded then 'DOMESTIC'
            else 'UNKNOWN' end                                                       as border,
       first_identified.deciding_type                                                as identified_by,
       v.stateless
from victims_victim v
join lateral (
    select s.decided_on, s.deciding_type from victims_status s
    where s.victim_id = v.id and s.status in ('PRESUMED', 'CONFIRMED')
    order by s.decided_on, s.seq
    limit 1
) first_identified on true
cross join lateral (
    select case when v.child or coalesce(v.age_at_identification < 18, false) then 'CHILD'
                when v.age_at_identification is not null then 'ADULT'
                when v.age_in_year_of_identification is null then 'UNKNOWN'
                when v.age_in_year_of_identification < 18 then 'CHILD'
                when v.age_in_year_of_identification - 1 >= 18 then 'ADULT'
                else 'UNKNOWN' end as age_group
) age
cross join lateral (
    select coalesce(v.age_at_identification,
                    case when v.age_in_year_of_identification is not null
                         then greatest(v.age_in_year_of_identification - 1, 0) end)         as low,
           coalesce(v.age_at_identification, v.age_in_year_of_identification)                 as high
) known
cross join lateral (
    select coalesce(bool_or(c.role = 'CITIZENSHIP' and c.country_code = 'KZ'), false)         as citizen,
           coalesce(bool_or(c.role = 'CITIZENSHIP'), false)                                   as citizenship_recorded,
           coalesce(bool_or(c.role = 'EXPLOITATION'), false)                                  as exploitation_recorded,
           coalesce(array_agg(cast(c.country_code as varchar) order by cast(c.country_code as varchar))
                        filter (where c.role = 'CITIZENSHIP'), array[]::varchar[])            as citizenships,
           coalesce(array_agg(cast(c.country_code as varchar) order by cast(c.country_code as varchar))
                        filter (where c.role = 'EXPLOITATION'), array[]::varchar[])           as exploitation_countries,
           count(distinct c.country_code)                                                     as distinct_countries
    from victims_country c
    where c.victim_id = v.id
) countries
cross join lateral (
    select coalesce(bool_or(g.form_group = 'SEXUAL_EXPLOITATION'), false)                     as sexual_exploitation,
           coalesce(bool_or(g.form_group = 'FORCED_LABOUR'), false)                           as forced_labour,
           coalesce(bool_or(g.form_group = 'OTHER_FORMS'), false)                             as other_forms,
           count(f.form) = 0                                                                  as unspecified
    from victims_form f
    left join statistics_form_group g on g.form = f.form
    where f.victim_id = v.id
) forms;
