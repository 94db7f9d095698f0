-- Statistics module: victims identified, as in V7, with
-- * the age at identification from the victim record alone: its age or child flag, else the age the person reaches
--   in the year of identification, which the record now keeps from its person's birth year (victims
--   V4__age_from_birth_year). The person's birth year used to be read through the record's link to the person,
--   which is removed when consent to processing is refused or withdrawn: the age group then fell back to unknown
--   and a past year's figure moved without a dated event. The groups are the same as V7's.
-- * the breakdowns the IC-TIP standard and GLOTIP ask for, each with its unknown (DESIGN.md §4), appended to the
--   view's columns:
--   age_band: CTDC's age bands (kz.qorgau.shared.AgeGroup names) from the record's age, else from the birth year
--     where both possible ages fall in one band (and, for a child flag, a band under 18); otherwise UNKNOWN;
--   citizenships, exploitation_countries: the countries recorded (ISO 3166-1 alpha-2), empty when none;
--   border: TRANSNATIONAL when the record names more than one country (citizenship, recruitment, transit,
--     exploitation), DOMESTIC when it names one only and both a citizenship and a country of exploitation (so that
--     the victim was exploited in the country of citizenship), otherwise UNKNOWN;
--   identified_by: the HTCDS type of the organisation whose decision first identified the victim (of two that day,
--     the first recorded).
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
       first_identified.deciding_type                                               as identified_by
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

-- The CTDC export's age bands from the same age at identification as the statistics (the birth-year fallback
-- included), appended to its columns.
create or replace view statistics_ctdc_victim as
select s.identified_on,
       s.sex,
       v.age_at_identification,
       (select min(c.country_code) from victims_country c
        where c.victim_id = s.id and c.role = 'CITIZENSHIP'
        having count(*) = 1)                                                        as citizenship,
       (select min(c.country_code) from victims_country c
        where c.victim_id = s.id and c.role = 'EXPLOITATION'
        having count(*) = 1)                                                        as exploitation_country,
       s.sexual_exploitation,
       s.forced_labour,
       s.other_forms,
       s.unspecified,
       v.forced_labour_sector,
       v.recruiter_relationship,
       array(select t.code from victims_trait t
             where t.victim_id = s.id and t.kind = 'ControlMethod' order by t.code) as control_methods,
       s.age_band
from statistics_victim s
join victims_victim v on v.id = s.id;
