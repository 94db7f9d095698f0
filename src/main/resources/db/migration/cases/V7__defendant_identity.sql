-- Whether a suspect's link opens the person's data to those who see the case: only when whoever
-- added the suspect could see the person's data at the time. A suspect added by an exact identifier alone is
-- named by the case, pseudonymously, and no more. Links made before this rule existed are trusted only where
-- the person was registered by the case's own unit.
alter table cases_defendant add column opens_identity boolean not null default false;
update cases_defendant d set opens_identity = true
where exists (select 1 from persons_person p join cases_case c on c.id = d.case_id
              where p.id = d.person_id and p.registered_by_organisation_id = c.unit_id);
