package kz.qorgau.shelters;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.qorgau.referrals.ServiceType;
import kz.qorgau.shared.RegionCode;

/** What the shelters module shows: never a victim's identity, the address only to whom may read it. */
public final class ShelterViews {

    private ShelterViews() {
    }

    /** A row of the register. */
    public record ShelterListItem(long id, String reference, String name, ShelterKind kind, RegionCode region,
            Settlement settlement, long organisationId, int beds, int occupied, boolean closed) {
    }

    /**
     * A shelter's page.
     *
     * @param address   the address in clear, or null for a reader who may not read it
     * @param mayOperate the reader works for the shelter's organisation: admits, discharges, changes the beds
     */
    public record ShelterView(long id, String reference, String name, ShelterKind kind, RegionCode region,
            String district, Settlement settlement, long organisationId, String address, Set<ServiceType> services,
            Set<String> languages, boolean accessible, LocalDate openedOn, LocalDate closedOn,
            List<CapacityChangeView> capacity, Map<BedGroup, Integer> beds, Map<BedGroup, Integer> occupied,
            boolean mayOperate, boolean mayOversee) {

        public boolean open() {
            return closedOn == null;
        }

        public int totalBeds() {
            return beds.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int totalOccupied() {
            return occupied.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public record CapacityChangeView(LocalDate effectiveFrom, BedGroup group, int beds) {
    }

    /** A stay as the shelter's staff see it: the victim by the record's reference only. */
    public record StayView(long id, long victimId, String victimReference, BedGroup group, boolean unaccompaniedChild,
            LocalDate admittedOn, LocalDate dischargedOn, DischargeReason dischargeReason,
            OverflowReason overflowReason, LocalDate periodEndsOn, boolean periodExtended, boolean periodOverdue,
            boolean mayExtend, long costKzt) {

        public boolean current() {
            return dischargeReason == null;
        }
    }

    /** An allocation to a shelter; {@code replaced} when a later correction took its place. */
    public record AllocationView(long id, int year, AllocationSource source, String contractNumber, long amountKzt,
            BigDecimal kztPerUsd, long amountUsd, String document, Long correctsId, boolean replaced,
            String recordedBy, Instant recordedAt) {
    }

    /** A current stay whose special social services period is ending or over. */
    public record DueStay(long shelterId, String shelterName, long stayId, long victimId, String victimReference,
            LocalDate admittedOn, LocalDate endsOn, boolean extended, boolean overdue) {
    }

    /** The nights of a period, for the calendar: the beds taken and the beds there were, by group. */
    public record CalendarView(LocalDate from, LocalDate to, List<NightView> nights, long bedNights,
            long availableBedNights, long nightsOverCapacity, Double rate) {
    }

    public record NightView(LocalDate date, Map<BedGroup, Integer> occupied, Map<BedGroup, Integer> beds,
            int overCapacity) {

        public int totalOccupied() {
            return occupied.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int totalBeds() {
            return beds.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
