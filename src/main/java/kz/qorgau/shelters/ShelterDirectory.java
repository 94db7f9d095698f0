package kz.qorgau.shelters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.SqlLike;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.system.FieldEncryption;
import kz.qorgau.victims.VictimDetails;

/**
 * What the shelters module shows: the register within the user's scope (never an address), a shelter's page, its
 * calendar of nights, and its stays (to its operator's staff only).
 */
@Service
@Transactional(readOnly = true)
public class ShelterDirectory {

    /** The calendar of a shelter's page: the last 90 days. */
    public static final int CALENDAR_DAYS = 90;

    private final JdbcClient jdbc;
    private final ShelterRegister register;
    private final Stays stays;
    private final Beds beds;
    private final ShelterScope scope;
    private final FieldEncryption encryption;
    private final VictimDetails victims;
    private final DisplayFormat format;

    ShelterDirectory(JdbcClient jdbc, ShelterRegister register, Stays stays, Beds beds, ShelterScope scope,
            FieldEncryption encryption, VictimDetails victims, DisplayFormat format) {
        this.jdbc = jdbc;
        this.register = register;
        this.stays = stays;
        this.beds = beds;
        this.scope = scope;
        this.encryption = encryption;
        this.victims = victims;
        this.format = format;
    }

    /** The shelters the user reaches, by name, filtered by a part of the name or reference and by region. */
    @Requires(Permission.SHELTERS)
    public PageResponse<ShelterViews.ShelterListItem> list(String text, RegionCode region, Pageable pageable) {
        QorgauUser user = QorgauUser.required();
        String where = scope.sql(user) + " and (cast(:text as text) is null or h.name ilike :text"
                + " or h.reference = upper(:exact)) and (cast(:region as text) is null or h.region = :region)";
        String pattern = text == null || text.isBlank() ? null : SqlLike.containing(text);
        String exact = text == null ? null : text.strip();
        String regionCode = region == null ? null : region.value();
        long total = jdbc.sql("select count(*) from shelters_shelter h where " + where).param("text", pattern)
                .param("exact", exact).param("region", regionCode).query(Long.class).single();
        List<Row> rows = jdbc.sql("select h.id, h.reference, h.name, h.kind, h.region, h.settlement, h.organisation_id,"
                + " h.closed_on from shelters_shelter h where " + where
                + " order by h.closed_on is not null, h.name, h.id limit :limit offset :offset")
                .param("text", pattern).param("exact", exact).param("region", regionCode)
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), ShelterKind.valueOf(rs
                        .getString(4)), new RegionCode(rs.getString(5)), Settlement.valueOf(rs.getString(6)), rs
                                .getLong(7), rs.getDate(8) != null))
                .list();
        LocalDate today = format.today();
        Map<Long, Capacity> capacities = beds.capacities(rows.stream().map(Row::id).toList());
        Map<Long, Integer> occupied = beds.occupied(rows.stream().map(Row::id).toList(), today);
        List<ShelterViews.ShelterListItem> items = rows.stream().map(row -> new ShelterViews.ShelterListItem(row.id(),
                row.reference(), row.name(), row.kind(), row.region(), row.settlement(), row.organisationId(),
                row.closed() ? 0 : capacities.getOrDefault(row.id(), Capacity.none()).total(today), occupied
                        .getOrDefault(row.id(), 0), row.closed()))
                .toList();
        return PageResponse.of(items, pageable, total);
    }

    private record Row(long id, String reference, String name, ShelterKind kind, RegionCode region,
            Settlement settlement, long organisationId, boolean closed) {
    }

    /** A shelter's page: its address only for whom may read it. */
    @Requires(Permission.SHELTERS)
    public ShelterViews.ShelterView get(long id) {
        QorgauUser user = QorgauUser.required();
        Shelter shelter = register.load(id, user);
        LocalDate today = format.today();
        Map<BedGroup, Integer> occupied = new EnumMap<>(BedGroup.class);
        Occupancy tonight = Occupancy.of(beds.periods(id, today, today), shelter.capacity(), today, today);
        tonight.nights().getFirst().occupied().forEach(occupied::put);
        String address = scope.readsAddress(user, shelter)
                ? encryption.decrypt(shelter.address(), ShelterRegister.addressContext(shelter.reference()))
                : null;
        List<ShelterViews.CapacityChangeView> changes = shelter.capacity().changes().stream()
                .sorted(Comparator.comparing(Capacity.Change::effectiveFrom).reversed())
                .map(change -> new ShelterViews.CapacityChangeView(change.effectiveFrom(), change.group(), change
                        .beds()))
                .toList();
        return new ShelterViews.ShelterView(shelter.id(), shelter.reference(), shelter.name(), shelter.kind(), shelter
                .region(), shelter.district(), shelter.settlement(), shelter.organisationId(), address, shelter
                        .services(), shelter.languages(), shelter.accessible(), shelter.openedOn(), shelter
                                .closedOn(), changes, shelter.capacity().on(today), occupied, scope.operates(user,
                                        shelter), scope.oversees(user, shelter));
    }

    /** The shelter's nights from one day to another (both included), at most a year. */
    @Requires(Permission.SHELTERS)
    public ShelterViews.CalendarView calendar(long id, LocalDate from, LocalDate to) {
        QorgauUser user = QorgauUser.required();
        Shelter shelter = register.load(id, user);
        if (to.isBefore(from) || from.plusYears(1).isBefore(to)) {
            throw new RuleViolationException("shelter.error.calendar-period");
        }
        Occupancy occupancy = Occupancy.of(beds.periods(id, from, to), shelter.capacity(), from, to);
        List<ShelterViews.NightView> nights = new ArrayList<>();
        occupancy.nights().forEach(night -> nights.add(new ShelterViews.NightView(night.date(), night.occupied(), night
                .beds(), night.overCapacity())));
        return new ShelterViews.CalendarView(from, to, nights, occupancy.bedNights(), occupancy.availableBedNights(),
                occupancy.nightsOverCapacity(), occupancy.rate());
    }

    /** The last 90 days, today included. */
    @Requires(Permission.SHELTERS)
    public ShelterViews.CalendarView recentCalendar(long id) {
        LocalDate today = format.today();
        return calendar(id, today.minusDays(CALENDAR_DAYS - 1), today);
    }

    /** Whether the user's organisation runs a shelter of the register (open or closed). */
    @Requires(Permission.SHELTERS)
    public boolean operatesAny() {
        return jdbc.sql("select exists (select 1 from shelters_shelter where organisation_id = ?)")
                .param(QorgauUser.required().organisationId()).query(Boolean.class).single();
    }

    /** How many days before its end a special social services period shows as ending. */
    public static final int HORIZON_DAYS = 30;

    /**
     * The current stays in the shelters of the user's organisation whose special social services period ends within
     * {@link #HORIZON_DAYS} days or has ended, soonest first: what the start page counts and its list shows.
     */
    @Requires(Permission.SHELTERS)
    public List<ShelterViews.DueStay> duePeriods() {
        QorgauUser user = QorgauUser.required();
        List<Stay> current = stays.findCurrentOfOrganisation(user.organisationId());
        if (current.isEmpty()) {
            return List.of();
        }
        LocalDate today = format.today();
        List<Beds.Dated> due = beds.dated(current).stream()
                .filter(d -> !d.stay().period(d.admittedOn()).endsOn().isAfter(today.plusDays(HORIZON_DAYS)))
                .toList();
        if (due.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("select id, name from shelters_shelter where organisation_id = ?").param(user.organisationId())
                .query(rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        Map<Long, String> references = victims.references(due.stream().map(d -> d.stay().victimId()).toList());
        return due.stream().map(d -> {
            ServicePeriod period = d.stay().period(d.admittedOn());
            return new ShelterViews.DueStay(d.stay().shelterId(), names.get(d.stay().shelterId()), d.stay().id(),
                    d.stay().victimId(), references.get(d.stay().victimId()), d.admittedOn(), period.endsOn(), period
                            .extended(), period.overdue(today));
        }).sorted(Comparator.comparing(ShelterViews.DueStay::endsOn)).toList();
    }

    /** Of {@link #duePeriods()}, those ending within the horizon, or (overdue) those that have ended. */
    @Requires(Permission.SHELTERS)
    public List<ShelterViews.DueStay> periodsEnding(boolean overdue) {
        return duePeriods().stream().filter(due -> due.overdue() == overdue).toList();
    }

    /** The shelter's stays, current first, for its operator's staff; nobody else learns who stays there. */
    @Requires(Permission.SHELTERS)
    public List<ShelterViews.StayView> stays(long id) {
        QorgauUser user = QorgauUser.required();
        Shelter shelter = register.load(id, user);
        if (!scope.operates(user, shelter)) {
            return List.of();
        }
        LocalDate today = format.today();
        List<Beds.Dated> dated = beds.dated(stays.findByShelterId(id));
        Map<Long, String> references = victims.references(dated.stream().map(d -> d.stay().victimId()).toList());
        return dated.stream().map(d -> {
            Stay stay = d.stay();
            ServicePeriod period = stay.period(d.admittedOn());
            return new ShelterViews.StayView(stay.id(), stay.victimId(), references.get(stay.victimId()), stay
                    .bedGroup(), stay.unaccompaniedChild(), d.admittedOn(), d.dischargedOn(), stay.dischargeReason(),
                    stay.overflowReason(), period.endsOn(), period.extended(), !stay.discharged() && period.overdue(
                            today), !stay.discharged() && !period.extended() && !today.isAfter(period
                                    .extensionDueBy()), d.costKzt());
        }).sorted(Comparator.comparing(ShelterViews.StayView::current).reversed().thenComparing(
                ShelterViews.StayView::admittedOn, Comparator.reverseOrder())).toList();
    }
}
