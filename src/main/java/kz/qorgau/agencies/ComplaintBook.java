package kz.qorgau.agencies;

import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Today;
import kz.qorgau.system.FieldEncryption;

/**
 * Complaints against agencies: anyone who works with the register records one their organisation received; the
 * licensing authority of the agency's region decides its outcome, once (a sanction of the same agency where it led to
 * one). What was told is sealed and read only by the recording organisation and that authority; others who open the
 * agency see that a complaint was made, when, by which kind of source, what was alleged and its outcome.
 */
@Service
public class ComplaintBook {

    private final Complaints complaints;
    private final Agencies agencies;
    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final Clock clock;
    private final Today today;

    ComplaintBook(Complaints complaints, Agencies agencies, JdbcClient jdbc, FieldEncryption encryption,
            AuditTrail audit, Clock clock, Today today) {
        this.complaints = complaints;
        this.agencies = agencies;
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.audit = audit;
        this.clock = clock;
        this.today = today;
    }

    /** Records a complaint the user's organisation received against the agency; answers its id. */
    @Requires(Permission.AGENCIES)
    @Transactional
    public long receive(long agencyId, AgencyCommands.ComplaintReceipt receipt) {
        QorgauUser user = QorgauUser.required();
        agencies.findById(agencyId).orElseThrow(() -> new NotFoundException("agency.error.not-found"));
        String told = receipt.account() == null || receipt.account().isBlank() ? null : receipt.account().strip();
        Complaint complaint = complaints.save(Complaint.receive(agencyId, user.organisationId(), receipt, told == null
                ? null : encryption.encrypt(told, context(agencyId)), user.getUsername(), today.date(), clock
                        .instant()));
        audit.record(AuditEvent.of("AGENCY_COMPLAINT_RECEIVED", "agency", agencyId).with("complaint", complaint.id())
                .with("source", receipt.source()).with("allegations", complaint.allegations()));
        return complaint.id();
    }

    /** The licensing authority's outcome of the complaint. */
    @Requires(Permission.AGENCIES_LICENSE)
    @Transactional
    public void decide(long complaintId, AgencyCommands.ComplaintDecision decision) {
        QorgauUser user = QorgauUser.required();
        Complaint complaint = complaints.findById(complaintId).orElseThrow(() -> new NotFoundException(
                "agency.error.not-found"));
        Agency agency = agencies.findById(complaint.agencyId()).orElseThrow();
        if (!LicensingScope.licenses(user, agency.region())) {
            throw new RuleViolationException("agency.error.region-out-of-scope");
        }
        if (decision.sanctionId() != null && !jdbc.sql("select exists (select 1 from agencies_sanction where id = ?"
                + " and agency_id = ?)").params(decision.sanctionId(), complaint.agencyId()).query(Boolean.class)
                .single()) {
            throw new InvalidFieldException("sanctionId", "agency.error.sanction-of-agency");
        }
        complaint.decide(decision.outcome(), decision.on(), decision.sanctionId(), user.getUsername(), today.date());
        complaints.save(complaint);
        audit.record(AuditEvent.of("AGENCY_COMPLAINT_DECIDED", "agency", complaint.agencyId()).with("complaint",
                complaintId).with("outcome", decision.outcome()));
    }

    /** The agency's complaints, latest first, what was told only to those who may read it. */
    @Requires(Permission.AGENCIES)
    @Transactional(readOnly = true)
    public List<AgencyViews.Complaint> of(long agencyId) {
        QorgauUser user = QorgauUser.required();
        Agency agency = agencies.findById(agencyId).orElseThrow(() -> new NotFoundException("agency.error.not-found"));
        boolean authority = LicensingScope.licenses(user, agency.region());
        return complaints.findByAgencyIdOrderByReceivedOnDescIdDesc(agencyId).stream().map(complaint -> {
            boolean reads = authority || complaint.organisationId() == user.organisationId();
            String told = reads && complaint.account() != null ? encryption.decrypt(complaint.account(), context(
                    agencyId)) : null;
            return new AgencyViews.Complaint(complaint.id(), complaint.receivedOn(), complaint.source(), complaint
                    .allegations(), told, complaint.outcome(), complaint.outcomeOn(), complaint.sanctionId(), reads,
                    authority && complaint.outcome() == null);
        }).toList();
    }

    private static String context(long agencyId) {
        return "agencies.complaint/" + agencyId;
    }
}
