-- Statistics module: the inspections' sector (ISIC section, null where not stated), for the pipeline by sector
-- (InspectionIndicators, inspections.total and inspections.with_indicators by sector).
create or replace view statistics_inspection as
select i.id,
       i.region                            as region_code,
       i.started_on,
       i.site,
       i.remote,
       i.announced,
       i.trigger,
       i.workers,
       i.workers_foreign,
       cardinality(i.ilo_indicators) > 0   as indicators_found,
       i.isic_section
from inspections_inspection i;
