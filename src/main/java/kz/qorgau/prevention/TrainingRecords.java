package kz.qorgau.prevention;

import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Requires;

/** The trainings as read: a year's list (by the year of their last day) and its totals. */
@Service
public class TrainingRecords {

    /** A training recorded. */
    public record Training(long id, String title, String organiser, String partners, LocalDate startsOn,
            LocalDate endsOn, RegionCode region, Audience audience, Participants participants, long hours,
            Set<TrainingTopic> topics, String materials) {
    }

    /** A year's trainings with their count and participants, in total and by audience; each breakdown sums. */
    public record Year(List<Training> trainings, Participants participants, Map<Audience, Participants> byAudience) {
    }

    private final JdbcClient jdbc;

    TrainingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The trainings that ended in the year (all years when null), latest first. */
    @Requires(Permission.PREVENTION)
    @Transactional(readOnly = true)
    public Year of(Integer year) {
        String where = year == null ? "" : " where t.ends_on between ? and ?";
        var statement = jdbc.sql("select t.*, array(select topic from prevention_training_topic p where"
                + " p.training_id = t.id order by topic) as topics from prevention_training t" + where
                + " order by t.ends_on desc, t.id desc");
        if (year != null) {
            statement = statement.params(Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12,
                    31)));
        }
        List<Training> trainings = statement.query((rs, n) -> {
            Set<TrainingTopic> topics = EnumSet.noneOf(TrainingTopic.class);
            for (String topic : (String[]) rs.getArray("topics").getArray()) {
                topics.add(TrainingTopic.valueOf(topic));
            }
            String region = rs.getString("region");
            return new Training(rs.getLong("id"), rs.getString("title"), rs.getString("organiser"), rs.getString(
                    "partners"), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                    region == null ? null : RegionCode.of(region), Audience.valueOf(rs.getString("audience")),
                    new Participants(rs.getLong("women"), rs.getLong("men"), rs.getLong("unknown_sex")), rs.getLong(
                            "hours"), topics, rs.getString("materials"));
        }).list();
        Participants total = Participants.NONE;
        Map<Audience, Participants> byAudience = new EnumMap<>(Audience.class);
        for (Training training : trainings) {
            total = total.plus(training.participants());
            byAudience.merge(training.audience(), training.participants(), Participants::plus);
        }
        return new Year(trainings, total, byAudience);
    }
}
