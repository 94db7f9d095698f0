package kz.qorgau.shelters;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The beds a shelter's stays took, night by night, over a period of days, against its beds of each day. A stay takes
 * a bed for the night of each day from its admission up to the day before its discharge (a stay discharged on the
 * day of admission takes none); a stay without a discharge takes a bed every night to the end of the period.
 * <p>
 * Bed-nights are the nights taken; available bed-nights are the beds of each night; the occupancy rate is the first
 * over the second; nights over capacity are, per night and group, the beds taken beyond the group's beds (an
 * admission beyond capacity with its overflow reason).
 */
final class Occupancy {

    /** A stay as occupancy sees it: its group and the dates that bound its nights. */
    record Period(BedGroup group, LocalDate admittedOn, LocalDate dischargedOn) {

        Period {
            if (dischargedOn != null && dischargedOn.isBefore(admittedOn)) {
                throw new IllegalArgumentException("discharged before admission");
            }
        }

        /** The nights of the stay within [from, to] (inclusive). */
        long nightsWithin(LocalDate from, LocalDate to) {
            LocalDate first = admittedOn.isAfter(from) ? admittedOn : from;
            LocalDate end = dischargedOn == null || dischargedOn.isAfter(to.plusDays(1)) ? to.plusDays(1)
                    : dischargedOn;
            return Math.max(0, ChronoUnit.DAYS.between(first, end));
        }
    }

    /** One night of the period: the beds taken and the beds there were, by group. */
    record Night(LocalDate date, Map<BedGroup, Integer> occupied, Map<BedGroup, Integer> beds) {

        int totalOccupied() {
            return occupied.values().stream().mapToInt(Integer::intValue).sum();
        }

        int totalBeds() {
            return beds.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** The beds taken beyond the group's beds, summed over the groups. */
        int overCapacity() {
            int over = 0;
            for (BedGroup group : BedGroup.values()) {
                over += Math.max(0, occupied.get(group) - beds.get(group));
            }
            return over;
        }

        boolean full(BedGroup group) {
            return beds.get(group) > 0 && occupied.get(group) >= beds.get(group);
        }
    }

    private final List<Night> nights;

    private Occupancy(List<Night> nights) {
        this.nights = List.copyOf(nights);
    }

    /** The nights from {@code from} to {@code to}, both included. */
    static Occupancy of(Collection<Period> stays, Capacity capacity, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        Map<BedGroup, int[]> change = new EnumMap<>(BedGroup.class);
        for (BedGroup group : BedGroup.values()) {
            change.put(group, new int[days + 1]);
        }
        // each stay adds one from its first night in the period and takes it away after its last
        for (Period stay : stays) {
            if (stay.nightsWithin(from, to) == 0) {
                continue;
            }
            LocalDate first = stay.admittedOn().isAfter(from) ? stay.admittedOn() : from;
            int start = (int) ChronoUnit.DAYS.between(from, first);
            int end = stay.dischargedOn() == null ? days : (int) Math.min(days, ChronoUnit.DAYS.between(from, stay
                    .dischargedOn()));
            change.get(stay.group())[start]++;
            change.get(stay.group())[end]--;
        }
        List<Night> nights = new ArrayList<>(days);
        Map<BedGroup, Integer> running = new EnumMap<>(BedGroup.class);
        for (int day = 0; day < days; day++) {
            LocalDate date = from.plusDays(day);
            Map<BedGroup, Integer> occupied = new EnumMap<>(BedGroup.class);
            for (BedGroup group : BedGroup.values()) {
                running.merge(group, change.get(group)[day], Integer::sum);
                occupied.put(group, running.get(group));
            }
            nights.add(new Night(date, occupied, capacity.on(date)));
        }
        return new Occupancy(nights);
    }

    List<Night> nights() {
        return nights;
    }

    long bedNights() {
        return nights.stream().mapToLong(Night::totalOccupied).sum();
    }

    long bedNights(BedGroup group) {
        return nights.stream().mapToLong(night -> night.occupied().get(group)).sum();
    }

    long availableBedNights() {
        return nights.stream().mapToLong(Night::totalBeds).sum();
    }

    long nightsOverCapacity() {
        return nights.stream().mapToLong(Night::overCapacity).sum();
    }

    /** Bed-nights over available bed-nights; null when there was no bed (a rate of nothing is not zero). */
    Double rate() {
        long available = availableBedNights();
        return available == 0 ? null : (double) bedNights() / available;
    }

    /** The most beds of the group taken on any night of the period. */
    int peak(BedGroup group) {
        return nights.stream().mapToInt(night -> night.occupied().get(group)).max().orElse(0);
    }
}
