package kz.qorgau.victims;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One dated decision on a victim's trafficking status (part of the victim record): who decided, of what
 * kind of organisation, when, and why (the reason is sealed: it may name people). Never changed afterwards.
 */
@Table("victims_status")
record StatusChange(TraffickingStatus status, LocalDate decidedOn, long decidingOrganisationId,
        DecidingOrganisationType decidingType, byte[] reason, Integer screeningNumber, String recordedBy,
        Instant recordedAt) {
}
