package kz.qorgau.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.shared.InvalidValueException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.system.FieldEncryption;
import java.util.Locale;
import kz.qorgau.system.SystemActor;

/**
 * Breaking the glass (DESIGN.md §1, §5): a user outside the scope of a record opens it for a stated reason,
 * for {@code qorgau.security.break-glass.duration}. Their supervisors are told in the application; the grant,
 * every read under it and its expiry are audited; auditors list them all with their reasons.
 * <p>
 * A grant opens the record to read as someone in scope reads it, never to change it, and never the personal
 * data of the people it names: that stays with the data's own grants. The module that owns the record checks
 * that it exists and lies outside the user's scope before it asks for a grant, and asks {@link #active} when
 * the user reads it.
 */
@Service
@EnableConfigurationProperties(BreakGlassSettings.class)
public class BreakGlass {

    static final int REASON_LENGTH = 500;
    /** Arbitrary key of the lock that keeps two nodes from auditing the same expiry twice. */
    private static final long EXPIRY_LOCK = 0x42_72_65_61_6b_47L;

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final Clock clock;
    private final BreakGlassSettings settings;

    BreakGlass(JdbcClient jdbc, FieldEncryption encryption, AuditTrail audit, Clock clock,
            BreakGlassSettings settings) {
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Opens the record to the current user until the grant expires, tells their supervisors and audits it.
     * The caller has checked that the record exists and lies outside the user's scope.
     */
    @Requires(Permission.BREAK_GLASS)
    @Transactional
    public BreakGlassGrant open(GuardedRecord kind, long recordId, String label, String reason) {
        QorgauUser user = QorgauUser.required();
        String why = reason(reason);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant expires = now.plus(settings.duration());
        byte[] sealed = encryption.encrypt(why, reasonContext(kind, recordId, user.id()));
        long id = jdbc.sql("""
                insert into identity_break_glass (user_id, organisation_id, record_kind, record_id, record_label,
                    reason,
                                                  opened_at, expires_at)
                values (:user, :organisation, :kind, :record, :label, :reason, :now, :expires) returning id""")
                .param("user", user.id()).param("organisation", user.organisationId()).param("kind", kind.name())
                .param("record", recordId).param("label", label).param("reason", sealed)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(expires))
                .query(Long.class).single();
        List<Long> supervisors = supervisorsOf(user);
        supervisors.forEach(supervisor -> jdbc.sql("insert into identity_notice (user_id, kind, grant_id, created_at) "
                + "values (:user, 'BREAK_GLASS', :grant, :now)")
                .param("user", supervisor).param("grant", id).param("now", Timestamp.from(now)).update());
        audit.record(AuditEvent.of("BREAK_GLASS_OPENED", kind.name().toLowerCase(Locale.ROOT), recordId)
                .with("grant", id).with("record", label).with("expires", expires).with("supervisorsNotified",
                        supervisors.size()));
        return new BreakGlassGrant(id, user.getUsername(), user.fullName(), user.organisationId(), kind, recordId,
                label, now, expires, 0, true, null);
    }

    /**
     * Whether the user holds an unexpired grant on the record: a question the records' modules ask about the user
     * their scope rule checks, hence the parameter.
     */
    @Transactional(readOnly = true)
    public boolean active(QorgauUser user, GuardedRecord kind, long recordId) {
        return jdbc.sql(
                "select exists (select 1 from identity_break_glass where user_id = :user and record_kind = :kind "
                        + "and record_id = :record and expires_at > :now)")
                .param("user", user.id()).param("kind", kind.name()).param("record", recordId)
                .param("now", Timestamp.from(clock.instant())).query(Boolean.class).single();
    }

    /** Records a read of the record under the current user's grant: counted on the grant and audited. */
    @Transactional
    public void read(GuardedRecord kind, long recordId) {
        QorgauUser user = QorgauUser.required();
        List<Long> grants = jdbc.sql("update identity_break_glass set reads = reads + 1 where user_id = :user "
                + "and record_kind = :kind and record_id = :record and expires_at > :now returning id")
                .param("user", user.id()).param("kind", kind.name()).param("record", recordId)
                .param("now", Timestamp.from(clock.instant())).query(Long.class).list();
        audit.record(AuditEvent.of("BREAK_GLASS_READ", kind.name().toLowerCase(Locale.ROOT), recordId)
                .with("grant", grants.isEmpty() ? "" : grants.getFirst().toString()));
    }

    /** The current user's own grants, newest first. */
    @Requires(Permission.BREAK_GLASS)
    @Transactional(readOnly = true)
    public List<BreakGlassGrant> own() {
        QorgauUser user = QorgauUser.required();
        return grants("where g.user_id = :user", user.id(), 50);
    }

    /**
     * The grants of the supervisor's team (the users of their organisation and the organisations below it),
     * newest first; their notices are marked read.
     */
    @Requires(Permission.SUPERVISE)
    @Transactional
    public List<BreakGlassGrant> ofTeam() {
        return ofTeam(false);
    }

    /** The grants of the supervisor's team as {@link #ofTeam()}; with {@code openOnly} those not yet expired. */
    @Requires(Permission.SUPERVISE)
    @Transactional
    public List<BreakGlassGrant> ofTeam(boolean openOnly) {
        QorgauUser user = QorgauUser.required();
        jdbc.sql("update identity_notice set read_at = :now where user_id = :user and read_at is null")
                .param("now", Timestamp.from(clock.instant())).param("user", user.id()).update();
        return grants(teamWhere(openOnly), user.id(), TEAM_LIMIT);
    }

    /** How many grants of the supervisor's team are still open: the length of {@code ofTeam(true)}. */
    @Requires(Permission.SUPERVISE)
    @Transactional(readOnly = true)
    public long openOfTeam() {
        QorgauUser user = QorgauUser.required();
        long open = jdbc.sql("select count(*) from identity_break_glass g " + teamWhere(true))
                .param("user", user.id()).param("now", Timestamp.from(clock.instant())).query(Long.class).single();
        return Math.min(open, TEAM_LIMIT);
    }

    private static String teamWhere(boolean openOnly) {
        return """
                where (g.id in (select n.grant_id from identity_notice n where n.user_id = :user)
                   or g.organisation_id in (""" + TEAM + "))" + (openOnly ? " and g.expires_at > :now" : "");
    }

    /** How many notices await the current user (0 for those who supervise no one). */
    @Transactional(readOnly = true)
    public long unreadNotices() {
        QorgauUser user = QorgauUser.required();
        if (!user.may(Permission.SUPERVISE)) {
            return 0;
        }
        return jdbc.sql("select count(*) from identity_notice where user_id = ? and read_at is null").param(user.id())
                .query(Long.class).single();
    }

    /** Every grant with its stated reason, newest first, for auditors; reading the reasons is audited. */
    @Requires(Permission.AUDIT)
    @Transactional
    public Page<BreakGlassGrant> all(Pageable pageable) {
        long total = jdbc.sql("select count(*) from identity_break_glass").query(Long.class).single();
        List<BreakGlassGrant> page = jdbc.sql(SELECT + " order by g.id desc limit :limit offset :offset")
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> grant(rs, true)).list();
        audit.record(AuditEvent.of("BREAK_GLASS_REASONS_READ", "break-glass", null).with("grants", page.size()));
        return new PageImpl<>(page, pageable, total);
    }

    /** Audits the expiry of grants that have run out (every minute; once, whichever node gets there first). */
    @Scheduled(fixedDelayString = "${qorgau.security.break-glass.expiry-check:PT1M}", initialDelay = 30_000)
    @Transactional
    public void auditExpiries() {
        if (!jdbc.sql("select pg_try_advisory_xact_lock(?)").param(EXPIRY_LOCK).query(Boolean.class).single()) {
            return;
        }
        jdbc.sql("""
                update identity_break_glass set expiry_audited = true
                where not expiry_audited and expires_at <= :now returning id, record_kind, record_id, record_label,
                    reads,
                      (select username from identity_user u where u.id = user_id) as username""")
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> AuditEvent.of("BREAK_GLASS_EXPIRED",
                        rs.getString("record_kind").toLowerCase(Locale.ROOT), rs.getLong("record_id"))
                        .by(SystemActor.NAME).with("grant", rs.getLong("id"))
                        .with("record", rs.getString("record_label")).with("holder", rs.getString("username"))
                        .with("reads", rs.getInt("reads")))
                .list().forEach(audit::record);
    }

    /** The most grants the team's list shows. */
    private static final int TEAM_LIMIT = 200;

    /** The organisations of a supervisor's team: their own and every one below it. */
    private static final String TEAM = """
            with recursive team(id) as (
                select u.organisation_id from identity_user u where u.id = :user
                union select o.id from organisations_organisation o join team t on o.parent_id = t.id)
            select id from team""";

    private static final String SELECT = """
            select g.id, u.username, u.full_name, g.organisation_id, g.record_kind, g.record_id, g.record_label,
                   g.opened_at, g.expires_at, g.reads, g.expires_at > :now as active, g.reason, g.user_id
            from identity_break_glass g join identity_user u on u.id = g.user_id""";

    private List<BreakGlassGrant> grants(String where, long user, int limit) {
        return jdbc.sql(SELECT + " " + where + " order by g.id desc limit " + limit)
                .param("user", user).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> grant(rs, false)).list();
    }

    private BreakGlassGrant grant(ResultSet rs, boolean withReason) throws SQLException {
        GuardedRecord kind = GuardedRecord.valueOf(rs.getString("record_kind"));
        Instant opened = rs.getTimestamp("opened_at").toInstant();
        String reason = withReason ? encryption.decrypt(rs.getBytes("reason"),
                reasonContext(kind, rs.getLong("record_id"), rs.getLong("user_id"))) : null;
        return new BreakGlassGrant(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                rs.getLong("organisation_id"), kind, rs.getLong("record_id"), rs.getString("record_label"), opened,
                rs.getTimestamp("expires_at").toInstant(), rs.getInt("reads"), rs.getBoolean("active"), reason);
    }

    /**
     * The users told when this one breaks the glass: the supervisors of their organisation or of one above it;
     * with none there, every supervisor of national scope.
     */
    private List<Long> supervisorsOf(QorgauUser user) {
        List<Long> above = jdbc.sql("""
                with recursive chain(id) as (
                    select cast(:organisation as bigint)
                    union select o.parent_id from organisations_organisation o join chain c on o.id = c.id
                    where o.parent_id is not null)
                select u.id from identity_user u join identity_user_role r on r.user_id = u.id and r.role = 'SUPERVISOR'
                where u.enabled and u.id <> :user and u.organisation_id in (select id from chain) order by u.id""")
                .param("organisation", user.organisationId()).param("user", user.id()).query(Long.class).list();
        if (!above.isEmpty()) {
            return above;
        }
        return jdbc.sql("""
                select u.id from identity_user u join identity_user_role r on r.user_id = u.id and r.role = 'SUPERVISOR'
                where u.enabled and u.national_scope and u.id <> :user order by u.id""")
                .param("user", user.id()).query(Long.class).list();
    }

    /** The reason is bound to the holder and the record it opened (so that it cannot be moved to another). */
    private static String reasonContext(GuardedRecord kind, long recordId, long user) {
        return "identity.break-glass/" + kind + "/" + recordId + "/" + user;
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("break-glass.error.reason-required");
        }
        String stripped = reason.strip();
        if (stripped.length() > REASON_LENGTH) {
            throw new InvalidValueException("break-glass.error.reason-too-long", REASON_LENGTH);
        }
        return stripped;
    }

    /**
     * For {@link Set}-valued callers: the records of a kind the user holds unexpired grants on (a question about the
     * given user, like {@link #active}).
     */
    @Transactional(readOnly = true)
    public Set<Long> activeRecords(QorgauUser user, GuardedRecord kind) {
        return Set.copyOf(jdbc.sql("select record_id from identity_break_glass where user_id = :user "
                + "and record_kind = :kind and expires_at > :now")
                .param("user", user.id()).param("kind", kind.name()).param("now", Timestamp.from(clock.instant()))
                .query(Long.class).list());
    }
}
