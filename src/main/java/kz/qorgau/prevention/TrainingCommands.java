package kz.qorgau.prevention;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import kz.qorgau.shared.RegionCode;

/** What is recorded of a training that was held. */
public final class TrainingCommands {

    private TrainingCommands() {
    }

    /**
     * A training held: its title, organiser and partners (NGOs, international organisations), its first and last day
     * (both past), its region (none for a national or foreign one), its main audience, its participants by sex against
     * their total, its hours, its topics and its materials (a text or a link).
     */
    public record Training(String title, String organiser, String partners, LocalDate startsOn, LocalDate endsOn,
            RegionCode region, Audience audience, Long participants, Long women, Long men, Long unknownSex, Long hours,
            Set<TrainingTopic> topics, String materials) {

        public Training {
            topics = topics == null ? Set.of() : Set.copyOf(topics);
        }

        public Map<String, String> errors(LocalDate today) {
            Errors errors = new Errors().text("title", title, 300).text("organiser", organiser, 300).optional(
                    "partners", partners, 1000).past("startsOn", startsOn, today).past("endsOn", endsOn, today).when(
                            startsOn != null && endsOn != null && endsOn.isBefore(startsOn), "endsOn",
                            "training.error.end-before-start").required("audience", audience);
            Participants.errors(participants, women, men, unknownSex).forEach(errors::put);
            errors.count("hours", hours).when(hours != null && hours == 0, "hours", "training.error.hours").when(
                    hours != null && hours > 1000, "hours", "training.error.hours");
            return errors.optional("materials", materials, 2000).map();
        }

        public Participants bySex() {
            return new Participants(women, men, unknownSex);
        }
    }
}
