-- Statistics module: what the removal indicators count (kz.qorgau.statistics.RemovalIndicators), each in the region
-- of the removal. The inspections module's removal proceedings (inspections V2); no person is named: a removal is its
-- id, region, the days of its dated steps and the screening's decision.
create view statistics_removal as
select r.id,
       r.region              as region_code,
       r.citizenship,
       r.kind,
       r.decided_on,
       r.screened_on,
       r.screening_decision,
       r.no_screening_reason,
       r.no_screening_on,
       r.stopped_on,
       r.executed_on
from inspections_removal r;
