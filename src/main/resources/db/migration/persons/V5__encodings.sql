-- Privacy-preserving linkage (kz.qorgau.persons.EncodedLinks): what an organisation that does not share identities
-- submits for each of its persons, a pseudonymous record id of its own choosing and a CLK (a 1024-bit Bloom filter
-- keyed by a linkage secret that Qorgau never holds), sealed as personal data is (Tink AEAD, bytea, for the
-- organisation and the id). Replaced when submitted again under the same id; withdrawn by the organisation.
create table persons_encoding (
    organisation_id bigint      not null references organisations_organisation (id),
    record_id       varchar(64) not null check (record_id ~ '^[A-Za-z0-9_-]{1,64}$'),
    clk             bytea       not null,
    submitted_at    timestamptz not null,
    primary key (organisation_id, record_id)
);
