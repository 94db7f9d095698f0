-- Linkage in the person registry (kz.qorgau.persons.PersonLinkage, DuplicateReview): the keyed matching features of
-- each person, the candidate pairs found when a person was saved, and the reviewers' merges. No plaintext: every
-- feature is an HMAC under the blind-index key (persons_linkage_key.value), and a pair holds only the agreement level
-- of each field (never a value).

-- A person merged into another (a reviewer decided they are one human being) points to it; the other records keep
-- pointing to the merged id, so that every link stays. The person counted is the root of the chain. Un-merging cuts
-- the pointer.
alter table persons_person add column merged_into_id bigint references persons_person (id);
alter table persons_person add constraint persons_person_not_merged_into_itself check (merged_into_id <> id);
create index persons_person_merged_into on persons_person (merged_into_id) where merged_into_id is not null;

-- Keyed features, replaced whenever the person's details change. kind: what the value is (PersonLinkage.Key).
create table persons_linkage_key (
    person_id bigint       not null references persons_person (id) on delete cascade,
    kind      varchar(20)  not null check (kind in ('SURNAME', 'GIVEN_NAME', 'BIRTH_DATE', 'SURNAME_SOUND_YEAR',
                                                    'NAMES_SOUND', 'GIVEN_SOUND_DATE')),
    value     varchar(128) not null check (value ~ '^[0-9a-f]{64,128}$'),
    primary key (person_id, kind, value)
);
create index persons_linkage_key_value on persons_linkage_key (kind, value);

-- Candidate pairs. levels: per field of PersonLinkage.FIELDS the index of its agreement level (worst 0 to best), -1
-- where a value is missing on either side. probability and proposed: the posterior of the model last fitted on all
-- pairs, and whether it reaches a possible match (proposed to the reviewers).
create table persons_duplicate (
    id                 bigint generated always as identity primary key,
    first_person_id    bigint           not null references persons_person (id),
    second_person_id   bigint           not null references persons_person (id),
    levels             smallint[]       not null,
    probability        double precision not null default 0 check (probability between 0 and 1),
    proposed           boolean          not null default false,
    found_at           timestamptz      not null,
    status             varchar(10)      not null check (status in ('OPEN', 'UNSURE', 'SAME', 'DIFFERENT')),
    decided_by_user_id bigint references identity_user (id),
    decided_at         timestamptz,
    constraint persons_duplicate_ordered check (first_person_id < second_person_id),
    constraint persons_duplicate_decided check ((status = 'OPEN') = (decided_at is null)),
    unique (first_person_id, second_person_id)
);
create index persons_duplicate_open on persons_duplicate (probability desc) where status in ('OPEN', 'UNSURE');
create index persons_duplicate_second on persons_duplicate (second_person_id);

-- The merges, each undone at most once (then a new merge is a new row). survivor and merged are the roots of their
-- chains when merged.
create table persons_merge (
    id                bigint generated always as identity primary key,
    duplicate_id      bigint      not null references persons_duplicate (id),
    survivor_id       bigint      not null references persons_person (id),
    merged_id         bigint      not null references persons_person (id),
    merged_at         timestamptz not null,
    merged_by_user_id bigint      not null references identity_user (id),
    undone_at         timestamptz,
    undone_by_user_id bigint references identity_user (id),
    constraint persons_merge_undone check ((undone_at is null) = (undone_by_user_id is null))
);
create unique index persons_merge_active on persons_merge (merged_id) where undone_at is null;
