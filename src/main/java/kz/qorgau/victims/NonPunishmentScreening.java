package kz.qorgau.victims;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * That a person was screened before deportation or prosecution for an offence committed as a result of
 * being trafficked, and the result (part of the victim record).
 */
@Table("victims_non_punishment")
record NonPunishmentScreening(LocalDate screenedOn, NonPunishmentContext context, OffenceKind offence,
        NonPunishmentResult result, String recordedBy, long organisationId) {
}
