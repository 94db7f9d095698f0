-- Statistics module: what the inspection indicators count (kz.qorgau.statistics.InspectionIndicators), each in the
-- region of the inspection. The inspections module's inspections and notifications to the police (inspections V1);
-- no employer, inspector or worker is named: an inspection is its id, region, day and kind.

-- The inspections: the day they started, the site, remote or not, announced or not, the workers checked and whether
-- any ILO forced-labour indicator was observed.
create view statistics_inspection as
select i.id,
       i.region                            as region_code,
       i.started_on,
       i.site,
       i.remote,
       i.announced,
       i.trigger,
       i.workers,
       i.workers_foreign,
       cardinality(i.ilo_indicators) > 0   as indicators_found
from inspections_inspection i;

-- The notifications to the police, on the day they were sent (Almaty time): the answer and its day, the deadline,
-- and the case registered; in the region of the inspection.
create view statistics_inspection_notification as
select n.id,
       n.inspection_id,
       i.region                                            as region_code,
       (n.notified_at at time zone 'Asia/Almaty')::date    as notified_on,
       n.due_at,
       n.answer,
       n.answered_at,
       (n.answered_at at time zone 'Asia/Almaty')::date    as answered_on,
       n.case_id
from inspections_notification n
join inspections_inspection i on i.id = n.inspection_id;
