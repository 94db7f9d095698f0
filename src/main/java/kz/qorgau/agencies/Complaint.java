package kz.qorgau.agencies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.RuleViolationException;

/**
 * A complaint against an agency, received by an organisation (a worker's own, or brought by the hotline, an
 * inspection, an NGO, a consulate): what was alleged and, sealed, what was told; then, once, the licensing authority's
 * outcome (a sanction of the agency it led to, where one did).
 */
@Table("agencies_complaint")
class Complaint {

    static final int ACCOUNT_LENGTH = 2000;

    @Id
    private Long id;
    private long agencyId;
    private long organisationId;
    private LocalDate receivedOn;
    private ComplaintSource source;
    private String[] allegations;
    private byte[] account;
    private ComplaintOutcome outcome;
    private LocalDate outcomeOn;
    private Long sanctionId;
    private String recordedBy;
    private Instant recordedAt;
    private String decidedBy;
    @Version
    private Integer version;

    @PersistenceCreator
    Complaint() {
    }

    /** The complaint as received; {@code sealed} is what was told, sealed by the caller (null: nothing told). */
    static Complaint receive(long agencyId, long organisationId, AgencyCommands.ComplaintReceipt receipt,
            byte[] sealed, String by, LocalDate today, Instant now) {
        InvalidFieldException.refuseFirst(receipt.errors(today));
        Complaint complaint = new Complaint();
        complaint.agencyId = agencyId;
        complaint.organisationId = organisationId;
        complaint.receivedOn = receipt.receivedOn();
        complaint.source = receipt.source();
        complaint.allegations = receipt.allegations().stream().sorted().map(Enum::name).toArray(String[]::new);
        complaint.account = sealed;
        complaint.recordedBy = by;
        complaint.recordedAt = now;
        return complaint;
    }

    /** The outcome, once, on a day from the complaint's receipt to today; a sanction only for "sanctioned". */
    void decide(ComplaintOutcome outcome, LocalDate on, Long sanctionId, String by, LocalDate today) {
        if (this.outcome != null) {
            throw new RuleViolationException("agency.error.complaint-decided");
        }
        if (outcome == null) {
            throw new InvalidFieldException("outcome", "agency.error.required");
        }
        if (on == null) {
            throw new InvalidFieldException("on", "agency.error.required");
        }
        if (on.isAfter(today)) {
            throw new InvalidFieldException("on", "agency.error.future-date");
        }
        if (on.isBefore(receivedOn)) {
            throw new InvalidFieldException("on", "agency.error.before-receipt");
        }
        if ((outcome == ComplaintOutcome.SANCTIONED) != (sanctionId != null)) {
            throw new InvalidFieldException("sanctionId", outcome == ComplaintOutcome.SANCTIONED
                    ? "agency.error.sanction-required" : "agency.error.sanction-only");
        }
        this.outcome = outcome;
        this.outcomeOn = on;
        this.sanctionId = sanctionId;
        this.decidedBy = by;
    }

    Long id() {
        return id;
    }

    long agencyId() {
        return agencyId;
    }

    long organisationId() {
        return organisationId;
    }

    LocalDate receivedOn() {
        return receivedOn;
    }

    ComplaintSource source() {
        return source;
    }

    Set<Allegation> allegations() {
        return Arrays.stream(allegations).map(Allegation::valueOf).collect(Collectors.toCollection(() -> EnumSet
                .noneOf(Allegation.class)));
    }

    byte[] account() {
        return account;
    }

    ComplaintOutcome outcome() {
        return outcome;
    }

    LocalDate outcomeOn() {
        return outcomeOn;
    }

    Long sanctionId() {
        return sanctionId;
    }
}
