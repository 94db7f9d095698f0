package kz.qorgau.shelters;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.Region;
import kz.qorgau.organisations.Regions;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.Today;
import kz.qorgau.shelters.FundingModel.ShelterFigures;

/**
 * The funding model report of a year ({@link FundingModel}) for the overseers of the shelters: read in one snapshot
 * from the register, the stays, the allocations in force and the statistics' caseload of the regions. A year is
 * counted from its first day to its last, or to today while it runs (a year ahead: its allocations only). The model is national (the money is shared
 * among all shelters); an overseer of some regions sees the lines of their shelters and every region's sums.
 */
@Service
public class FundingReports {

    private final JdbcClient jdbc;
    private final Beds beds;
    private final Regions regions;
    private final ObjectProvider<RegionalCaseload> caseload;
    private final Today today;

    FundingReports(JdbcClient jdbc, Beds beds, Regions regions, ObjectProvider<RegionalCaseload> caseload,
            Today today) {
        this.jdbc = jdbc;
        this.beds = beds;
        this.regions = regions;
        this.caseload = caseload;
        this.today = today;
    }

    @Requires(Permission.SHELTERS_OVERSEE)
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public FundingModel report(int year) {
        LocalDate now = today.date();
        LocalDate from = LocalDate.of(year, 1, 1);
        // a year ahead has its allocations and nothing served yet: counted to the day before it begins
        LocalDate day = year < now.getYear() ? LocalDate.of(year, 12, 31) : year == now.getYear() ? now : from
                .minusDays(1);
        List<ShelterFigures> figures = figures(year, from, day);
        List<RegionCode> listed = regions.validOn(day, Locale.ROOT).stream().map(Region::code).sorted()
                .toList();
        FundingModel model = FundingModel.of(year, day, figures, caseload.getObject().of(year), listed);
        QorgauUser user = QorgauUser.required();
        return user.nationalScope() ? model : model.withShelters(line -> user.covers(line.figures().region()));
    }

    private record Open(long id, String reference, String name, ShelterKind kind, RegionCode region,
            Settlement settlement, LocalDate openedOn, LocalDate closedOn) {
    }

    private record Present(long shelterId, long victimId, Occupancy.Period period) {
    }

    /** Each shelter open on a day of the year up to the counted day, or given money for the year. */
    private List<ShelterFigures> figures(int year, LocalDate from, LocalDate day) {
        List<Open> open = jdbc.sql("""
                select h.id, h.reference, h.name, h.kind, h.region, h.settlement, h.opened_on, h.closed_on
                from shelters_shelter h
                where (h.opened_on <= :day and (h.closed_on is null or h.closed_on > :from))
                   or exists (select 1 from shelters_allocation a where a.shelter_id = h.id and a.year = :year)""")
                .param("day", Date.valueOf(day)).param("from", Date.valueOf(from)).param("year", year)
                .query((rs, n) -> new Open(rs.getLong(1), rs.getString(2), rs.getString(3), ShelterKind.valueOf(rs
                        .getString(4)), new RegionCode(rs.getString(5)), Settlement.valueOf(rs.getString(6)), rs
                                .getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class)))
                .list();
        if (open.isEmpty()) {
            return List.of();
        }
        Long[] ids = open.stream().map(Open::id).toArray(Long[]::new);
        Map<Long, Capacity> capacities = beds.capacities(List.of(ids));
        // the stays present on a day of the year up to the counted day, as the statistics count victims sheltered
        Map<Long, List<Present>> present = new HashMap<>();
        // (none in a year ahead, counted to the day before it begins)
        jdbc.sql("""
                select s.shelter_id, s.victim_id, s.bed_group, e.started_on, e.ended_on
                from shelters_stay s join referrals_service_episode e on e.id = s.episode_id
                where s.shelter_id = any(:ids) and :from <= :day and e.started_on <= :day
                  and (e.ended_on is null or e.ended_on >= :from)""")
                .param("ids", ids).param("day", Date.valueOf(day)).param("from", Date.valueOf(from))
                .query(rs -> {
                    present.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new Present(rs.getLong(1), rs
                            .getLong(2), new Occupancy.Period(BedGroup.valueOf(rs.getString(3)), rs.getObject(4,
                                    LocalDate.class), rs.getObject(5, LocalDate.class))));
                });
        // the allocations in force (a corrected one replaced by its correction), state money apart
        Map<Long, long[]> money = new HashMap<>();
        jdbc.sql("""
                select a.shelter_id, a.source in ('REPUBLICAN_BUDGET', 'LOCAL_BUDGET', 'STATE_SOCIAL_ORDER'),
                       sum(a.amount_kzt)
                from shelters_allocation a
                where a.year = :year and not exists (select 1 from shelters_allocation c where c.corrects_id = a.id)
                group by 1, 2""")
                .param("year", year)
                .query(rs -> {
                    money.computeIfAbsent(rs.getLong(1), id -> new long[2])[rs.getBoolean(2) ? 0 : 1] += rs.getLong(3);
                });
        List<ShelterFigures> figures = new ArrayList<>();
        for (Open shelter : open) {
            List<Present> stays = present.getOrDefault(shelter.id(), List.of());
            Set<Long> victims = new HashSet<>();
            stays.forEach(stay -> victims.add(stay.victimId()));
            Capacity capacity = capacities.getOrDefault(shelter.id(), Capacity.none());
            // the nights of the year the shelter was open, up to the counted day
            LocalDate first = shelter.openedOn().isAfter(from) ? shelter.openedOn() : from;
            LocalDate last = shelter.closedOn() != null && shelter.closedOn().isBefore(day.plusDays(1))
                    ? shelter.closedOn().minusDays(1) : day;
            long bedNights = 0;
            long available = 0;
            if (!last.isBefore(first)) {
                Occupancy occupancy = Occupancy.of(stays.stream().map(Present::period).toList(), capacity, first,
                        last);
                bedNights = occupancy.bedNights();
                available = occupancy.availableBedNights();
            }
            boolean openOnDay = !shelter.openedOn().isAfter(day) && (shelter.closedOn() == null || shelter.closedOn()
                    .isAfter(day));
            long[] given = money.getOrDefault(shelter.id(), new long[2]);
            figures.add(new ShelterFigures(shelter.id(), shelter.reference(), shelter.name(), shelter.kind(), shelter
                    .region(), shelter.settlement(), openOnDay ? capacity.total(day) : 0, victims.size(), bedNights,
                    available, given[0], given[1]));
        }
        return figures;
    }
}
