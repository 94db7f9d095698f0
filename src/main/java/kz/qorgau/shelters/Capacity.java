package kz.qorgau.shelters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A shelter's beds by client group over time: each change takes effect on its date and holds until the next change
 * of the same group, so that the occupancy of a past day is measured against the beds of that day.
 */
record Capacity(List<Change> changes) {

    /** From the date on, the group has so many beds (a later change of the group replaces it). */
    record Change(LocalDate effectiveFrom, BedGroup group, int beds) {

        Change {
            if (effectiveFrom == null || group == null) {
                throw new IllegalArgumentException("a capacity change needs its date and its group");
            }
        }
    }

    Capacity {
        changes = changes.stream().sorted(Comparator.comparing(Change::effectiveFrom)).toList();
    }

    static Capacity none() {
        return new Capacity(List.of());
    }

    /** The beds of the group on the day: those of the group's last change on or before it, otherwise none. */
    int beds(BedGroup group, LocalDate day) {
        int beds = 0;
        for (Change change : changes) {
            if (change.effectiveFrom().isAfter(day)) {
                break;
            }
            if (change.group() == group) {
                beds = change.beds();
            }
        }
        return beds;
    }

    /** The beds of each group on the day, every group present (zero where it has none). */
    Map<BedGroup, Integer> on(LocalDate day) {
        Map<BedGroup, Integer> beds = new EnumMap<>(BedGroup.class);
        for (BedGroup group : BedGroup.values()) {
            beds.put(group, beds(group, day));
        }
        return beds;
    }

    int total(LocalDate day) {
        return on(day).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The capacity with one more change. */
    Capacity with(Change change) {
        List<Change> all = new ArrayList<>(changes);
        all.add(change);
        return new Capacity(all);
    }
}
