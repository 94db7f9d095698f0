package kz.qorgau.audit;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What happened, to be recorded in the audit trail. The actor and the source address are taken from
 * the current request unless given (a failed login has no authenticated actor).
 *
 * @param action an upper-case code such as {@code USER_CREATED}
 * @param targetType the kind of record acted on, such as {@code user}; may be null
 * @param targetId the record's identifier; may be null
 * @param details what changed; never PII of the people in the records, never secrets
 * @param actor the acting user name when it is not the authenticated user; usually null
 */
public record AuditEvent(String action, String targetType, String targetId, Map<String, String> details, String actor) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        details = details == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(details));
    }

    public static AuditEvent of(String action, String targetType, Object targetId) {
        return new AuditEvent(action, targetType, targetId == null ? null : targetId.toString(), Map.of(), null);
    }

    public AuditEvent with(String key, Object value) {
        TreeMap<String, String> more = new TreeMap<>(details);
        more.put(key, value == null ? "" : value.toString());
        return new AuditEvent(action, targetType, targetId, more, actor);
    }

    public AuditEvent withDetails(Map<String, String> more) {
        TreeMap<String, String> all = new TreeMap<>(details);
        all.putAll(more);
        return new AuditEvent(action, targetType, targetId, all, actor);
    }

    public AuditEvent by(String actingUser) {
        return new AuditEvent(action, targetType, targetId, details, actingUser);
    }
}
