-- Trainings (prevention module) held against trafficking, recorded once over: organiser and partners, first and last
-- day, region (none for a national or foreign one), main audience, participants by sex with unknown as a category of
-- its own (the sexes sum to the total), hours, materials; and the topics each covered.
create table prevention_training (
    id          bigint generated always as identity primary key,
    title       varchar(300)  not null,
    organiser   varchar(300)  not null,
    partners    varchar(1000),
    starts_on   date          not null,
    ends_on     date          not null,
    region      varchar(5)    check (region ~ '^KZ-[0-9]{2}$'),
    audience    varchar(24)   not null check (audience in ('POLICE', 'INVESTIGATORS', 'PROSECUTORS', 'JUDGES',
                                                'LAWYERS', 'LABOUR_INSPECTORS', 'MIGRATION_OFFICERS', 'DIPLOMATS',
                                                'PEACEKEEPERS', 'SOCIAL_WORKERS', 'TEACHERS', 'HEALTH_WORKERS')),
    participants integer      not null check (participants > 0),
    women       integer       not null check (women >= 0),
    men         integer       not null check (men >= 0),
    unknown_sex integer       not null check (unknown_sex >= 0),
    hours       integer       not null check (hours between 1 and 1000),
    materials   varchar(2000),
    recorded_by varchar(64)   not null,
    recorded_at timestamptz   not null,
    check (ends_on >= starts_on),
    constraint prevention_training_sexes check (women + men + unknown_sex = participants)
);
create index prevention_training_ends on prevention_training (ends_on);

create table prevention_training_topic (
    training_id bigint      not null references prevention_training (id),
    topic       varchar(32) not null check (topic in ('PSYCHOLOGICAL_COERCION', 'VICTIM_CENTRED_INTERVIEWING',
                                                      'NON_PUNISHMENT', 'COMPENSATION', 'ONLINE_RECRUITMENT',
                                                      'FORCED_LABOUR_ON_FARMS')),
    primary key (training_id, topic)
);
