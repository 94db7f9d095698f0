-- An extension of a foreign victim's reflection period to the expected end of a trial is a dated decision of its own,
-- appended beside the record, so that the extensions of a year are counted by the day they were decided; the record
-- itself keeps only the period now in force (reflection_ends_on, reflection_extended), which used to be all there
-- was. A record extended before this migration gets one entry: decided on the day the audit trail recorded the last
-- extension (in Almaty's time), else on the record's last change, the latest day it can have been decided.
create table victims_reflection_extension (
    id          bigint      generated always as identity primary key,
    victim_id   bigint      not null references victims_victim (id) on delete cascade,
    seq         integer     not null,
    decided_on  date        not null,
    until       date        not null,
    recorded_by varchar(64) not null,
    constraint victims_reflection_extension_victim_seq unique (victim_id, seq)
);
create index victims_reflection_extension_decided on victims_reflection_extension (decided_on);

insert into victims_reflection_extension (victim_id, seq, decided_on, until, recorded_by)
select v.id, 0,
       coalesce((select (max(a.occurred_at) at time zone 'Asia/Almaty')::date
                 from audit_entry a
                 where a.action = 'VICTIM_REFLECTION_EXTENDED' and a.target_type = 'victim'
                   and a.target_id = v.id::text),
                (v.updated_at at time zone 'Asia/Almaty')::date),
       v.reflection_ends_on,
       'migration'
from victims_victim v
where v.reflection_extended;
