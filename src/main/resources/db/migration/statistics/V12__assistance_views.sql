-- Statistics module: what the assistance indicators count (kz.qorgau.statistics.ProtectionIndicators), each in the
-- region of the victim's record:
-- * compensation claims with the amount claimed and what was actually paid and when (appended to the view's columns);
-- * non-punishment screenings with their result;
-- * reflection periods of foreign victims, by the day they started.
create or replace view statistics_victim_compensation as
select c.victim_id, c.filed_on, c.awarded_on, c.awarded_kzt, v.region_code, c.claimed_kzt, c.paid_on, c.paid_kzt
from victims_compensation c
join victims_victim v on v.id = c.victim_id;

create view statistics_victim_non_punishment as
select n.victim_id, n.screened_on, n.result, v.region_code
from victims_non_punishment n
join victims_victim v on v.id = n.victim_id;

create view statistics_victim_reflection as
select v.id as victim_id, v.reflection_starts_on as starts_on, v.region_code
from victims_victim v
where v.reflection_starts_on is not null;
