package kz.qorgau.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.victims.TraffickingStatus;

/**
 * The removal rule: a removal is executed only after the person was screened for trafficking and not found a victim,
 * or the reason screening was not possible is recorded; a screening that finds a possible or presumed victim stops it
 * for good.
 */
class RemovalTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    static final LocalDate DECIDED = TODAY.minusDays(10);

    static Removal decided() {
        return Removal.decide("D-23456789", 1, 7, new RemovalCommands.Decision(7L, RemovalKind.DEPORTATION, "ДП-1",
                DECIDED, CountryCode.of("UZ"), RegionCode.of("KZ-71")), "migration", TODAY, Instant.EPOCH);
    }

    @Test
    void aRemovalIsNotExecutedBeforeTheScreening() {
        Removal removal = decided();

        assertThatThrownBy(() -> removal.execute(TODAY, TODAY)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("removal.error.screening-required");
        assertThat(removal.status()).isEqualTo(RemovalStatus.PENDING);
        assertThat(removal.executedOn()).isNull();
    }

    @Test
    void aScreeningThatFindsNoVictimAllowsTheExecution() {
        Removal removal = decided();
        removal.screened(11, "V-23456789", DECIDED.plusDays(1), TraffickingStatus.NOT_A_VICTIM);
        removal.execute(DECIDED.plusDays(2), TODAY);

        assertThat(removal.status()).isEqualTo(RemovalStatus.EXECUTED);
        assertThat(removal.executedOn()).isEqualTo(DECIDED.plusDays(2));
        assertThat(removal.foundVictim()).isFalse();
    }

    @Test
    void aPossibleOrPresumedVictimStopsTheRemovalForGood() {
        for (TraffickingStatus found : new TraffickingStatus[]{ TraffickingStatus.POSSIBLE,
                TraffickingStatus.PRESUMED }) {
            Removal removal = decided();
            removal.screened(11, "V-23456789", DECIDED.plusDays(1), found);

            assertThat(removal.status()).isEqualTo(RemovalStatus.STOPPED);
            assertThat(removal.stoppedOn()).isEqualTo(DECIDED.plusDays(1));
            assertThatThrownBy(() -> removal.execute(TODAY, TODAY)).hasMessageContaining("removal.error.stopped");
            assertThatThrownBy(() -> removal.screeningNotPossible(NoScreeningReason.OTHER, TODAY, TODAY))
                    .hasMessageContaining("removal.error.stopped");
        }
    }

    @Test
    void aReasonScreeningWasNotPossibleAllowsTheExecutionAndIsKept() {
        Removal removal = decided();
        assertThatThrownBy(() -> removal.screeningNotPossible(null, TODAY, TODAY))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("removal.error.reason-required");
        removal.screeningNotPossible(NoScreeningReason.NO_INTERPRETER, DECIDED.plusDays(1), TODAY);
        removal.execute(DECIDED.plusDays(1), TODAY);

        assertThat(removal.status()).isEqualTo(RemovalStatus.EXECUTED);
        assertThat(removal.noScreeningReason()).isEqualTo(NoScreeningReason.NO_INTERPRETER);
    }

    @Test
    void aPersonIsScreenedOnceAndAnExecutedRemovalIsFinal() {
        Removal removal = decided();
        removal.screened(11, "V-23456789", DECIDED, TraffickingStatus.NOT_A_VICTIM);
        assertThatThrownBy(() -> removal.screened(12, "V-34567892", DECIDED, TraffickingStatus.POSSIBLE))
                .hasMessageContaining("removal.error.already-screened");
        removal.execute(TODAY, TODAY);
        assertThatThrownBy(() -> removal.execute(TODAY, TODAY)).hasMessageContaining("removal.error.executed");
    }

    @Test
    void datesAreNotInTheFutureNorBeforeTheDecision() {
        Removal removal = decided();
        removal.screened(11, "V-23456789", DECIDED, TraffickingStatus.NOT_A_VICTIM);
        assertThatThrownBy(() -> removal.execute(TODAY.plusDays(1), TODAY)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("removal.error.future-date");
        assertThatThrownBy(() -> removal.execute(DECIDED.minusDays(1), TODAY)).hasMessageContaining(
                "removal.error.before-decision");
        assertThatThrownBy(() -> Removal.decide("D-23456789", 1, 7, new RemovalCommands.Decision(7L,
                RemovalKind.DEPORTATION, null, TODAY.plusDays(1), CountryCode.of("UZ"), RegionCode.of("KZ-71")),
                "migration", TODAY, Instant.EPOCH)).hasMessageContaining("removal.error.future-date");
    }

    @Test
    void aCitizenOfKazakhstanIsNotRemoved() {
        assertThatThrownBy(() -> Removal.decide("D-23456789", 1, 7, new RemovalCommands.Decision(7L,
                RemovalKind.EXPULSION, null, DECIDED, CountryCode.KAZAKHSTAN, RegionCode.of("KZ-71")), "migration",
                TODAY, Instant.EPOCH)).isInstanceOf(InvalidFieldException.class).hasMessageContaining(
                        "removal.error.citizen");
    }
}
