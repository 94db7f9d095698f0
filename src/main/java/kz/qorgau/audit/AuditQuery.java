package kz.qorgau.audit;

import java.time.LocalDate;

/**
 * Filters for browsing the audit trail; null or blank means "any". Dates are inclusive days where Qorgau is used (its
 * configured time zone, Asia/Almaty by default), as the trail's times are shown.
 */
public record AuditQuery(String actor, String action, String targetType, String targetId, LocalDate from,
        LocalDate to) {

    public static AuditQuery any() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
