-- Whether a victim record's link to its person opens the person's data to those who hold the record (issue
-- 10): only when whoever registered the record could see the person's data at the time. A record linked by an
-- exact identifier alone names the person, pseudonymously, and no more; nor does anything granted through it
-- (referrals, case links) open more than the record itself carries. Records made before this rule existed are
-- trusted only where the person was registered by the record's registering organisation.
alter table victims_victim add column opens_identity boolean not null default false;
update victims_victim v set opens_identity = true
where v.person_id is not null
  and exists (select 1 from persons_person p
              where p.id = v.person_id and p.registered_by_organisation_id = v.registered_by_organisation_id);
