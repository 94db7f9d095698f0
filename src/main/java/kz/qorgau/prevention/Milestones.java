package kz.qorgau.prevention;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
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
 * The legislation and policy milestones: dated entries (a law signed, an amendment, an order, a policy adopted), and
 * a year's chronology for the annual report, titled in the reader's language (Russian where none was given).
 */
@Service
public class Milestones {

    /** A milestone as read, its title in the reader's language. */
    public record Entry(long id, LocalDate datedOn, MilestoneKind kind, String title, String reference) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Today today;
    private final MessageSource messages;

    Milestones(JdbcClient jdbc, AuditTrail audit, Clock clock, Today today, MessageSource messages) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.today = today;
    }

    /** Records a milestone; answers its id. */
    @Requires(Permission.PREVENTION)
    @Transactional
    public long record(CampaignCommands.Milestone milestone) {
        QorgauUser user = QorgauUser.required();
        InvalidFieldException.refuseFirst(milestone.errors(today.date()));
        long id = jdbc.sql("insert into prevention_milestone (dated_on, kind, title_ru, title_kk, title_en, reference,"
                + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id").params(Date.valueOf(
                        milestone.datedOn()), milestone.kind().name(), milestone.titleRu().strip(), Errors.strip(
                                milestone.titleKk()), Errors.strip(milestone.titleEn()), Errors.strip(milestone
                                        .reference()), user.getUsername(), Timestamp.from(clock.instant())).query(
                                                Long.class).single();
        audit.record(AuditEvent.of("MILESTONE_RECORDED", "milestone", id).with("kind", milestone.kind()).with(
                "datedOn", milestone.datedOn()));
        return id;
    }

    /** The year's milestones in chronological order (the annual report's chronology). */
    @Requires(Permission.PREVENTION)
    @Transactional(readOnly = true)
    public List<Entry> of(int year, Locale locale) {
        return jdbc.sql("select * from prevention_milestone where dated_on between ? and ? order by dated_on, id")
                .params(Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31))).query((rs,
                        n) -> entry(rs, locale)).list();
    }

    /**
     * The year's milestones in chronological order, as the annual report shows them to whoever reads the statistics
     * (and as a published edition keeps them): public acts, no one's data.
     */
    @Requires(Permission.STATISTICS)
    @Transactional(readOnly = true)
    public List<Entry> chronology(int year, Locale locale) {
        List<Entry> entries = new ArrayList<>(of(year, locale));
        // and the coordination bodies created in the year (no kind: a body is not an act)
        jdbc.sql(
                "select id, created_on, name_ru, name_kk, name_en from prevention_body where created_on between ? and ?")
                .params(Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31))).query((rs,
                        n) -> new Entry(rs.getLong("id"), rs.getObject("created_on", LocalDate.class), null, messages
                                .getMessage("milestone.body-created", new Object[]{ CoordinationBodies.name(rs,
                                        locale) }, locale), null)).list().forEach(entries::add);
        entries.sort(Comparator.comparing(Entry::datedOn));
        return entries;
    }

    /** Every milestone, the latest first. */
    @Requires(Permission.PREVENTION)
    @Transactional(readOnly = true)
    public List<Entry> all(Locale locale) {
        return jdbc.sql("select * from prevention_milestone order by dated_on desc, id desc").query((rs,
                n) -> entry(rs, locale)).list();
    }

    private static Entry entry(ResultSet rs, Locale locale) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getObject("dated_on", LocalDate.class), MilestoneKind.valueOf(rs
                .getString("kind")), Translated.in(locale, rs.getString("title_ru"), rs.getString("title_kk"), rs
                        .getString("title_en")), rs.getString("reference"));
    }
}
