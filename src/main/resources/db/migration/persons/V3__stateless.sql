-- A person recorded as stateless (no citizenship), told apart from a person whose citizenship is not known; both have
-- no row in persons_citizenship. In clear, like the citizenships, for statistics. A stateless person has no
-- citizenship (the person record refuses both together).
alter table persons_person add column stateless boolean not null default false;
