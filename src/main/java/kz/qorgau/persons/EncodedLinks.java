package kz.qorgau.persons;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.linkage.Clk;
import kz.qorgau.linkage.ClkEncoder;
import kz.qorgau.linkage.Dice;
import kz.qorgau.linkage.EncodedLinkage;
import kz.qorgau.linkage.EncodedRecord;
import kz.qorgau.linkage.Encodings;
import kz.qorgau.linkage.PersonEncoding;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.shared.InvalidValueException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.system.FieldEncryption;

/**
 * The privacy-preserving mode of linkage (docs/linkage.md): an organisation that does not share identities submits,
 * for each of its persons, only a pseudonymous record id and a CLK made with a linkage secret that Qorgau never holds
 * ({@link ClkEncoder}, balanced); Qorgau compares its CLKs with every other organisation's by the Sørensen–Dice
 * coefficient and answers only links: "your record X is the same person as record Y of organisation Z". An
 * organisation reads the links of its own records only, never another's CLKs. The CLKs are sealed at rest; each
 * submission, withdrawal and reading of links is audited with counts, never with ids.
 */
@Service
public class EncodedLinks {

    /** At most this many records in one submission. */
    static final int MAX_RECORDS = EncodedRecord.MAX_SUBMITTED;
    static final Pattern RECORD_ID = EncodedRecord.SUBMITTED_ID;

    /** One record as submitted: the organisation's pseudonymous id and the CLK in base64. */
    public record Submission(String id, String clk) {

        @Override
        public String toString() {
            return "Submission[" + id + ", (encoding)]";
        }
    }

    /** Your record is the same person as another organisation's record, with the Dice score. */
    public record Link(String recordId, long organisationId, String organisation, String otherRecordId,
            double score) {
    }

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final OrganisationRegistry organisations;
    private final AuditTrail audit;
    private final Clock clock;

    EncodedLinks(JdbcClient jdbc, FieldEncryption encryption, OrganisationRegistry organisations, AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores the records of the user's organisation, each replacing one submitted before under the same id. Every
     * record is checked first; one bad record refuses the submission (its position in the message) and nothing is
     * stored.
     */
    @Requires(Permission.LINKAGE_SUBMIT)
    @Transactional
    public int submit(List<Submission> submissions) {
        if (submissions == null || submissions.isEmpty()) {
            throw new InvalidValueException("encoding.error.empty");
        }
        if (submissions.size() > MAX_RECORDS) {
            throw new InvalidValueException("encoding.error.too-many", MAX_RECORDS);
        }
        Set<String> ids = new HashSet<>();
        List<Clk> clks = new ArrayList<>();
        for (int i = 0; i < submissions.size(); i++) {
            Submission submission = submissions.get(i);
            if (submission == null || submission.id() == null || !RECORD_ID.matcher(submission.id()).matches()) {
                throw new InvalidValueException("encoding.error.id", i + 1);
            }
            if (!ids.add(submission.id())) {
                throw new InvalidValueException("encoding.error.duplicate-id", i + 1);
            }
            try {
                clks.add(Clk.fromBase64(submission.clk() == null ? "" : submission.clk()));
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("encoding.error.clk", i + 1);
            }
        }
        long organisation = QorgauUser.required().organisationId();
        Timestamp now = Timestamp.from(clock.instant());
        for (int i = 0; i < submissions.size(); i++) {
            String id = submissions.get(i).id();
            jdbc.sql("""
                    insert into persons_encoding (organisation_id, record_id, clk, submitted_at)
                    values (:organisation, :id, :clk, :now)
                    on conflict (organisation_id, record_id) do update set clk = excluded.clk,
                        submitted_at = excluded.submitted_at""").param("organisation", organisation).param("id", id)
                    .param("clk", encryption.encrypt(clks.get(i).toBase64(), context(organisation, id)))
                    .param("now", now).update();
        }
        audit.record(AuditEvent.of("ENCODINGS_SUBMITTED", "organisation", organisation).with("records", submissions
                .size()));
        return submissions.size();
    }

    /** Deletes every record the user's organisation submitted (a new linkage secret, or leaving the linkage). */
    @Requires(Permission.LINKAGE_SUBMIT)
    @Transactional
    public int withdraw() {
        long organisation = QorgauUser.required().organisationId();
        int withdrawn = jdbc.sql("delete from persons_encoding where organisation_id = :organisation")
                .param("organisation", organisation).update();
        audit.record(AuditEvent.of("ENCODINGS_WITHDRAWN", "organisation", organisation).with("records", withdrawn));
        return withdrawn;
    }

    /**
     * The links of the user's organisation's records to other organisations' records: for each other organisation,
     * each record links to at most one of theirs, the best first, at or above the Dice threshold of persons as the
     * offline tool encodes them ({@link PersonEncoding#LINK_THRESHOLD}).
     */
    @Requires(Permission.LINKAGE_SUBMIT)
    @Transactional
    public List<Link> links() {
        long organisation = QorgauUser.required().organisationId();
        Map<Long, List<EncodedRecord>> byOrganisation = new LinkedHashMap<>();
        jdbc.sql("select organisation_id, record_id, clk from persons_encoding order by organisation_id, record_id")
                .query(rs -> {
                    long owner = rs.getLong(1);
                    String id = rs.getString(2);
                    byOrganisation.computeIfAbsent(owner, key -> new ArrayList<>()).add(new EncodedRecord(id, Clk
                            .fromBase64(encryption.decrypt(rs.getBytes(3), context(owner, id)))));
                });
        List<EncodedRecord> own = byOrganisation.remove(organisation);
        List<Link> links = new ArrayList<>();
        if (own != null) {
            Encodings mine = Encodings.of(own);
            EncodedLinkage linkage = new EncodedLinkage(Dice.Threshold.of(PersonEncoding.LINK_THRESHOLD),
                    EncodedLinkage.Pairs.ALL);
            Map<Long, OrganisationSummary> names = organisations.findAll(byOrganisation.keySet());
            byOrganisation.forEach((other, records) -> linkage.link(mine, Encodings.of(records)).forEach(link -> links
                    .add(new Link(link.first(), other, names.containsKey(other) ? names.get(other).nameRu() : "",
                            link.second(), link.score()))));
        }
        audit.record(AuditEvent.of("ENCODED_LINKS_READ", "organisation", organisation).with("links", links.size()));
        return links;
    }

    /** The associated data of a sealed CLK: its organisation and id, so that it opens nowhere else. */
    private static String context(long organisation, String id) {
        return "persons.encoding/" + organisation + "/" + id;
    }
}
