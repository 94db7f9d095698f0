package kz.qorgau.agencies;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RandomReference;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Today;

/**
 * The register's commands, by the licensing authority of the agency's region (national scope: every region):
 * entering an agency (once per BIN), a decision on its licence, a sanction of a violation (a suspension or a
 * revocation is the licence's decision of the same day). Each is audited.
 */
@Service
public class AgencyRegister {

    private final Agencies agencies;
    private final LicenceDecisions decisions;
    private final AuditTrail audit;
    private final Clock clock;
    private final Today today;

    AgencyRegister(Agencies agencies, LicenceDecisions decisions, AuditTrail audit, Clock clock,
            Today today) {
        this.agencies = agencies;
        this.decisions = decisions;
        this.audit = audit;
        this.clock = clock;
        this.today = today;
    }

    /** Enters the agency in the register; answers its id. */
    @Requires(Permission.AGENCIES_LICENSE)
    @Transactional
    public long register(AgencyCommands.Registration registration) {
        QorgauUser user = QorgauUser.required();
        String reference = RandomReference.unused('A', agencies::existsByReference);
        Agency agency = Agency.register(reference, registration, user.getUsername(), today.date(), clock.instant());
        if (!LicensingScope.licenses(user, agency.region())) {
            throw new InvalidFieldException("region", "agency.error.region-out-of-scope");
        }
        if (agencies.existsByBin(agency.bin())) {
            throw new InvalidFieldException("bin", "agency.error.bin-registered");
        }
        agency = agencies.save(agency);
        audit.record(AuditEvent.of("AGENCY_REGISTERED", "agency", agency.id()).with("reference", reference)
                .with("bin", agency.bin()).with("region", agency.region()));
        return agency.id();
    }

    /** A decision on the agency's licence, checked against its status on the decision's day. */
    @Requires(Permission.AGENCIES_LICENSE)
    @Transactional
    public void decide(long agencyId, AgencyCommands.LicenceDecision command) {
        QorgauUser user = QorgauUser.required();
        Agency agency = licensed(agencyId, user);
        int seq = decisions.add(agencyId, agency.decide(command, today.date()), user.getUsername(), clock.instant());
        audit.record(AuditEvent.of("AGENCY_LICENCE_DECIDED", "agency", agencyId).with("kind", command.kind())
                .with("on", command.decidedOn()).with("seq", seq));
    }

    /** A sanction of a violation; a suspension or revocation also decides on the licence, the same day. */
    @Requires(Permission.AGENCIES_LICENSE)
    @Transactional
    public long sanction(long agencyId, AgencyCommands.SanctionDecision command) {
        QorgauUser user = QorgauUser.required();
        InvalidFieldException.refuseFirst(command.errors(today.date()));
        Agency agency = licensed(agencyId, user);
        Integer seq = null;
        DecisionKind decision = command.kind().decision();
        if (decision != null) {
            seq = decisions.add(agencyId, agency.decide(new AgencyCommands.LicenceDecision(decision, command
                    .decidedOn(), null, command.body(), command.document()), today.date()), user.getUsername(), clock
                            .instant());
        }
        long id = decisions.sanction(agencyId, command, seq, user.getUsername(), clock.instant());
        audit.record(AuditEvent.of("AGENCY_SANCTIONED", "agency", agencyId).with("sanction", id)
                .with("kind", command.kind()).with("on", command.decidedOn()));
        return id;
    }

    /** The agency with its licence, locked, when the user licenses agencies of its region. */
    private Agency licensed(long agencyId, QorgauUser user) {
        decisions.lock(agencyId);
        Agency agency = agencies.findById(agencyId).orElseThrow(() -> new NotFoundException("agency.error.not-found"));
        if (!LicensingScope.licenses(user, agency.region())) {
            throw new RuleViolationException("agency.error.region-out-of-scope");
        }
        agency.decisions(decisions.of(agencyId));
        return agency;
    }

}
