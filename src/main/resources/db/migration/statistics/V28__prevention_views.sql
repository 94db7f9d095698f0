-- Statistics module: the prevention chapter's records (prevention/V2 to V5), none of them personal data
-- (PreventionIndicators). A training counts in the year of its last day, in its region (none: national or abroad),
-- one row per sex with its participants (unknown a category of its own, so that the sexes sum to the total); a
-- campaign counts in the year it began, nationally; a coordination meeting on its day, in its body's region (a
-- regional commission's); a National Action Plan item in each year of its plan, its status at the end of a year given
-- by the first year reported done or dropped and by its deadline.
create view statistics_training_participant as
select t.id                                   as training_id,
       t.region                               as region_code,
       t.ends_on,
       t.audience,
       s.sex,
       s.participants
from prevention_training t
cross join lateral (values ('FEMALE', t.women), ('MALE', t.men), ('UNKNOWN', t.unknown_sex)) as s (sex, participants);

create view statistics_training as
select t.id,
       t.region                               as region_code,
       t.ends_on,
       t.audience,
       t.participants
from prevention_training t;

create view statistics_campaign as
select c.id,
       cast(null as varchar(5))               as region_code,
       c.starts_on,
       c.ends_on,
       c.audiences,
       c.budget_kzt
from prevention_campaign c;

create view statistics_coordination_meeting as
select m.id,
       b.kind                                 as body_kind,
       b.region                               as region_code,
       m.held_on
from prevention_meeting m
join prevention_body b on b.id = m.body_id;

create view statistics_plan_item as
select i.id,
       cast(null as varchar(5))               as region_code,
       make_date(p.first_year, 1, 1)          as plan_from,
       make_date(p.last_year + 1, 1, 1)       as plan_to,
       i.deadline,
       (select make_date(min(r.period), 1, 1) from prevention_plan_report r
        where r.item_id = i.id and r.state = 'DONE')    as done_from,
       (select make_date(min(r.period), 1, 1) from prevention_plan_report r
        where r.item_id = i.id and r.state = 'DROPPED') as dropped_from
from prevention_plan_item i
join prevention_plan p on p.id = i.plan_id;
