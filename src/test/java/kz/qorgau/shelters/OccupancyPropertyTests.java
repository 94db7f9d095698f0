package kz.qorgau.shelters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Occupancy arithmetic on random stays and capacities (plain JUnit over fixed seeds, as the statistics' property
 * tests, so that a failure is reproduced by its seed): occupancy is never negative, the bed-nights are the sum of the
 * stays' nights within the period, each night's beds taken are the stays present that night, and the nights over
 * capacity are what the beds of each night could not hold.
 */
class OccupancyPropertyTests {

    static final LocalDate START = LocalDate.of(2025, 1, 1);

    static Stream<Long> seeds() {
        return IntStream.rangeClosed(1, 300).mapToObj(seed -> (long) seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void occupancyIsNeverNegativeAndBedNightsAreTheSumOfTheStaysNights(long seed) {
        Random random = new Random(seed);
        List<Occupancy.Period> stays = new ArrayList<>();
        for (int i = random.nextInt(30); i > 0; i--) {
            LocalDate admitted = START.plusDays(random.nextInt(200));
            LocalDate discharged = random.nextInt(4) == 0 ? null : admitted.plusDays(random.nextInt(90));
            stays.add(new Occupancy.Period(BedGroup.values()[random.nextInt(4)], admitted, discharged));
        }
        Capacity capacity = Capacity.none();
        for (int i = random.nextInt(6); i > 0; i--) {
            capacity = capacity.with(new Capacity.Change(START.plusDays(random.nextInt(200)), BedGroup.values()[random
                    .nextInt(4)], random.nextInt(8)));
        }
        LocalDate from = START.plusDays(random.nextInt(150));
        LocalDate to = from.plusDays(random.nextInt(120));

        Occupancy occupancy = Occupancy.of(stays, capacity, from, to);

        assertThat(occupancy.nights()).hasSize((int) ChronoUnit.DAYS.between(from, to) + 1);
        long expectedBedNights = 0;
        for (Occupancy.Period stay : stays) {
            expectedBedNights += stay.nightsWithin(from, to);
        }
        assertThat(occupancy.bedNights()).as("seed %d", seed).isEqualTo(expectedBedNights);
        long over = 0;
        for (Occupancy.Night night : occupancy.nights()) {
            for (BedGroup group : BedGroup.values()) {
                int present = (int) stays.stream().filter(stay -> stay.group() == group && !stay.admittedOn().isAfter(
                        night.date()) && (stay.dischargedOn() == null || stay.dischargedOn().isAfter(night.date())))
                        .count();
                assertThat(night.occupied().get(group)).as("seed %d, %s, %s", seed, night.date(), group)
                        .isGreaterThanOrEqualTo(0).isEqualTo(present);
                assertThat(night.beds().get(group)).isEqualTo(capacity.beds(group, night.date()));
                over += Math.max(0, present - capacity.beds(group, night.date()));
            }
        }
        assertThat(occupancy.nightsOverCapacity()).isEqualTo(over);
        if (occupancy.availableBedNights() > 0) {
            assertThat(occupancy.rate()).isEqualTo((double) occupancy.bedNights() / occupancy.availableBedNights());
        } else {
            assertThat(occupancy.rate()).isNull();
        }
    }

    @Test
    void aStayTakesTheNightsFromItsAdmissionToTheNightBeforeItsDischarge() {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        Occupancy.Period stay = new Occupancy.Period(BedGroup.WOMEN, monday, monday.plusDays(3));
        Occupancy.Period sameDay = new Occupancy.Period(BedGroup.WOMEN, monday, monday);
        Capacity two = new Capacity(List.of(new Capacity.Change(monday.minusDays(30), BedGroup.WOMEN, 2)));

        Occupancy week = Occupancy.of(List.of(stay, sameDay), two, monday, monday.plusDays(6));

        assertThat(week.bedNights()).isEqualTo(3);
        assertThat(week.nights()).extracting(night -> night.occupied().get(BedGroup.WOMEN))
                .containsExactly(1, 1, 1, 0, 0, 0, 0);
        assertThat(week.availableBedNights()).isEqualTo(14);
        assertThat(week.rate()).isEqualTo(3.0 / 14);
        assertThat(week.nightsOverCapacity()).isZero();
    }
}
