-- Statistics module: the views through which it reads every other module's records. The Java code of the module
-- reads these views (statistics_*) and nothing else; they are the contract with the cases, victims, referrals
-- and persons modules, listed in kz.qorgau.statistics.package-info and tested by StatisticsViewsTests. A module
-- that changes a table behind one of them changes the view in the same migration.

-- The status decisions of victim records: the first presumed or confirmed one identifies the victim (the index
-- victims_status_identified serves the year's decisions).
create view statistics_victim_status as
select s.victim_id, s.status, s.decided_on
from victims_status s;

-- Victims identified, as V6_2, with GLOTIP's age group at identification at the end: a child (flag or age under
-- 18), an adult (age 18 or over), otherwise unknown. (victims.identified.adults counts every non-child; GLOTIP
-- keeps victims of unknown age apart.)
create or replace view statistics_victim as
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
       not exists (select 1 from victims_form f where f.victim_id = v.id)           as unspecified,
       case when v.child or coalesce(v.age_at_identification < 18, false) then 'CHILD'
            when v.age_at_identification is not null then 'ADULT'
            else 'UNKNOWN' end                                                      as age_group
from victims_victim v
join lateral (
    select min(s.decided_on) as decided_on from victims_status s
    where s.victim_id = v.id and s.status in ('PRESUMED', 'CONFIRMED')
) first_identified on first_identified.decided_on is not null;

-- Defendants with the sex and birth year of their person record (persons_person keeps both in clear for
-- statistics); UNKNOWN sex when the record is missing. Statements that do not read sex or birth year do not join
-- the person (a left join on its key, which PostgreSQL leaves out).
create view statistics_defendant as
select d.case_id,
       d.defendant_no,
       d.public_official,
       d.arrested_on,
       d.arrest_region,
       coalesce(p.sex, 'UNKNOWN') as sex,
       p.birth_year
from cases_defendant d
left join persons_person p on p.id = d.person_id;

-- Special operations, one row per region they were held in (none recorded: one row with a null region).
create view statistics_operation as
select o.id, o.started_on, r.region_code
from cases_operation o
left join cases_operation_region r on r.operation_id = o.id;

-- Requests for international cooperation, in the region of their case (none: null).
create view statistics_cooperation as
select r.id, r.kind, r.direction, r.status, r.executed_on, c.region_code
from cases_cooperation r
left join cases_case c on c.id = r.case_id;

-- What victims received, each in the region of the victim's record.
create view statistics_victim_interview as
select i.victim_id, i.interviewed_on, v.region_code
from victims_interview i
join victims_victim v on v.id = i.victim_id;

create view statistics_victim_protection as
select p.victim_id, p.starts_on, p.cost_kzt, v.region_code
from victims_protection p
join victims_victim v on v.id = p.victim_id;

create view statistics_victim_permit as
select p.victim_id, p.kind, p.outcome, p.decided_on, v.region_code
from victims_permit p
join victims_victim v on v.id = p.victim_id;

create view statistics_victim_compensation as
select c.victim_id, c.filed_on, c.awarded_on, c.awarded_kzt, v.region_code
from victims_compensation c
join victims_victim v on v.id = c.victim_id;

-- Referrals with the date of their first answer (accepted, declined or revoked), for the overdue ones.
create view statistics_referral as
select r.id,
       r.answer_due_on,
       (select min(s.occurred_on) from referrals_step s
        where s.referral_id = r.id and s.step in ('ACCEPTED', 'DECLINED', 'REVOKED')) as answered_on,
       v.region_code
from referrals_referral r
join victims_victim v on v.id = r.victim_id;

create view statistics_referral_step as
select s.referral_id, s.step, s.occurred_on, v.region_code
from referrals_step s
join referrals_referral r on r.id = s.referral_id
join victims_victim v on v.id = r.victim_id;

create view statistics_service_episode as
select e.id, e.victim_id, e.service, e.started_on, v.region_code
from referrals_service_episode e
join victims_victim v on v.id = e.victim_id;

-- Replaced by the columns above (statistics_victim.age_group, statistics_defendant): GLOTIP counts the records of
-- the indicators it publishes.
drop view statistics_glotip_victim;
drop view statistics_glotip_defendant;
