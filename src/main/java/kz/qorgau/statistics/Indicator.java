package kz.qorgau.statistics;

/**
 * An indicator of the catalogue. The code is stable and published (for example
 * {@code investigations.initiated.forced_labour}); a breakdown is the base code with suffixes. Its name
 * and counting rule come from the messages {@code indicator.<base>.name} and {@code .definition} (the base
 * being the code without breakdown suffixes), in ru, kk and en.
 *
 * @param code the published code
 * @param base the code without breakdown suffixes (the key of its name and definition)
 * @param breakdown the suffixes, joined by dots, or empty
 * @param unit what the number counts
 * @param chapter where it belongs in the annual report
 */
public record Indicator(String code, String base, String breakdown, Unit unit, Chapter chapter) {

    public enum Unit {
        CASES, PERSONS, MONTHS, KZT, OPERATIONS, REQUESTS, REFERRALS, SERVICES, CLAIMS, OFFENCES, CONVICTIONS, VERDICTS,
        APPEAL_DECISIONS, SCREENINGS, PER_100000, SHELTERS, BEDS, STAYS, BED_NIGHTS, BED_NIGHTS_AVAILABLE, USD,
        PERCENT, INSPECTIONS, WORKERS, NOTIFICATIONS, AGENCIES, SANCTIONS, COMPLAINTS, INTERMEDIARIES, REPORTS, CALLS,
        OFFICERS, TRAININGS, CAMPAIGNS, MEETINGS, PLAN_ITEMS, RECORDS, PAIRS;

        public String messageKey() {
            return "indicator.unit." + name();
        }

        /**
         * Whether a figure of the unit counts records of people (not a term in months, an amount, a rate, or the
         * shelters and beds of the register, the inspections, the agencies and their sanctions).
         */
        public boolean counts() {
            return switch (this) {
                case MONTHS, KZT, USD, PER_100000, PERCENT, SHELTERS, BEDS, BED_NIGHTS_AVAILABLE, INSPECTIONS, AGENCIES,
                        SANCTIONS, COMPLAINTS, INTERMEDIARIES, REPORTS, CALLS, OFFICERS, TRAININGS, CAMPAIGNS, MEETINGS,
                        PLAN_ITEMS -> false;
                default -> true;
            };
        }
    }

    public enum Chapter {
        PROSECUTION, PROTECTION, PREVENTION;

        public String messageKey() {
            return "indicator.chapter." + name();
        }
    }

    public static Indicator of(String base, Unit unit, Chapter chapter) {
        return new Indicator(base, base, "", unit, chapter);
    }

    public Indicator by(String suffix) {
        return new Indicator(code + "." + suffix, base, breakdown.isEmpty() ? suffix : breakdown + "." + suffix, unit,
                chapter);
    }
}
