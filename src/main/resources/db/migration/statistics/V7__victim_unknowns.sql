-- Statistics module: victims identified, as in V6, with what the breakdowns need to keep the unknown apart (every
-- breakdown sums to its total, unknown being a category of its own, DESIGN.md §4):
-- * the age group at identification also from the birth year of the victim's person record where the victim
--   record has no age and no child flag: a child when even a birthday already past in the year of identification
--   leaves the person under 18, an adult when even one still to come leaves them 18 or over, otherwise unknown.
--   The exact date of birth is encrypted; the birth year is kept in clear for statistics. A record registered
--   from a person record without an age used to count as an adult whatever the person's birth date.
-- * citizenship_recorded: whether any citizenship is recorded, so that "foreign" counts the recorded foreign
--   citizenships only and a record without any (citizenship unknown, or stateless, which the record does not tell
--   apart) is a category of its own.
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
               where c.victim_id = v.id and c.role = 'CITIZENSHIP')                 as citizenship_recorded
from victims_victim v
join lateral (
    select min(s.decided_on) as decided_on from victims_status s
    where s.victim_id = v.id and s.status in ('PRESUMED', 'CONFIRMED')
) first_identified on first_identified.decided_on is not null
left join persons_person p on p.id = v.person_id
cross join lateral (
    select case when v.child or coalesce(v.age_at_identification < 18, false) then 'CHILD'
                when v.age_at_identification is not null then 'ADULT'
                when p.birth_year is null then 'UNKNOWN'
                when extract(year from v.identified_on) - p.birth_year < 18 then 'CHILD'
                when extract(year from v.identified_on) - p.birth_year - 1 >= 18 then 'ADULT'
                else 'UNKNOWN' end as age_group
) age;
