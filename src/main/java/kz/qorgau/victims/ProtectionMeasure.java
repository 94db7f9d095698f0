package kz.qorgau.victims;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A period in the state protection programme for participants in criminal proceedings, with its cost in
 * tenge (TIP report 2023: 5 victims, 1.2 million KZT in 2022).
 */
@Table("victims_protection")
record ProtectionMeasure(Long caseId, LocalDate startsOn, LocalDate endsOn, long costKzt, String recordedBy) {
}
