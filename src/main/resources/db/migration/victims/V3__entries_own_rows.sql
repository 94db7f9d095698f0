-- A victim's entitlements (permit applications, compensation claims) and participation in proceedings
-- (testimony, state protection, non-punishment screening) are aggregates of their own, referenced by the
-- victim's id: recording one inserts one row and deciding one updates its row, where the victim record used
-- to delete and re-insert every entry of every list on each save. Each entry gets an id of its own; seq stays
-- its number on the record (from 0), unique per victim, so that two entries recorded at once cannot take the
-- same number. Permits and claims, which are decided after they are recorded, carry a version for optimistic
-- locking.
alter table victims_permit add column id bigint generated always as identity;
alter table victims_permit add column version integer not null default 0;
alter table victims_permit drop constraint victims_permit_pkey;
alter table victims_permit add primary key (id);
alter table victims_permit add constraint victims_permit_victim_seq unique (victim_id, seq);

alter table victims_compensation add column id bigint generated always as identity;
alter table victims_compensation add column version integer not null default 0;
alter table victims_compensation drop constraint victims_compensation_pkey;
alter table victims_compensation add primary key (id);
alter table victims_compensation add constraint victims_compensation_victim_seq unique (victim_id, seq);

alter table victims_interview add column id bigint generated always as identity;
alter table victims_interview drop constraint victims_interview_pkey;
alter table victims_interview add primary key (id);
alter table victims_interview add constraint victims_interview_victim_seq unique (victim_id, seq);

alter table victims_protection add column id bigint generated always as identity;
alter table victims_protection drop constraint victims_protection_pkey;
alter table victims_protection add primary key (id);
alter table victims_protection add constraint victims_protection_victim_seq unique (victim_id, seq);

alter table victims_non_punishment add column id bigint generated always as identity;
alter table victims_non_punishment drop constraint victims_non_punishment_pkey;
alter table victims_non_punishment add primary key (id);
alter table victims_non_punishment add constraint victims_non_punishment_victim_seq unique (victim_id, seq);
