package kz.qorgau.victims;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** That a victim was told of a right: when, by whom, of which organisation (part of the victim record). */
@Table("victims_right")
record RightInformed(VictimRight rightCode, LocalDate informedOn, String informedBy, long organisationId,
        Instant recordedAt) {
}
