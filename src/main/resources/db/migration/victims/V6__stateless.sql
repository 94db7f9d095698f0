-- A victim recorded as stateless (no citizenship), told apart from a victim whose citizenship is not known: both have
-- no CITIZENSHIP row in victims_country. Copied from the person record at registration where the screening left the
-- citizenship out, as the citizenships are. The record refuses stateless together with a citizenship.
alter table victims_victim add column stateless boolean not null default false;
