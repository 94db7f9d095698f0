package kz.qorgau.shelters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;

/** The rules of a stay and of a shelter's beds, without a database. */
class StayTests {

    static final LocalDate OPENED = LocalDate.of(2024, 1, 10);
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final Instant NOW = Instant.parse("2026-06-01T06:00:00Z");

    static Shelter shelter(Capacity capacity) {
        Shelter shelter = Shelter.register("H-ABCDEFGH", 7L, new ShelterCommands.Registration(7L, "Test shelter",
                ShelterKind.SHELTER, new RegionCode("KZ-75"), null, Settlement.URBAN, "Synthetic street 1", Set.of(),
                Set.of("kk", "ru"), true, OPENED), new byte[]{ 1 }, "registrar", TODAY, NOW);
        shelter.capacity(capacity);
        return shelter;
    }

    static Capacity beds(int women, int children) {
        return new Capacity(List.of(new Capacity.Change(OPENED, BedGroup.WOMEN, women), new Capacity.Change(OPENED,
                BedGroup.CHILDREN, children)));
    }

    static Stay admit(Shelter shelter, boolean child, boolean unaccompanied, BedGroup group, int occupied,
            OverflowReason overflow) {
        return Stay.admit(shelter, 42L, child, unaccompanied, group, TODAY.minusDays(3), occupied, overflow, "worker",
                TODAY, NOW);
    }

    @Test
    void anUnaccompaniedChildIsPlacedOnlyInABedForChildren() {
        Shelter shelter = shelter(beds(5, 5));
        for (BedGroup group : List.of(BedGroup.WOMEN, BedGroup.MEN, BedGroup.FAMILIES)) {
            assertThatThrownBy(() -> admit(shelter, true, true, group, 0, null))
                    .isInstanceOf(RuleViolationException.class).hasMessageContaining("shelter.error.child-bed");
        }
        assertThat(admit(shelter, true, true, BedGroup.CHILDREN, 0, null).bedGroup()).isEqualTo(BedGroup.CHILDREN);
        // a child with a parent may share a family room
        assertThat(admit(shelter(beds(5, 5).with(new Capacity.Change(OPENED, BedGroup.FAMILIES, 2))), true, false,
                BedGroup.FAMILIES, 0, null).bedGroup()).isEqualTo(BedGroup.FAMILIES);
    }

    @Test
    void anAdultIsNeverPlacedInABedForChildren() {
        assertThatThrownBy(() -> admit(shelter(beds(5, 5)), false, false, BedGroup.CHILDREN, 0, null))
                .hasMessageContaining("shelter.error.adult-in-child-bed");
    }

    @Test
    void aFullGroupTakesAVictimOnlyWithAnOverflowReasonWhichIsKeptOnlyThen() {
        Shelter shelter = shelter(beds(2, 0));
        assertThatThrownBy(() -> admit(shelter, false, false, BedGroup.WOMEN, 2, null))
                .hasMessageContaining("shelter.error.full");
        assertThat(admit(shelter, false, false, BedGroup.WOMEN, 2, OverflowReason.EMERGENCY_NIGHT).overflowReason())
                .isEqualTo(OverflowReason.EMERGENCY_NIGHT);
        assertThat(admit(shelter, false, false, BedGroup.WOMEN, 1, OverflowReason.EMERGENCY_NIGHT).overflowReason())
                .isNull();
        // a group without beds is full
        assertThatThrownBy(() -> admit(shelter, false, false, BedGroup.MEN, 0, null))
                .hasMessageContaining("shelter.error.full");
    }

    @Test
    void noAdmissionInTheFutureOrBeforeTheShelterOpenedOrAfterItClosed() {
        Shelter shelter = shelter(beds(5, 0));
        assertThatThrownBy(() -> Stay.admit(shelter, 1, false, false, BedGroup.WOMEN, TODAY.plusDays(1), 0, null, "w",
                TODAY, NOW)).hasMessageContaining("shelter.error.future-date");
        assertThatThrownBy(() -> Stay.admit(shelter, 1, false, false, BedGroup.WOMEN, OPENED.minusDays(1), 0, null,
                "w", TODAY, NOW)).hasMessageContaining("shelter.error.not-open");
        shelter.close(TODAY.minusDays(10), TODAY, false);
        assertThatThrownBy(() -> admit(shelter, false, false, BedGroup.WOMEN, 0, null))
                .hasMessageContaining("shelter.error.not-open");
    }

    @Test
    void aDischargeComesAfterTheAdmissionOnceAndNotInTheFuture() {
        Stay stay = admit(shelter(beds(5, 0)), false, false, BedGroup.WOMEN, 0, null);
        LocalDate admitted = TODAY.minusDays(3);
        assertThatThrownBy(() -> stay.discharge(DischargeReason.RETURNED_HOME, admitted, admitted.minusDays(1), TODAY,
                "w")).hasMessageContaining("shelter.error.discharge-before-admission");
        assertThatThrownBy(() -> stay.discharge(DischargeReason.RETURNED_HOME, admitted, TODAY.plusDays(1), TODAY,
                "w")).hasMessageContaining("shelter.error.future-date");
        assertThatThrownBy(() -> stay.discharge(null, admitted, TODAY, TODAY, "w"))
                .hasMessageContaining("shelter.error.discharge-reason-required");
        assertThat(stay.discharged()).isFalse();
        stay.discharge(DischargeReason.RETURNED_HOME, admitted, admitted, TODAY, "w");
        assertThat(stay.discharged()).isTrue();
        assertThatThrownBy(() -> stay.discharge(DischargeReason.OTHER, admitted, TODAY, TODAY, "w"))
                .hasMessageContaining("shelter.error.already-discharged");
    }

    @Test
    void theSpecialSocialServicesLastSixMonthsAndADecisionWithinThemExtendsThemToNineOnce() {
        LocalDate admitted = LocalDate.of(2026, 1, 31);
        Stay stay = Stay.admit(shelter(beds(5, 0)), 1, false, false, BedGroup.WOMEN, admitted, 0, null, "w", TODAY,
                NOW);
        assertThat(stay.period(admitted).endsOn()).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(stay.period(admitted).overdue(LocalDate.of(2026, 7, 31))).isFalse();
        assertThat(stay.period(admitted).overdue(LocalDate.of(2026, 8, 1))).isTrue();
        assertThatThrownBy(() -> stay.extendPeriod(admitted, admitted.minusDays(1), TODAY, "w"))
                .hasMessageContaining("shelter.error.decision-before-admission");
        stay.extendPeriod(admitted, LocalDate.of(2026, 5, 2), TODAY, "w");
        assertThat(stay.period(admitted).endsOn()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThatThrownBy(() -> stay.extendPeriod(admitted, LocalDate.of(2026, 5, 3), TODAY, "w"))
                .hasMessageContaining("shelter.error.already-extended");
    }

    @Test
    void noExtensionDecidedAfterTheSixMonths() {
        LocalDate admitted = LocalDate.of(2025, 10, 1);
        Stay stay = Stay.admit(shelter(beds(5, 0)), 1, false, false, BedGroup.WOMEN, admitted, 0, null, "w", TODAY,
                NOW);
        assertThatThrownBy(() -> stay.extendPeriod(admitted, LocalDate.of(2026, 4, 2), TODAY, "w"))
                .hasMessageContaining("shelter.error.period-ended");
        stay.extendPeriod(admitted, LocalDate.of(2026, 4, 1), TODAY, "w");
        assertThat(stay.period(admitted).extended()).isTrue();
    }

    @Test
    void bedsChangeFromTheirDateOnAndAPastNightKeepsTheBedsItHad() {
        Capacity capacity = beds(4, 2).with(new Capacity.Change(LocalDate.of(2025, 3, 1), BedGroup.WOMEN, 6))
                .with(new Capacity.Change(LocalDate.of(2025, 9, 1), BedGroup.WOMEN, 3));
        assertThat(capacity.beds(BedGroup.WOMEN, OPENED.minusDays(1))).isZero();
        assertThat(capacity.beds(BedGroup.WOMEN, LocalDate.of(2025, 2, 28))).isEqualTo(4);
        assertThat(capacity.beds(BedGroup.WOMEN, LocalDate.of(2025, 3, 1))).isEqualTo(6);
        assertThat(capacity.beds(BedGroup.WOMEN, LocalDate.of(2026, 1, 1))).isEqualTo(3);
        assertThat(capacity.total(LocalDate.of(2026, 1, 1))).isEqualTo(5);
    }

    @Test
    void aShelterClosesOnlyEmptyNotBeforeItOpenedAndOnce() {
        Shelter shelter = shelter(beds(1, 0));
        assertThatThrownBy(() -> shelter.close(TODAY, TODAY, true)).hasMessageContaining(
                "shelter.error.victims-staying");
        assertThatThrownBy(() -> shelter.close(OPENED.minusDays(1), TODAY, false))
                .hasMessageContaining("shelter.error.closed-before-opening");
        shelter.close(TODAY, TODAY, false);
        assertThatThrownBy(() -> shelter.close(TODAY, TODAY, false)).hasMessageContaining("shelter.error.closed");
        assertThatThrownBy(() -> shelter.changeCapacity(BedGroup.WOMEN, 3, TODAY))
                .hasMessageContaining("shelter.error.closed");
    }

    @Test
    void bedsAreNeverNegative() {
        assertThatThrownBy(() -> shelter(beds(1, 0)).changeCapacity(BedGroup.WOMEN, -1, TODAY))
                .hasMessageContaining("shelter.error.beds");
    }
}
