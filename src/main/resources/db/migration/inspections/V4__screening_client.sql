-- A worker's screening sent from a phone carries the id its form was given there: sent again (the phone back online,
-- not having heard the answer), it is the screening already recorded, not a second victim record.
alter table inspections_screening add column client_id uuid;
create unique index inspections_screening_client on inspections_screening (inspection_id, client_id);
