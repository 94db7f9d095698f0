package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kz.qorgau.QorgauTest;
import kz.qorgau.shared.RegionCode;

/**
 * The removal indicators on hand-counted removals of a year no other record reaches (2004), written in a
 * transaction that is rolled back: each removal decided in the year counted by where its screening stood at the
 * year's end (a screening in the next year does not count in this one), the executions by what allowed them, the
 * screenings, the possible victims found and the reasons screening was not possible, in the year of each dated step.
 */
@QorgauTest
class RemovalIndicatorsTests {

    static final int YEAR = 2004;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    RemovalIndicators removals;

    @Test
    void eachRemovalIsCountedInTheYearOfEachOfItsDatedSteps() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            StatisticsRecords records = new StatisticsRecords(jdbc);
            long person = records.person(1990, "MALE");
            // screened, not a victim, executed
            records.removal("KZ-71", day(3, 1), records.victim("KZ-71", "MALE", 33, false, person, day(3, 2)),
                    day(3, 2), "NOT_A_VICTIM", null, null, day(3, 10));
            // screened, a possible victim: stopped
            records.removal("KZ-71", day(4, 1), records.victim("KZ-71", "FEMALE", 25, false, null, day(4, 2)),
                    day(4, 2), "POSSIBLE", null, null, null);
            // screening not possible, executed
            records.removal("KZ-75", day(5, 1), null, null, null, "NO_INTERPRETER", day(5, 2), day(5, 3));
            // decided, nothing else yet
            records.removal("KZ-71", day(6, 1), null, null, null, null, null, null);
            // decided at the end of the year, screened and executed in the next
            records.removal("KZ-71", day(12, 20), records.victim("KZ-71", "MALE", 40, false, null, LocalDate.of(
                    YEAR + 1, 1, 5)), LocalDate.of(YEAR + 1, 1, 5), "NOT_A_VICTIM", null, null, LocalDate.of(
                            YEAR + 1, 1, 10));
            // decided the year before, screening refused and executed in this one
            records.removal("KZ-71", LocalDate.of(YEAR - 1, 12, 1), null, null, null, "PERSON_REFUSED", day(1, 5),
                    day(1, 6));

            Map<String, Number> figures = removals.compute(new StatisticsQuery(YEAR, null), code -> true);

            assertThat(figures).containsEntry("removals.decided", 5L)
                    .containsEntry("removals.decided.screened_not_a_victim", 1L)
                    .containsEntry("removals.decided.screened_victim", 1L)
                    .containsEntry("removals.decided.screening_not_possible", 1L)
                    .containsEntry("removals.decided.not_screened", 2L)
                    .containsEntry("removals.executed", 3L)
                    .containsEntry("removals.executed.screened_not_a_victim", 1L)
                    .containsEntry("removals.executed.screening_not_possible", 2L)
                    .containsEntry("removals.screened", 2L)
                    .containsEntry("removals.possible_victims", 1L)
                    .containsEntry("removals.screening_not_possible", 2L)
                    .containsEntry("removals.screening_not_possible.no_interpreter", 1L)
                    .containsEntry("removals.screening_not_possible.person_refused", 1L)
                    .containsEntry("removals.screening_not_possible.absconded", 0L);
            Map<String, Number> next = removals.compute(new StatisticsQuery(YEAR + 1, null), code -> true);
            assertThat(next).containsEntry("removals.decided", 0L).containsEntry("removals.screened", 1L)
                    .containsEntry("removals.executed.screened_not_a_victim", 1L);
            Map<String, Number> almatyCity = removals.compute(new StatisticsQuery(YEAR, RegionCode.of("KZ-75")),
                    code -> true);
            assertThat(almatyCity).containsEntry("removals.decided", 1L).containsEntry(
                    "removals.decided.screening_not_possible", 1L);
        });
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(YEAR, month, day);
    }
}
