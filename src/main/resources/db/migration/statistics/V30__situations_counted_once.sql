-- Statistics module: each trafficking situation counted once. Two agencies that each opened a victim record for one
-- person's one situation leave two records of that person; a reviewer who decides they are one situation merges the
-- record identified later into the one identified first, its survivor (kz.qorgau.victims.SituationReview:
-- victims_victim.merged_into_id, victims_merge). A merged record
--   * never counts in victims.identified, in any period: its situation counts through its survivor
--     (ProtectionIndicators.IDENTIFIED, not v.merged);
--   * is one of the "records of a person already counted" (ProtectionIndicators.REPEATED) in the period of its own
--     identification, so that the identified and the repeated records of a period still sum to the records
--     identified in it;
--   * is left out of the CTDC export (statistics_ctdc_victim.first_of_person_in_year false);
--   * stands in the way of none of its person's other records: the first of a person's records in a period is the
--     first of those not merged (ProtectionIndicators.counted);
--   * is no side of a possible duplicate awaiting review (statistics_possible_duplicate).
-- Every breakdown of victims.identified filters the same rows as its total, so each still sums to it.
--
-- How a published figure changes: a merge and its undoing are dated events (victims_merge.merged_at and undone_at,
-- each audited). The figures are computed from the records as they stand, so from the moment of a merge the year in
-- which the merged record was identified counts one victim fewer and one record of a person already counted more
-- (the survivor's year is unchanged); undoing it restores both. An edition already published keeps its frozen figures
-- and the ids of the records each counted (statistics_edition_records); the next revision of that year lists the
-- figure that moved and the merged record that moved it, and victims_merge says when and by whom.

-- statistics_victim as V29 made it, with whether the record is merged into another at the end.
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
       v.stateless,
       case when v.person_id is null then 'V' || v.id
            else 'P' || coalesce(root.root_id, v.person_id) end                       as person_key,
       (v.merged_into_id is not null)                                                as merged
from victims_victim v
left join statistics_person_root root on root.person_id = v.person_id
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

-- statistics_victim_person as V29 made it, with whether the record is merged into another at the end.
create or replace view statistics_victim_person as
select v.id,
       case when v.person_id is null then 'V' || v.id
            else 'P' || coalesce(root.root_id, v.person_id) end as person_key,
       v.region_code,
       (select min(s.decided_on) from victims_status s
        where s.victim_id = v.id and s.status in ('PRESUMED', 'CONFIRMED'))  as identified_on,
       (v.merged_into_id is not null)                                         as merged
from victims_victim v
left join statistics_person_root root on root.person_id = v.person_id;

-- statistics_possible_duplicate as V29 made it; a merged victim record is no side of a pair (it counts no more).
create or replace view statistics_possible_duplicate as
select d.id                                                as pair_id,
       a.id                                                as first_victim_id,
       b.id                                                as second_victim_id,
       a.identified_on                                     as first_identified_on,
       b.identified_on                                     as second_identified_on,
       a.region_code
from persons_duplicate d
join statistics_victim_person a on a.person_key = 'P' || coalesce((select r.root_id from statistics_person_root r
                                                                    where r.person_id = d.first_person_id),
                                                                   d.first_person_id)
join statistics_victim_person b on b.person_key = 'P' || coalesce((select r.root_id from statistics_person_root r
                                                                    where r.person_id = d.second_person_id),
                                                                   d.second_person_id)
where d.status in ('OPEN', 'UNSURE')
  and d.proposed
  and a.person_key <> b.person_key
  and not a.merged
  and not b.merged;

-- statistics_ctdc_victim as V29 made it: a merged record is no person's first of a year, nor stands in the way of
-- the first of the records not merged.
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
       s.age_band,
       not s.merged
       and not exists (select 1 from statistics_victim_person o
                       where o.person_key = s.person_key and o.id <> s.id and not o.merged
                         and extract(year from o.identified_on) = extract(year from s.identified_on)
                         and (o.identified_on < s.identified_on or o.identified_on = s.identified_on and o.id < s.id))
                                                                                    as first_of_person_in_year
from statistics_victim s
join victims_victim v on v.id = s.id;
