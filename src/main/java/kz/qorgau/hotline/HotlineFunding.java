package kz.qorgau.hotline;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.Today;

/**
 * The funding of the user's hotline per year and source, with the document it is known from: entered once, then
 * corrected only by a dated revision that gives its reason, so that a past year's figure changes by a recorded event
 * and never silently. The latest revision counts.
 */
@Service
public class HotlineFunding {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Today today;

    HotlineFunding(JdbcClient jdbc, AuditTrail audit, Clock clock, Today today) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.today = today;
    }

    /** Enters the year's funding from the source, or revises it (a revision needs its reason). */
    @Requires(Permission.HOTLINE)
    @Transactional
    public void record(HotlineCommands.Funding funding) {
        QorgauUser user = QorgauUser.required();
        InvalidFieldException.refuseFirst(funding.errors(today.date()));
        boolean revision = jdbc.sql("select exists (select 1 from hotline_funding where hotline_id = ? and year = ? and"
                + " source = ?)").params(user.organisationId(), funding.year(), funding.source().name()).query(
                        Boolean.class).single();
        if (revision && HotlineCommands.blank(funding.reason())) {
            throw new InvalidFieldException("reason", "hotline.error.revision-reason");
        }
        jdbc.sql("insert into hotline_funding (hotline_id, year, source, amount_kzt, document, reason, recorded_by,"
                + " recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)").params(user.organisationId(), funding.year(),
                        funding.source().name(), funding.amountKzt(), funding.document().strip(), HotlineCommands
                                .blank(funding.reason()) ? null : funding.reason().strip(), user.getUsername(),
                        Timestamp.from(clock.instant())).update();
        audit.record(AuditEvent.of(revision ? "HOTLINE_FUNDING_REVISED" : "HOTLINE_FUNDING_RECORDED", "organisation",
                user.organisationId()).with("year", funding.year()).with("source", funding.source()).with("amount",
                        funding.amountKzt()));
    }

    /** The user's hotline's funding, latest year first, each year's sources with their revisions (latest first). */
    @Requires(Permission.HOTLINE)
    @Transactional(readOnly = true)
    public List<HotlineViews.FundingLine> lines() {
        record Row(int year, FundingSource source, HotlineViews.FundingRevision revision) {
        }
        List<Row> rows = jdbc.sql("select year, source, amount_kzt, document, reason, recorded_by, recorded_at from"
                + " hotline_funding where hotline_id = ? order by year desc, source, recorded_at desc, id desc").param(
                        QorgauUser.required().organisationId()).query((rs, n) -> new Row(rs.getInt("year"),
                                FundingSource.valueOf(rs.getString("source")), new HotlineViews.FundingRevision(rs
                                        .getLong("amount_kzt"), rs.getString("document"), rs.getString("reason"), rs
                                                .getString("recorded_by"), rs.getTimestamp("recorded_at")
                                                        .toInstant()))).list();
        Map<String, List<Row>> grouped = new LinkedHashMap<>();
        rows.forEach(row -> grouped.computeIfAbsent(row.year() + "/" + row.source(), key -> new ArrayList<>()).add(
                row));
        return grouped.values().stream().map(revisions -> {
            Row latest = revisions.getFirst();
            return new HotlineViews.FundingLine(latest.year(), latest.source(), latest.revision().amountKzt(), latest
                    .revision().document(), revisions.stream().map(Row::revision).toList());
        }).toList();
    }
}
