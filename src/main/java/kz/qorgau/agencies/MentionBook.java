package kz.qorgau.agencies;

import java.sql.Timestamp;
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
import kz.qorgau.system.References;

/**
 * The inspections, cases and hotline calls that name an agency, by the reference people quote: a user names the
 * agency in a record they may open (the case registered on a referral to the police among them); the agency's page
 * lists each such record only to those who may open it, so that naming opens nothing to anyone.
 */
@Service
public class MentionBook {

    private final Agencies agencies;
    private final JdbcClient jdbc;
    private final References references;
    private final AuditTrail audit;
    private final Clock clock;

    MentionBook(Agencies agencies, JdbcClient jdbc, References references, AuditTrail audit, Clock clock) {
        this.agencies = agencies;
        this.jdbc = jdbc;
        this.references = references;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Names the agency in the record of the reference, which the user must be able to open; a case may be the one
     * registered on the agency's referral to the police ({@code sanctionId}).
     */
    @Requires(Permission.AGENCIES)
    @Transactional
    public void mention(long agencyId, String reference, Long sanctionId) {
        QorgauUser user = QorgauUser.required();
        agencies.findById(agencyId).orElseThrow(() -> new NotFoundException("agency.error.not-found"));
        String typed = References.normalised(reference);
        if (typed.isEmpty()) {
            throw new InvalidFieldException("reference", "agency.error.required");
        }
        ReportSource kind = references.open(typed).map(ReportSource::ofPage).orElseThrow(
                () -> new InvalidFieldException("reference", "intermediary.error.source-not-found"));
        if (sanctionId != null && (kind != ReportSource.CASE || !jdbc.sql("select exists (select 1 from"
                + " agencies_sanction where id = ? and agency_id = ? and kind = 'POLICE_REFERRAL')").params(sanctionId,
                        agencyId).query(Boolean.class).single())) {
            throw new InvalidFieldException("sanctionId", "agency.mention.error.referral");
        }
        int added = jdbc.sql("insert into agencies_mention (agency_id, kind, reference, sanction_id, organisation_id,"
                + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (agency_id, reference) do"
                + " nothing").params(agencyId, kind.name(), typed, sanctionId, user.organisationId(), user
                        .getUsername(), Timestamp.from(clock.instant())).update();
        if (added == 0) {
            throw new RuleViolationException("agency.mention.error.already");
        }
        audit.record(AuditEvent.of("AGENCY_MENTIONED", "agency", agencyId).with("kind", kind));
    }

    /** The records naming the agency that the user may open, latest first. */
    @Requires(Permission.AGENCIES)
    @Transactional(readOnly = true)
    public List<AgencyViews.Mention> of(long agencyId) {
        record Named(ReportSource kind, String reference, Long sanctionId) {
        }
        List<Named> named = jdbc.sql("select kind, reference, sanction_id from agencies_mention where agency_id = ?"
                + " order by recorded_at desc, id desc").param(agencyId).query((rs, n) -> new Named(ReportSource
                        .valueOf(rs.getString("kind")), rs.getString("reference"), (Long) rs.getObject(
                                "sanction_id"))).list();
        return named.stream().flatMap(mention -> references.open(mention.reference()).map(
                page -> new AgencyViews.Mention(mention.kind(), mention.reference(), page, mention.sanctionId()))
                .stream()).toList();
    }
}
