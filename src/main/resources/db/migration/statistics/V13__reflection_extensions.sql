-- Statistics module: the extensions of foreign victims' reflection periods, by the day each was decided, in the region
-- of the victim's record (kz.qorgau.statistics.ProtectionIndicators counts the victims whose period was extended in
-- a year).
create view statistics_victim_reflection_extension as
select x.victim_id, x.decided_on, v.region_code
from victims_reflection_extension x
join victims_victim v on v.id = x.victim_id;
