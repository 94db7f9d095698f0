-- Statistics module: each person counted once, whichever agencies registered them. The person registry merges records of one human being
-- (kz.qorgau.persons.DuplicateReview): a merged record points to the one it was merged into, and the person counted
-- is the root of that chain. A victim record carries the key of the person it counts (person_key: the root of its
-- person record, or the victim record itself where it names no person), and victims.identified counts, of the victim
-- records of one person identified in the period, only the first (ProtectionIndicators.IDENTIFIED): the others are
-- "records of a person already counted", stated beside the figure, as are the possible duplicates awaiting review.
-- A merge and its undoing are dated (persons_merge), so a published figure moves only through them.

-- The root of every merged person record (the person it counts as); a record merged into none is its own root and
-- is not listed.
create view statistics_person_root as
with recursive chain (person_id, root_id, depth) as (
    select id, merged_into_id, 1 from persons_person where merged_into_id is not null
    union all
    select c.person_id, p.merged_into_id, c.depth + 1
    from chain c
    join persons_person p on p.id = c.root_id
    where p.merged_into_id is not null and c.depth < 100
)
select distinct on (person_id) person_id, root_id
from chain
order by person_id, depth desc;

-- statistics_victim as V21 made it, with the key of the person counted at the end.
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
            else 'P' || coalesce(root.root_id, v.person_id) end                       as person_key
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

-- A victim record's person key and first identification, without the victim view's other columns: what the rule
-- "the first record of a person in the period" reads.
create view statistics_victim_person as
select v.id,
       case when v.person_id is null then 'V' || v.id
            else 'P' || coalesce(root.root_id, v.person_id) end as person_key,
       v.region_code,
       (select min(s.decided_on) from victims_status s
        where s.victim_id = v.id and s.status in ('PRESUMED', 'CONFIRMED'))  as identified_on
from victims_victim v
left join statistics_person_root root on root.person_id = v.person_id;

-- The pairs of person records proposed as possible duplicates and awaiting a decision (open or unsure), each side
-- with the victim records that name it: a pair whose two persons each have a victim record identified in a period
-- would make that period's victims one fewer if merged. One row per pair and pair of such records.
create view statistics_possible_duplicate as
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
  and a.person_key <> b.person_key;

-- statistics_ctdc_victim as V11 made it, with whether the record is its person's first of its calendar year (the
-- export is by year: a person counts once in each year, as victims.identified counts them).
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
       not exists (select 1 from statistics_victim_person o
                   where o.person_key = s.person_key and o.id <> s.id
                     and extract(year from o.identified_on) = extract(year from s.identified_on)
                     and (o.identified_on < s.identified_on or o.identified_on = s.identified_on and o.id < s.id))
                                                                                    as first_of_person_in_year
from statistics_victim s
join victims_victim v on v.id = s.id;
