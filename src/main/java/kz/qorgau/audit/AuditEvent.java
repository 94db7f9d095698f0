package kz.qorgau.audit;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What happened, to be recorded in the audit trail. The actor and the source address are taken from
 * the current request unless given (a failed login has no authenticated actor).
 * <p>
 * Free text that a user typed (the reason for revealing personal data, a note) goes in sealed:
 * {@code AuditEvent.of("PERSON_REVEALED", "person", id).sealed("reason", why)}. The trail stores it encrypted,
 * bound to its entry and key, and only an auditor opens it, which is audited in turn.
 *
 * @param action an upper-case code such as {@code USER_CREATED}
 * @param targetType the kind of record acted on, such as {@code user}; may be null
 * @param targetId the record's identifier; may be null
 * @param details what changed, stored in clear; never PII of the people in the records, never secrets, never
 *        free text a user typed
 * @param actor the acting user name when it is not the authenticated user; usually null
 * @param sealedDetails details stored encrypted; never secrets either
 */
public record AuditEvent(String action, String targetType, String targetId, Map<String, String> details, String actor,
        Map<String, String> sealedDetails) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        details = details == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(details));
        sealedDetails = sealedDetails == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(sealedDetails));
    }

    public AuditEvent(String action, String targetType, String targetId, Map<String, String> details, String actor) {
        this(action, targetType, targetId, details, actor, Map.of());
    }

    public static AuditEvent of(String action, String targetType, Object targetId) {
        return new AuditEvent(action, targetType, targetId == null ? null : targetId.toString(), Map.of(), null);
    }

    public AuditEvent with(String key, Object value) {
        TreeMap<String, String> more = new TreeMap<>(details);
        more.put(key, value == null ? "" : value.toString());
        TreeMap<String, String> sealed = new TreeMap<>(sealedDetails);
        sealed.remove(key);
        return new AuditEvent(action, targetType, targetId, more, actor, sealed);
    }

    public AuditEvent withDetails(Map<String, String> more) {
        TreeMap<String, String> all = new TreeMap<>(details);
        all.putAll(more);
        TreeMap<String, String> sealed = new TreeMap<>(sealedDetails);
        sealed.keySet().removeAll(more.keySet());
        return new AuditEvent(action, targetType, targetId, all, actor, sealed);
    }

    /** Adds a detail stored encrypted rather than in clear (free text a user typed). */
    public AuditEvent sealed(String key, String value) {
        Objects.requireNonNull(key, "key");
        TreeMap<String, String> sealed = new TreeMap<>(sealedDetails);
        sealed.put(key, value == null ? "" : value);
        TreeMap<String, String> clear = new TreeMap<>(details);
        clear.remove(key);
        return new AuditEvent(action, targetType, targetId, clear, actor, sealed);
    }

    public AuditEvent by(String actingUser) {
        return new AuditEvent(action, targetType, targetId, details, actingUser, sealedDetails);
    }

    /** Never the sealed values, whatever prints the event. */
    @Override
    public String toString() {
        return "AuditEvent[action=" + action + ", targetType=" + targetType + ", targetId=" + targetId + ", details="
                + details + ", actor=" + actor + ", sealed=" + sealedDetails.keySet() + "]";
    }
}
