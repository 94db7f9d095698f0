-- Statistics module: complaints against recruitment agencies (agencies/V2), without what was told: when, by which kind
-- of source, and the outcome with its day (AgencyIndicators, agencies.complaints).
create view statistics_agency_complaint as
select c.id,
       c.agency_id,
       a.region     as region_code,
       c.received_on,
       c.source,
       c.outcome,
       c.outcome_on
from agencies_complaint c
join agencies_agency a on a.id = c.agency_id;
