-- Statistics module: the workers screened at labour inspections (inspections V3), on the day of the screening, in the
-- region of the inspection, with the screening's decision; no person named (InspectionIndicators,
-- inspections.victims_identified).
create view statistics_inspection_screening as
select s.inspection_id,
       i.region        as region_code,
       s.victim_id,
       s.screened_on,
       s.decision
from inspections_screening s
join inspections_inspection i on i.id = s.inspection_id;
