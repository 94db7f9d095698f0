package kz.qorgau.victims;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** A victim's dated answer on one scope of consent, and who recorded it (part of the victim record). */
@Table("victims_consent")
record ConsentEntry(ConsentScope scope, ConsentDecision decision, LocalDate decidedOn, String recordedBy,
        long organisationId, Instant recordedAt) {
}
