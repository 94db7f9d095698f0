-- Merging two victim records of one person and one trafficking situation (kz.qorgau.victims.SituationReview). Two
-- agencies that each opened a record for the same situation leave two records of one person; a reviewer who decides
-- they are one situation merges the record identified later into the one identified first (the survivor). The
-- merged record keeps everything it holds, and every record of another module that names its id (case links,
-- referrals, shelter stays) keeps naming it; it points to its survivor, and the statistics count its situation
-- through the survivor only. Undoing the merge cuts the pointer. A merge opens nothing: no grant follows from it.
alter table victims_victim add column merged_into_id bigint references victims_victim (id);
alter table victims_victim add constraint victims_victim_not_merged_into_itself check (merged_into_id <> id);
create index victims_victim_merged_into on victims_victim (merged_into_id) where merged_into_id is not null;

-- The merges, each undone at most once (a new merge is a new row); a record has at most one merge in force.
create table victims_merge (
    id                bigint generated always as identity primary key,
    survivor_id       bigint      not null references victims_victim (id),
    merged_id         bigint      not null references victims_victim (id),
    merged_at         timestamptz not null,
    merged_by_user_id bigint      not null references identity_user (id),
    undone_at         timestamptz,
    undone_by_user_id bigint references identity_user (id),
    constraint victims_merge_two_records check (survivor_id <> merged_id),
    constraint victims_merge_undone check ((undone_at is null) = (undone_by_user_id is null)),
    constraint victims_merge_undone_after check (undone_at is null or undone_at >= merged_at)
);
create unique index victims_merge_active on victims_merge (merged_id) where undone_at is null;
create index victims_merge_survivor on victims_merge (survivor_id);
create index victims_merge_merged_at on victims_merge (merged_at desc, id desc);

-- Pairs of one person's records that a reviewer decided are different situations: never proposed again. The lower id
-- first.
create table victims_distinct_situation (
    first_victim_id    bigint      not null references victims_victim (id),
    second_victim_id   bigint      not null references victims_victim (id),
    decided_at         timestamptz not null,
    decided_by_user_id bigint      not null references identity_user (id),
    primary key (first_victim_id, second_victim_id),
    constraint victims_distinct_situation_ordered check (first_victim_id < second_victim_id)
);
create index victims_distinct_situation_second on victims_distinct_situation (second_victim_id);
