package kz.qorgau.victims;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** A claim for compensation: filed, amount claimed, awarded and paid, in tenge (part of the victim record). */
@Table("victims_compensation")
record CompensationClaim(CompensationRoute route, Long caseId, LocalDate filedOn, long claimedKzt, LocalDate awardedOn,
        Long awardedKzt, LocalDate paidOn, Long paidKzt, String recordedBy) {
}
