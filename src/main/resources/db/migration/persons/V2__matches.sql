-- The persons a user found in the registry: a user may link a person they cannot otherwise see
-- to a record of theirs only after finding the person by an exact identifier they entered (IIN or passport),
-- for a limited time (qorgau.persons.match-validity). Such a link names the person; it does not open the
-- person's data (persons_person stays sealed to them).
create table persons_match (
    user_id    bigint      not null references identity_user (id),
    person_id  bigint      not null references persons_person (id),
    -- found by IIN or passport (true), or by name and date of birth only (false)
    exact      boolean     not null,
    matched_at timestamptz not null,
    primary key (user_id, person_id, exact)
);
create index persons_match_person on persons_match (person_id);
