package kz.qorgau.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the audit trail recorded, for the tests of every module: the entries selected by action, record and actor,
 * in the order they were written. Other modules' tests ask here rather than query {@code audit_entry} themselves,
 * so the trail's table is known to the audit module and this fixture only. Full tests ({@code QorgauTest}) have it as
 * a bean; module tests construct it over their own database.
 * <pre>
 * AuditAssertions audit = new AuditAssertions(jdbc);
 * assertThat(audit.record("case", id).actions()).containsExactly("CASE_REGISTERED", "CASE_EVENT_RECORDED");
 * assertThat(audit.action("CASE_REGISTERED").record("case", id).actors()).containsExactly("investigator");
 * </pre>
 */
public final class AuditAssertions {

    private final JdbcClient jdbc;

    public AuditAssertions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One recorded entry as the tests see it: its clear details read, its sealed ones by key only. */
    public record Entry(long seq, String actor, String action, String targetType, String targetId, String details,
            Map<String, String> clearDetails, Set<String> sealedKeys) {
    }

    /** Every entry. */
    public Selection all() {
        return new Selection(jdbc, List.of(), List.of());
    }

    public Selection action(String action) {
        return all().action(action);
    }

    /** The entries about one record: its type (such as {@code case}) and identifier. */
    public Selection record(String targetType, Object targetId) {
        return all().record(targetType, targetId);
    }

    /** The entries about a record of any type with this identifier. */
    public Selection target(Object targetId) {
        return all().target(targetId);
    }

    public Selection by(String actor) {
        return all().by(actor);
    }

    /** The last sequence number written so far (0 on an empty trail), to select what a test writes after it. */
    public long lastSeq() {
        return jdbc.sql("select coalesce(max(seq), 0) from audit_entry").query(Long.class).single();
    }

    /** Entries matching every condition added; immutable, so a selection can be narrowed several ways. */
    public static final class Selection {

        private final JdbcClient jdbc;
        private final List<String> conditions;
        private final List<Object> params;

        private Selection(JdbcClient jdbc, List<String> conditions, List<Object> params) {
            this.jdbc = jdbc;
            this.conditions = conditions;
            this.params = params;
        }

        private Selection and(String condition, Object param) {
            List<String> moreConditions = new ArrayList<>(conditions);
            moreConditions.add(condition);
            List<Object> moreParams = new ArrayList<>(params);
            moreParams.add(param);
            return new Selection(jdbc, List.copyOf(moreConditions), List.copyOf(moreParams));
        }

        public Selection action(String action) {
            return and("action = ?", Objects.requireNonNull(action, "action"));
        }

        public Selection record(String targetType, Object targetId) {
            return and("target_type = ?", Objects.requireNonNull(targetType, "targetType")).target(targetId);
        }

        public Selection target(Object targetId) {
            return and("target_id = ?", Objects.requireNonNull(targetId, "targetId").toString());
        }

        public Selection by(String actor) {
            return and("actor = ?", Objects.requireNonNull(actor, "actor"));
        }

        /** Entries whose stored details contain the text (sealed values are ciphertext there, never the text). */
        public Selection detailsContaining(String text) {
            return and("details like ?", "%" + Objects.requireNonNull(text, "text") + "%");
        }

        /**
         * Entries whose stored details match the SQL {@code like} pattern ({@code %} any text), for several values in
         * the order they are written.
         */
        public Selection detailsLike(String pattern) {
            return and("details like ?", Objects.requireNonNull(pattern, "pattern"));
        }

        /** Entries written after the given sequence number ({@link AuditAssertions#lastSeq()}). */
        public Selection after(long seq) {
            return and("seq > ?", seq);
        }

        /** Every action except this one: for the entries of a change, without the reads it caused. */
        public Selection except(String action) {
            return and("action <> ?", Objects.requireNonNull(action, "action"));
        }

        public long count() {
            return query("select count(*)", "").query(Long.class).single();
        }

        /** The entries, oldest first. */
        public List<Entry> entries() {
            return query("select seq, actor, action, target_type, target_id, details", " order by seq")
                    .query((rs, n) -> {
                        String details = rs.getString("details");
                        AuditDetails.Parsed parsed = AuditDetails.read(details);
                        return new Entry(rs.getLong("seq"), rs.getString("actor"), rs.getString("action"),
                                rs.getString("target_type"), rs.getString("target_id"), details, parsed.clear(),
                                Set.copyOf(parsed.sealed().keySet()));
                    }).list();
        }

        /** The actions, oldest first. */
        public List<String> actions() {
            return entries().stream().map(Entry::action).toList();
        }

        /** The actors, oldest first. */
        public List<String> actors() {
            return entries().stream().map(Entry::actor).toList();
        }

        /** Every stored column of the entries, oldest first: for tests that nothing in clear reaches the trail. */
        public List<Map<String, Object>> rows() {
            return query("select *", " order by seq").query().listOfRows();
        }

        /** The details as stored, oldest first. */
        public List<String> details() {
            return entries().stream().map(Entry::details).toList();
        }

        /** The last {@code n} actions (fewer when there are fewer), oldest first. */
        public List<String> lastActions(int n) {
            List<String> actions = actions();
            return actions.subList(Math.max(0, actions.size() - n), actions.size());
        }

        /** The newest entry; fails when there is none. */
        public Entry last() {
            List<Entry> entries = entries();
            if (entries.isEmpty()) {
                throw new AssertionError("no audit entry where " + describe());
            }
            return entries.getLast();
        }

        private JdbcClient.StatementSpec query(String select, String order) {
            String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
            JdbcClient.StatementSpec statement = jdbc.sql(select + " from audit_entry" + where + order);
            for (Object param : params) {
                statement = statement.param(param);
            }
            return statement;
        }

        private String describe() {
            return conditions.isEmpty() ? "(any)" : String.join(" and ", conditions) + " " + params;
        }

        @Override
        public String toString() {
            return "audit entries where " + describe();
        }
    }
}
