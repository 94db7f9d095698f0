-- Statistics module: statelessness told apart from an unknown citizenship. A victim record and a person record may now
-- say that the person is stateless (victims/V6, persons/V3); both views keep their columns as before and add, at the
-- end, whether the record says so. The citizenship breakdowns count citizens, foreign citizens, stateless persons and
-- those whose citizenship is not known (kz.qorgau.statistics.ProtectionIndicators, ProsecutionIndicators, Glotip).

-- statistics_victim as V11 made it, with the record's statelessness at the end.
create or replace view statistics_victim as
select v.id,
       v.region_code,
       first_identified.decided_on as identified_on,
       v.sex,
       (age.age_group = 'CHILD')                                                    as child,
       exists (select 1 from victims_country c
               where c.victim_id = v.id and c.role = 'CITIZENSHIP' and c.country_code = 'KZ') as citizen,
       exists (select 1 from victims_form f join statistics_form_group g on g.form = f.form
               where f.victim_id = v.id and g.form_group = 'SEXUAL_EXPLOITATION')   as sexual_exploitation,
       exists (select 1 from victims_form f join statistics_form_group g on g.form = f.form
               where f.victim_id = v.id and g.form_group = 'FORCED_LABOUR')         as forced_labour,
       exists (select 1 from victims_form f join statistics_form_group g on g.form = f.form
               where f.victim_id = v.id and g.form_group = 'OTHER_FORMS')           as other_forms,
       not exists (select 1 from victims_form f where f.victim_id = v.id)           as unspecified,
       age.age_group,
       exists (select 1 from victims_country c
               where c.victim_id = v.id and c.role = 'CITIZENSHIP')                 as citizenship_recorded,
       case when known.low is null then 'UNKNOWN'
            when v.child and known.high >= 18 then 'UNKNOWN'
            when width_bucket(known.low, array[9, 18, 21, 24, 27, 30, 39, 48])
                 <> width_bucket(known.high, array[9, 18, 21, 24, 27, 30, 39, 48]) then 'UNKNOWN'
            else (array['AGE_0_8', 'AGE_9_17', 'AGE_18_20', 'AGE_21_23', 'AGE_24_26', 'AGE_27_29', 'AGE_30_38',
                        'AGE_39_47', 'AGE_48_PLUS'])[width_bucket(known.low, array[9, 18, 21, 24, 27, 30, 39, 48]) + 1]
       end                                                                          as age_band,
       array(select cast(c.country_code as varchar) from victims_country c
             where c.victim_id = v.id and c.role = 'CITIZENSHIP' order by 1)        as citizenships,
       array(select cast(c.country_code as varchar) from victims_country c
             where c.victim_id = v.id and c.role = 'EXPLOITATION' order by 1)       as exploitation_countries,
       case when (select count(distinct c.country_code) from victims_country c where c.victim_id = v.id) > 1
                then 'TRANSNATIONAL'
            when exists (select 1 from victims_country c where c.victim_id = v.id and c.role = 'CITIZENSHIP')
                 and exists (select 1 from victims_country c where c.victim_id = v.id and c.role = 'EXPLOITATION')
                then 'DOMESTIC'
            else 'UNKNOWN' end                                                      as border,
       first_identified.deciding_type                                               as identified_by,
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
) known;

-- statistics_defendant as V9 made it, with the person record's statelessness at the end (false without a person).
create or replace view statistics_defendant as
select d.case_id,
       d.defendant_no,
       d.public_official,
       d.arrested_on,
       d.arrest_region,
       coalesce(p.sex, 'UNKNOWN') as sex,
       p.birth_year,
       d.added_on,
       d.person_id,
       exists (select 1 from persons_citizenship z
               where z.person_id = d.person_id and z.country_code = 'KZ')       as citizen,
       exists (select 1 from persons_citizenship z where z.person_id = d.person_id) as citizenship_recorded,
       (select case when bool_or(z.country_code = 'KZ') then 'KZ' else min(z.country_code) end
        from persons_citizenship z where z.person_id = d.person_id)            as citizenship_country,
       coalesce(p.stateless, false)                                          as stateless
from cases_defendant d
left join persons_person p on p.id = d.person_id;
