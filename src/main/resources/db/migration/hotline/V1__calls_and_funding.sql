-- The hotline (hotline module): every call and message a hotline receives, as its operator logs it (the channel, when,
-- in which language, how long, who called and whether they gave their name, from which region and country, what kind
-- of call and its topics), what was said and the caller's contact sealed (Tink AEAD under the context
-- "hotline.call/<hotline_id>"); and its follow-up: the notification to the police under the one rule of every notification
-- (cases.PoliceNotice: the same columns as the labour inspectors'), the victim record and the referral it led to
-- (by the references people quote, shown only to those who may open them), or no action and why.
-- A tip from the public form lands here as a call of channel WEB_FORM; its sender's address is kept only as a keyed
-- hash (HMAC), for abuse control.
create table hotline_call (
    id                 bigint generated always as identity primary key,
    reference          varchar(12)  not null check (reference ~ '^H-[2-9A-HJKMNP-Z]{8}$'),
    hotline_id         bigint       not null references organisations_organisation (id),
    channel            varchar(10)  not null check (channel in ('PHONE', 'WHATSAPP', 'TELEGRAM', 'EMAIL', 'WEB_FORM',
                                                                'WALK_IN')),
    received_at        timestamptz  not null,
    language           varchar(5)   check (language in ('ru', 'kk', 'en', 'ky', 'uz', 'tg', 'other')),
    duration_seconds   integer      check (duration_seconds between 0 and 86400),
    caller_type        varchar(16)  not null check (caller_type in ('POSSIBLE_VICTIM', 'RELATIVE', 'WITNESS',
                                                                    'EMPLOYER', 'OFFICIAL', 'UNKNOWN')),
    anonymous          boolean      not null,
    region             varchar(5)   check (region ~ '^KZ-[0-9]{2}$'),
    country            char(2)      check (country ~ '^[A-Z]{2}$'),
    call_type          varchar(20)  not null check (call_type in ('INFORMATION_ABROAD', 'AGENCY_CHECK', 'HELP_REQUEST',
                                                                  'SUSPECTED_CASE', 'WRONG_NUMBER', 'SILENT', 'SPAM',
                                                                  'ABUSIVE', 'OTHER')),
    topics             varchar(24)[] not null default '{}' check (topics <@ array['LABOUR_EXPLOITATION',
                                                     'SEXUAL_EXPLOITATION', 'DOCUMENTS_RETAINED', 'DEBT_BONDAGE',
                                                     'RECRUITMENT_FRAUD', 'MIGRATION_STATUS', 'MISSING_PERSON',
                                                     'CHILD', 'WORK_ABROAD', 'VIOLENCE']::varchar[]),
    summary            bytea,
    contact            bytea,
    address_hash       varchar(128),
    recorded_by        varchar(64)  not null,
    recorded_at        timestamptz  not null,
    -- the notification to the police (cases.PoliceNotice), where one was sent
    police_unit_id     bigint       references organisations_organisation (id),
    notified_by        varchar(64),
    notified_at        timestamptz,
    due_at             timestamptz,
    answer             varchar(10)  check (answer in ('REGISTERED', 'REFUSED')),
    case_id            bigint       references cases_case (id),
    refusal_reason     varchar(2000),
    answered_by        varchar(64),
    answered_at        timestamptz,
    -- what else came of it
    victim_reference   varchar(12)  check (victim_reference ~ '^V-[2-9A-HJKMNP-Z]{8}$'),
    referral_reference varchar(12)  check (referral_reference ~ '^R-[2-9A-HJKMNP-Z]{8}$'),
    no_action_reason   varchar(300),
    followed_up_at     timestamptz,
    version            integer      not null default 0,
    constraint hotline_call_notice check ((police_unit_id is null) = (notified_at is null)
                                          and (police_unit_id is null) = (due_at is null)),
    constraint hotline_call_answer check ((answer is null) = (answered_at is null)
                                          and (answer = 'REGISTERED') = (case_id is not null)),
    constraint hotline_call_no_action check (no_action_reason is null or (police_unit_id is null
                                             and victim_reference is null and referral_reference is null)),
    constraint hotline_call_anonymous check (not anonymous or contact is null),
    constraint hotline_call_address check (address_hash is null or channel = 'WEB_FORM')
);
create unique index hotline_call_reference on hotline_call (reference);
create index hotline_call_hotline on hotline_call (hotline_id, received_at desc);
create index hotline_call_police on hotline_call (police_unit_id, answer) where police_unit_id is not null;
create index hotline_call_address on hotline_call (address_hash, received_at) where address_hash is not null;

-- The hotline's funding per year and source (the seed report: no state money in 2022). A source's amount of a year is
-- entered once and corrected by a dated revision with a reason; the latest revision counts.
create table hotline_funding (
    id           bigint generated always as identity primary key,
    hotline_id   bigint       not null references organisations_organisation (id),
    year         integer      not null check (year between 2000 and 2100),
    source       varchar(16)  not null check (source in ('STATE', 'LOCAL_BUDGET', 'INTERNATIONAL', 'PRIVATE_DONORS',
                                                         'OWN_FUNDS')),
    amount_kzt   bigint       not null check (amount_kzt >= 0),
    document     varchar(300) not null,
    reason       varchar(300),
    recorded_by  varchar(64)  not null,
    recorded_at  timestamptz  not null
);
create index hotline_funding_year on hotline_funding (hotline_id, year, source, recorded_at desc);
