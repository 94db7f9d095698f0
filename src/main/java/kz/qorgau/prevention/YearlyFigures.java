package kz.qorgau.prevention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
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
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Today;

/**
 * The yearly figures: ministry staff enter a value of a data element's cell for a year that has begun, with its
 * document; another person approves it, and it is locked. A cell has one entry awaiting approval at a time; a value
 * entered after one was approved is its next revision and says why. The figure of a cell is its latest approved
 * revision, so a past year's figure moves only by an approval on a day (audited). Nothing here is personal data.
 */
@Service
public class YearlyFigures {

    /** A cell's entry, approved or awaiting approval. */
    public record Figure(long id, DataElement element, int year, RegionCode region, String sex, String age,
            int revision, long value, String document, String reason, String enteredBy, Instant enteredAt,
            String approvedBy, Instant approvedAt, boolean mayApprove) {

        public boolean approved() {
            return approvedBy != null;
        }
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Today today;

    YearlyFigures(JdbcClient jdbc, AuditTrail audit, Clock clock, Today today) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.today = today;
    }

    /** Enters a value of the cell, awaiting approval by someone else; answers its id. */
    @Requires(Permission.AGGREGATES)
    @Transactional
    public long enter(FigureCommands.Entry entry) {
        QorgauUser user = QorgauUser.required();
        InvalidFieldException.refuseFirst(entry.errors(today.date()));
        String region = entry.region() == null ? "" : entry.region().value();
        String sex = entry.sex() == null ? "" : entry.sex();
        String age = entry.age() == null ? "" : entry.age();
        // the cell's rows, locked so that two entries of one cell are one after the other
        List<Boolean> approvals = jdbc.sql("select approved_by is not null from prevention_figure where element = ?"
                + " and year = ? and region = ? and sex = ? and age = ? order by revision for update").params(entry
                        .element().name(), entry.year(), region, sex, age).query(Boolean.class).list();
        if (approvals.contains(false)) {
            throw new RuleViolationException("figure.error.pending");
        }
        int revision = approvals.size() + 1;
        String reason = entry.reason() == null || entry.reason().isBlank() ? null : entry.reason().strip();
        if (revision > 1 && reason == null) {
            throw new InvalidFieldException("reason", "figure.error.reason");
        }
        long id = jdbc.sql("insert into prevention_figure (element, year, region, sex, age, revision, value, document,"
                + " reason, entered_by, entered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id").params(entry
                        .element().name(), entry.year(), region, sex, age, revision, entry.value(), entry.document()
                                .strip(), reason, user.getUsername(), Timestamp.from(clock.instant())).query(Long.class)
                .single();
        audit.record(AuditEvent.of("FIGURE_ENTERED", "statistics", id).with("element", entry.element()).with("year",
                entry.year()).with("revision", revision).with("value", entry.value()));
        return id;
    }

    /** Approves an entry someone else made; from then on it is locked, and counts. */
    @Requires(Permission.AGGREGATES)
    @Transactional
    public void approve(long id) {
        QorgauUser user = QorgauUser.required();
        Figure figure = jdbc.sql(SELECT + " where f.id = ? for update").param(id).query((rs, n) -> figure(rs, user))
                .optional().orElseThrow(() -> new NotFoundException("figure.error.not-found"));
        if (figure.approved()) {
            throw new RuleViolationException("figure.error.approved");
        }
        if (figure.enteredBy().equals(user.getUsername())) {
            throw new RuleViolationException("figure.error.own-entry");
        }
        jdbc.sql("update prevention_figure set approved_by = ?, approved_at = ? where id = ? and approved_by is null")
                .params(user.getUsername(), Timestamp.from(clock.instant()), id).update();
        audit.record(AuditEvent.of("FIGURE_APPROVED", "statistics", id).with("element", figure.element()).with("year",
                figure.year()).with("revision", figure.revision()).with("value", figure.value()));
    }

    /** The entries of the element, latest year first, each cell's revisions latest first. */
    @Requires(Permission.AGGREGATES)
    @Transactional(readOnly = true)
    public List<Figure> of(DataElement element) {
        QorgauUser user = QorgauUser.required();
        return jdbc.sql(SELECT + " where f.element = ? order by f.year desc, f.region, f.sex, f.age, f.revision desc")
                .param(element.name()).query((rs, n) -> figure(rs, user)).list();
    }

    /** The entries awaiting approval that the user may approve (made by someone else), oldest first. */
    @Requires(Permission.AGGREGATES)
    @Transactional(readOnly = true)
    public List<Figure> awaiting() {
        QorgauUser user = QorgauUser.required();
        return jdbc.sql(SELECT + " where f.approved_by is null and f.entered_by <> ? order by f.entered_at, f.id")
                .param(
                        user.getUsername()).query((rs, n) -> figure(rs, user)).list();
    }

    private static final String SELECT = "select f.id, f.element, f.year, f.region, f.sex, f.age, f.revision, f.value,"
            + " f.document, f.reason, f.entered_by, f.entered_at, f.approved_by, f.approved_at from prevention_figure f";

    private static Figure figure(ResultSet rs, QorgauUser user) throws SQLException {
        String region = rs.getString("region");
        String approvedBy = rs.getString("approved_by");
        String enteredBy = rs.getString("entered_by");
        Timestamp approvedAt = rs.getTimestamp("approved_at");
        return new Figure(rs.getLong("id"), DataElement.valueOf(rs.getString("element")), rs.getInt("year"), region
                .isEmpty() ? null : RegionCode.of(region), blankToNull(rs.getString("sex")), blankToNull(rs.getString(
                        "age")), rs.getInt("revision"), rs.getLong("value"), rs.getString("document"), rs.getString(
                                "reason"), enteredBy, rs.getTimestamp("entered_at").toInstant(), approvedBy,
                approvedAt == null ? null : approvedAt.toInstant(), approvedBy == null && !enteredBy.equals(user
                        .getUsername()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
