package kz.qorgau.prevention;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.qorgau.shared.RegionCode;

/** What is recorded of an awareness campaign and of a legislation or policy milestone. */
public final class CampaignCommands {

    /** The languages a campaign may speak: those of Kazakhstan and its neighbours' migrants. */
    public static final List<String> LANGUAGES = List.of("kk", "ru", "en", "ky", "uz", "tg");

    private CampaignCommands() {
    }

    /**
     * A campaign: its title and organiser, its audiences, channels, languages and regions (none: national), its period
     * (begun; it may still run), its reach as reported with how it was measured (both or neither), and its budget in
     * tenge with its source (both or neither).
     */
    public record Campaign(String title, String organiser, Set<CampaignAudience> audiences, Set<Channel> channels,
            Set<String> languages, Set<RegionCode> regions, LocalDate startsOn, LocalDate endsOn, Long reach,
            String reachMethod, Long budgetKzt, FundingSource source) {

        public Campaign {
            audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
            channels = channels == null ? Set.of() : Set.copyOf(channels);
            languages = languages == null ? Set.of() : Set.copyOf(languages);
            regions = regions == null ? Set.of() : Set.copyOf(regions);
        }

        public Map<String, String> errors(LocalDate today) {
            Errors errors = new Errors().text("title", title, 300).text("organiser", organiser, 300).when(audiences
                    .isEmpty(), "audiences", "campaign.error.choose").when(channels.isEmpty(), "channels",
                            "campaign.error.choose").when(languages.isEmpty(), "languages", "campaign.error.choose")
                    .when(!LANGUAGES.containsAll(languages), "languages", "campaign.error.choose").past("startsOn",
                            startsOn, today).day("endsOn", endsOn).when(startsOn != null && endsOn != null && endsOn
                                    .isBefore(startsOn), "endsOn", "campaign.error.end-before-start");
            if (reach != null) {
                errors.count("reach", reach).when(Errors.strip(reachMethod) == null, "reachMethod",
                        "campaign.error.reach-method");
            } else {
                errors.when(Errors.strip(reachMethod) != null, "reach", "campaign.error.reach");
            }
            errors.optional("reachMethod", reachMethod, 300);
            if (budgetKzt != null) {
                errors.when(budgetKzt < 0, "budgetKzt", "prevention.error.negative").required("source", source);
            } else {
                errors.when(source != null, "budgetKzt", "campaign.error.budget");
            }
            return errors.map();
        }
    }

    /** A milestone: its day (come), its kind, its title in Russian (and, if given, Kazakh and English), its reference. */
    public record Milestone(LocalDate datedOn, MilestoneKind kind, String titleRu, String titleKk, String titleEn,
            String reference) {

        public Map<String, String> errors(LocalDate today) {
            return new Errors().past("datedOn", datedOn, today).required("kind", kind).text("titleRu", titleRu, 500)
                    .optional("titleKk", titleKk, 500).optional("titleEn", titleEn, 500).optional("reference",
                            reference, 300).map();
        }
    }
}
