-- Statistics module: what the shelter indicators count (kz.qorgau.statistics.ShelterIndicators), each in the region of
-- the shelter. The shelters module's register, beds, stays and funding (shelters V1, V2) and the referrals module's
-- service episodes, whose dates are the stays' dates. No address, no name: a shelter is its id and its region.

-- The shelters of the register, open from opened_on to the day before closed_on.
create view statistics_shelter as
select s.id, s.region as region_code, s.kind, s.settlement, s.opened_on, s.closed_on
from shelters_shelter s;

-- The beds of each group of a shelter from each dated change (valid_from, inclusive) to the next change of the same
-- group (valid_to, exclusive; null while in force), with the shelter's opening and closing dates. Two changes of one
-- day: the later is in force from that day.
create view statistics_shelter_capacity as
select c.shelter_id,
       c.bed_group,
       c.beds,
       c.effective_from                                                                     as valid_from,
       lead(c.effective_from) over (partition by c.shelter_id, c.bed_group
                                    order by c.effective_from, c.seq)                       as valid_to,
       s.opened_on,
       s.closed_on,
       s.region                                                                             as region_code
from shelters_capacity c
join shelters_shelter s on s.id = c.shelter_id;

-- The stays: dates from the service episode (ended_on: the day of discharge, null while the victim stays), the special
-- social services period (six months from admission, nine once extended: kz.qorgau.shelters.ServicePeriod), whether
-- the admission was over capacity, and the victim as statistics_victim counts them (citizenship, age group), unknown
-- where the record is not among the identified victims.
create view statistics_shelter_stay as
select t.id,
       t.shelter_id,
       t.victim_id,
       t.bed_group,
       t.overflow_reason is not null                                          as over_capacity,
       e.started_on,
       e.ended_on,
       t.period_extended_on,
       (e.started_on + case when t.period_extended_on is null then interval '6 months'
                            else interval '9 months' end)::date               as period_ends_on,
       s.region                                                               as region_code,
       coalesce(v.citizen, false)                                             as citizen,
       coalesce(v.citizenship_recorded, false)                                as citizenship_recorded,
       coalesce(v.stateless, false)                                           as stateless,
       coalesce(v.age_group, 'UNKNOWN')                                       as age_group
from shelters_stay t
join referrals_service_episode e on e.id = t.episode_id
join shelters_shelter s on s.id = t.shelter_id
left join statistics_victim v on v.id = t.victim_id;

-- The funding of each shelter and year as in force: an allocation that a correction replaced is left out (the
-- correction counts instead). State funding: the republican and local budgets and the state social order.
create view statistics_shelter_allocation as
select a.shelter_id,
       a.year,
       a.source,
       a.amount_kzt,
       a.kzt_per_usd,
       a.source in ('REPUBLICAN_BUDGET', 'LOCAL_BUDGET', 'STATE_SOCIAL_ORDER') as state,
       s.region                                                               as region_code
from shelters_allocation a
join shelters_shelter s on s.id = a.shelter_id
where not exists (select 1 from shelters_allocation c where c.corrects_id = a.id);
