package kz.qorgau.shelters;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The shelters' beds and the nights taken in them, in SQL: capacity changes (appended, never rewritten) and the
 * periods of the stays, whose dates are those of their shelter service episodes in the referrals module
 * ({@code referrals_service_episode}: started_on, ended_on), read here and nowhere written.
 */
@Component
class Beds {

    /** A stay with the dates of its episode. */
    record Dated(Stay stay, LocalDate admittedOn, LocalDate dischargedOn, long costKzt) {

        Occupancy.Period period() {
            return new Occupancy.Period(stay.bedGroup(), admittedOn, dischargedOn);
        }
    }

    private final JdbcClient jdbc;

    Beds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Capacity capacity(long shelterId) {
        return capacities(List.of(shelterId)).getOrDefault(shelterId, Capacity.none());
    }

    Map<Long, Capacity> capacities(Collection<Long> shelterIds) {
        Map<Long, List<Capacity.Change>> changes = new HashMap<>();
        jdbc.sql("select shelter_id, effective_from, bed_group, beds from shelters_capacity "
                + "where shelter_id = any(:ids) order by shelter_id, effective_from, seq")
                .param("ids", shelterIds.toArray(Long[]::new))
                .query(rs -> {
                    changes.computeIfAbsent(rs.getLong("shelter_id"), id -> new ArrayList<>()).add(
                            new Capacity.Change(rs.getDate("effective_from").toLocalDate(), BedGroup.valueOf(rs
                                    .getString("bed_group")), rs.getInt("beds")));
                });
        Map<Long, Capacity> capacities = new HashMap<>();
        changes.forEach((id, list) -> capacities.put(id, new Capacity(list)));
        return capacities;
    }

    void add(long shelterId, Capacity.Change change, String by, Instant at) {
        jdbc.sql(
                """
                        insert into shelters_capacity (shelter_id, seq, effective_from, bed_group, beds, recorded_by, recorded_at)
                        values (:shelter, (select coalesce(max(seq), 0) + 1 from shelters_capacity where shelter_id = :shelter),
                                :from, :group, :beds, :by, :at)""")
                .param("shelter", shelterId).param("from", Date.valueOf(change.effectiveFrom()))
                .param("group", change.group().name()).param("beds", change.beds()).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    /** Holds the shelter's row until the end of the transaction, so that two admissions count each other's bed. */
    void lock(long shelterId) {
        jdbc.sql("select id from shelters_shelter where id = ? for update").param(shelterId).query(Long.class)
                .single();
    }

    /** The periods of the shelter's stays that take a night between the two days (both included). */
    List<Occupancy.Period> periods(long shelterId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select s.bed_group, e.started_on, e.ended_on
                from shelters_stay s join referrals_service_episode e on e.id = s.episode_id
                where s.shelter_id = :shelter and e.started_on <= :to and (e.ended_on is null or e.ended_on > :from)""")
                .param("shelter", shelterId).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, n) -> new Occupancy.Period(BedGroup.valueOf(rs.getString(1)), rs.getDate(2)
                        .toLocalDate(), rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate()))
                .list();
    }

    /** The beds of the group taken on the night of the day, in the shelter. */
    int occupied(long shelterId, BedGroup group, LocalDate day) {
        return jdbc.sql("""
                select count(*) from shelters_stay s join referrals_service_episode e on e.id = s.episode_id
                where s.shelter_id = :shelter and s.bed_group = :group
                  and e.started_on <= :day and (e.ended_on is null or e.ended_on > :day)""")
                .param("shelter", shelterId).param("group", group.name()).param("day", Date.valueOf(day))
                .query(Integer.class).single();
    }

    /** The beds taken on the night of the day in each of the shelters (all groups), by shelter; none left out. */
    Map<Long, Integer> occupied(List<Long> shelterIds, LocalDate day) {
        Map<Long, Integer> occupied = new HashMap<>();
        if (shelterIds.isEmpty()) {
            return occupied;
        }
        jdbc.sql(
                """
                        select s.shelter_id, count(*) from shelters_stay s join referrals_service_episode e on e.id = s.episode_id
                        where s.shelter_id = any(:ids) and e.started_on <= :day and (e.ended_on is null or e.ended_on > :day)
                        group by s.shelter_id""")
                .param("ids", shelterIds.toArray(Long[]::new)).param("day", Date.valueOf(day))
                .query(rs -> {
                    occupied.put(rs.getLong(1), rs.getInt(2));
                });
        return occupied;
    }

    /** The episode's dates and cost of each stay. */
    List<Dated> dated(List<Stay> stays) {
        if (stays.isEmpty()) {
            return List.of();
        }
        record Episode(LocalDate startedOn, LocalDate endedOn, long costKzt) {
        }
        Map<Long, Episode> episodes = new HashMap<>();
        jdbc.sql("select id, started_on, ended_on, cost_kzt from referrals_service_episode where id = any(:ids)")
                .param("ids", stays.stream().map(Stay::episodeId).toArray(Long[]::new))
                .query(rs -> {
                    episodes.put(rs.getLong(1), new Episode(rs.getDate(2).toLocalDate(), rs.getDate(3) == null
                            ? null : rs.getDate(3).toLocalDate(), rs.getLong(4)));
                });
        return stays.stream().map(stay -> {
            Episode episode = episodes.get(stay.episodeId());
            return new Dated(stay, episode.startedOn(), episode.endedOn(), episode.costKzt());
        }).toList();
    }

    Dated dated(Stay stay) {
        return dated(List.of(stay)).getFirst();
    }
}
