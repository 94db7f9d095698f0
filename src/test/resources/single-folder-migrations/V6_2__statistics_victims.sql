-- Statistics module: victims and referrals. A victim counts as identified in the year in which the record's
-- status FIRST became presumed or confirmed (DESIGN.md §4), whatever it became later.
create view statistics_victim as
select v.id,
       v.region_code,
       first_identified.decided_on as identified_on,
       v.sex,
       (v.child or coalesce(v.age_at_identification < 18, false))                  as child,
       exists (select 1 from victims_country c
               where c.victim_id = v.id and c.role = 'CITIZENSHIP' and c.country_code = 'KZ') as citizen,
       exists (select 1 from victims_form f join statistics_form_group g on g.form = f.form
               where f.victim_id = v.id and g.form_group = 'SEXUAL_EXPLOITATION')   as sexual_exploitation,
       exists (select 1 from victims_form f join statistics_form_group g on g.form = f.form
               where f.victim_id = v.id and g.form_group = 'FORCED_LABOUR')         as forced_labour,
       exists (select 1 from victims_form f join statistics_form_group g on g.form = f.form
               where f.victim_id = v.id and g.form_group = 'OTHER_FORMS')           as other_forms,
       not exists (select 1 from victims_form f where f.victim_id = v.id)           as unspecified
from victims_victim v
join lateral (
    select min(s.decided_on) as decided_on from victims_status s
    where s.victim_id = v.id and s.status in ('PRESUMED', 'CONFIRMED')
) first_identified on first_identified.decided_on is not null;
