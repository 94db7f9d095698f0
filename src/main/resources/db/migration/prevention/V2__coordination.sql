-- Coordination (prevention module): the bodies that coordinate the fight against trafficking (the interagency working
-- group, the regional commissions, the transnational working group), the organisations that are their members over
-- time (a membership is dated: joined, and left or not yet), their meetings (attendees, agenda, decisions) and the
-- follow-up tasks of the decisions, each with its owner organisation and due date, closed as done or dropped (with a
-- reason). Whether an open task is late is computed from its due date and today, never stored.
create table prevention_body (
    id          bigint generated always as identity primary key,
    kind        varchar(16)  not null check (kind in ('INTERAGENCY', 'REGIONAL', 'TRANSNATIONAL')),
    name_ru     varchar(300) not null,
    name_kk     varchar(300),
    name_en     varchar(300),
    lead        varchar(300) not null,
    region      varchar(5)   check (region ~ '^KZ-[0-9]{2}$'),
    created_on  date         not null,
    recorded_by varchar(64)  not null,
    recorded_at timestamptz  not null,
    constraint prevention_body_region check ((kind = 'REGIONAL') = (region is not null))
);

create table prevention_body_member (
    id           bigint generated always as identity primary key,
    body_id      bigint       not null references prevention_body (id),
    organisation varchar(300) not null,
    joined_on    date         not null,
    left_on      date,
    recorded_by  varchar(64)  not null,
    recorded_at  timestamptz  not null,
    check (left_on is null or left_on >= joined_on)
);
create index prevention_body_member_body on prevention_body_member (body_id);

create table prevention_meeting (
    id          bigint generated always as identity primary key,
    body_id     bigint        not null references prevention_body (id),
    held_on     date          not null,
    attendees   varchar(2000) not null,
    agenda      varchar(4000) not null,
    decisions   varchar(4000) not null,
    recorded_by varchar(64)   not null,
    recorded_at timestamptz   not null
);
create index prevention_meeting_body on prevention_meeting (body_id, held_on);

create table prevention_task (
    id          bigint generated always as identity primary key,
    meeting_id  bigint        not null references prevention_meeting (id),
    task        varchar(1000) not null,
    owner       varchar(300)  not null,
    due_on      date          not null,
    closed_as   varchar(8)    check (closed_as in ('DONE', 'DROPPED')),
    closed_on   date,
    close_note  varchar(1000),
    recorded_by varchar(64)   not null,
    recorded_at timestamptz   not null,
    constraint prevention_task_closed check ((closed_as is null) = (closed_on is null)
                                             and (closed_as is distinct from 'DROPPED' or close_note is not null))
);
create index prevention_task_meeting on prevention_task (meeting_id);
