package kz.qorgau.statistics;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.qorgau.shared.AgeGroup;
import kz.qorgau.shared.InvalidValueException;
import kz.qorgau.shared.PlausibleYear;

/**
 * The CTDC / HTCDS victim-level export: one row per victim identified in a range of years (the status first
 * presumed or confirmed, as {@code victims.identified}, DESIGN.md §4), with the 27 variables of
 * {@link CtdcVariable}, made k-anonymous over the quasi-identifiers by {@link KAnonymity}. The rows carry no
 * name, no identifier and no record id, and are sorted by their values; the view they come from
 * ({@code statistics_ctdc_victim}) selects none.
 *
 * <p>Generalisation hierarchies of the quasi-identifiers (level 0 as recorded):
 * <ul>
 * <li>yearOfRegistration: kept (the export is by year);</li>
 * <li>gender: 1 unknown;</li>
 * <li>ageBroad: 1 minor or adult ({@code 0--17}, {@code 18+}), 2 unknown;</li>
 * <li>citizenship and CountryOfExploitation: 1 Kazakhstan or any other country ({@code KAZ}, {@code OTHER}),
 * 2 unknown.</li>
 * </ul>
 * Callers check the permission ({@link StatisticsExports}).
 */
@Component
class Ctdc {

    static final String HOME = "KAZ";
    static final String OTHER_COUNTRY = "OTHER";
    static final String MINOR = "0--17";
    static final String ADULT = "18+";

    /** CTDC's age bands: upper bound (inclusive) and label; 48 and over is {@code 48+}. */
    private static final int[] BAND_UPPER = { 8, 17, 20, 23, 26, 29, 38, 47 };
    private static final String[] BAND = { "0--8", "9--17", "18--20", "21--23", "24--26", "27--29", "30--38",
            "39--47", "48+" };
    private static final Set<String> MINOR_BANDS = Set.of("0--8", "9--17");

    /** The hierarchies, in the order of {@link CtdcVariable#QUASI_IDENTIFIERS}. */
    static final List<KAnonymity.Hierarchy> HIERARCHIES = List.of(
            hierarchy(0, (value, level) -> value, "as recorded"),
            hierarchy(1, (value, level) -> level == 0 ? value : null, "as recorded", "unknown"),
            hierarchy(2, (value, level) -> value == null || level == 0 ? value
                    : level == 1 ? (MINOR_BANDS.contains(value) ? MINOR : ADULT) : null,
                    "CTDC age bands", "minor (0--17) or adult (18+)", "unknown"),
            country(), country());

    /** A range of years, first to last inclusive. */
    record Years(int first, int last) {

        Years {
            if (first < PlausibleYear.FIRST || last > 2200 || first > last || last - first >= 50) {
                throw new InvalidValueException("statistics.error.years");
            }
        }

        LocalDate from() {
            return LocalDate.of(first, 1, 1);
        }

        LocalDate to() {
            return LocalDate.of(last + 1, 1, 1);
        }
    }

    /**
     * What the export did, released beside the rows.
     *
     * @param suppressionLimitExceeded whether more records were suppressed than {@code maxSuppressedPercent} allows
     *        (no generalisation of the hierarchies kept within it)
     * @param nothingReleased whether records were considered and none released (all suppressed)
     * @param notice what a reader must know about the release in words (English, as the codebook), or empty
     */
    public record Metadata(String standard, int k, String kAnonymityOver, List<String> quasiIdentifiers,
            Map<String, String> generalisation, int maxSuppressedPercent, int recordsConsidered, int recordsReleased,
            int recordsSuppressed, int firstYear, int lastYear, String generatedAt, boolean suppressionLimitExceeded,
            boolean nothingReleased, String notice) {
    }

    /** The export: its metadata, the variables (column names) and the rows (year and flags as numbers). */
    public record Export(Metadata metadata, List<String> variables, List<List<Object>> rows) {
    }

    private final JdbcClient jdbc;
    private final KAnonymity.Policy policy;
    private final Clock clock;

    Ctdc(JdbcClient jdbc, CtdcSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.policy = new KAnonymity.Policy(settings.k(), settings.maxSuppressedPercent());
        this.clock = clock;
    }

    KAnonymity.Policy policy() {
        return policy;
    }

    /** The k-anonymous export of the victims identified in the years. */
    Export export(Years years) {
        KAnonymity.Result result = anonymiser(policy).anonymise(records(years));
        Map<String, String> generalisation = new LinkedHashMap<>();
        for (int i = 0; i < HIERARCHIES.size(); i++) {
            generalisation.put(CtdcVariable.QUASI_IDENTIFIERS.get(i).ctdcName(),
                    result.levels().get(i) + ": " + HIERARCHIES.get(i).describe(result.levels().get(i)));
        }
        Metadata metadata = new Metadata("CTDC global synthetic data codebook (2024) / HTCDS 2.0", policy.k(),
                "quasi-identifiers", CtdcVariable.QUASI_IDENTIFIERS.stream().map(CtdcVariable::ctdcName).toList(),
                generalisation, policy.maxSuppressedPercent(), result.considered(), result.releasedCount(),
                result.suppressed(), years.first(), years.last(), clock.instant().toString(),
                result.suppressionLimitExceeded(policy), nothingReleased(result), notice(result, policy));
        return new Export(metadata, CtdcVariable.NAMES, result.released().stream().map(Ctdc::typed).toList());
    }

    private static boolean nothingReleased(KAnonymity.Result result) {
        return result.considered() > 0 && result.releasedCount() == 0;
    }

    /** The notice of an export that released less than the policy aims at, or empty. */
    static String notice(KAnonymity.Result result, KAnonymity.Policy policy) {
        List<String> sentences = new ArrayList<>();
        if (result.suppressionLimitExceeded(policy)) {
            sentences.add("The suppression limit was exceeded: " + result.suppressed() + " of " + result.considered()
                    + " records were suppressed, more than the " + policy.maxSuppressedPercent()
                    + " % allowed (at most "
                    + KAnonymity.allowed(result.considered(), policy) + "), since no generalisation of the "
                    + "quasi-identifiers gives combinations of at least k = " + policy.k() + " records otherwise.");
        }
        if (nothingReleased(result)) {
            sentences.add("Nothing was released: every one of the " + result.considered()
                    + " records is in a combination of fewer than k = " + policy.k() + " records.");
        }
        return String.join(" ", sentences);
    }

    /** The anonymiser of the export's rows (the quasi-identifiers' columns and hierarchies). */
    static KAnonymity anonymiser(KAnonymity.Policy policy) {
        return new KAnonymity(CtdcVariable.QUASI_IDENTIFIERS.stream().map(Enum::ordinal).toList(), HIERARCHIES,
                policy);
    }

    /** Every victim identified in the years as a row of the 27 variables (null: unknown), not yet anonymised. */
    List<List<String>> records(Years years) {
        return jdbc.sql("""
                select extract(year from identified_on)::int, sex, age_band, citizenship,
                       exploitation_country, sexual_exploitation, forced_labour, other_forms, unspecified,
                       forced_labour_sector, recruiter_relationship, control_methods
                from statistics_ctdc_victim
                where identified_on >= :from and identified_on < :to and first_of_person_in_year""")
                .param("from", years.from()).param("to", years.to())
                .query((rs, n) -> row(rs)).list();
    }

    private static List<String> row(ResultSet rs) throws SQLException {
        // the age band as the statistics count it (the record's age, else the person's birth year where it decides
        // the band); the band's lowest age stands for it, which ageBand maps back to the same band
        AgeGroup band = AgeGroup.valueOf(rs.getString(3));
        Integer age = band == AgeGroup.UNKNOWN ? null : band.from();
        boolean unspecified = rs.getBoolean(9);
        Array methods = rs.getArray(12);
        Set<String> controls = Set.of((String[]) methods.getArray());
        return row(rs.getInt(1), rs.getString(2), age, rs.getString(4), rs.getString(5),
                unspecified ? null : rs.getBoolean(7), unspecified ? null : rs.getBoolean(6),
                unspecified ? null : rs.getBoolean(8), rs.getString(10), rs.getString(11), controls);
    }

    /**
     * A victim as the 27 variables (see {@link CtdcVariable} for the sources). A null form flag, sector or
     * relationship, or no method of control, is unknown: its variables are empty.
     */
    static List<String> row(int year, String sex, Integer age, String citizenship, String exploitationCountry,
            Boolean forcedLabour, Boolean sexualExploitation, Boolean otherForms, String sector,
            String recruiterRelationship, Set<String> controlMethods) {
        List<String> row = new ArrayList<>(CtdcVariable.values().length);
        for (CtdcVariable variable : CtdcVariable.values()) {
            row.add(switch (variable) {
                case YEAR_OF_REGISTRATION -> Integer.toString(year);
                case GENDER -> gender(sex);
                case AGE_BROAD -> ageBand(age);
                case CITIZENSHIP -> alpha3(citizenship);
                case COUNTRY_OF_EXPLOITATION -> alpha3(exploitationCountry);
                case IS_FORCED_LABOUR -> flag(forcedLabour);
                case IS_SEXUAL_EXPLOIT -> flag(sexualExploitation);
                case IS_OTHER_EXPLOIT -> flag(otherForms);
                default -> switch (variable.kind()) {
                    case MEANS -> controlMethods.isEmpty() ? null
                            : flag(controlMethods.stream().anyMatch(variable.codes()::contains));
                    case SECTOR -> sector == null ? null : flag(variable.codes().contains(sector.strip()));
                    case RECRUITER -> recruiterRelationship == null ? null
                            : flag(variable.codes().contains(recruiterRelationship));
                    default -> throw new IllegalStateException("unmapped " + variable);
                };
            });
        }
        return row;
    }

    /** CTDC's gender: Female, Male, Other; unknown as null. */
    static String gender(String sex) {
        return sex == null ? null : switch (sex) {
            case "FEMALE" -> "Female";
            case "MALE" -> "Male";
            case "OTHER" -> "Other";
            default -> null;
        };
    }

    /** CTDC's broad age band of an age in years: 0--8, 9--17, 18--20, ..., 39--47, 48+; null unknown. */
    static String ageBand(Integer age) {
        if (age == null || age < 0) {
            return null;
        }
        for (int i = 0; i < BAND_UPPER.length; i++) {
            if (age <= BAND_UPPER[i]) {
                return BAND[i];
            }
        }
        return BAND[BAND.length - 1];
    }

    /** Every band, youngest first. */
    static List<String> ageBands() {
        return List.of(BAND);
    }

    /** The ISO 3166-1 alpha-3 code of an alpha-2 code ({@code KZ} → {@code KAZ}); null when unknown. */
    static String alpha3(String alpha2) {
        if (alpha2 == null || alpha2.isBlank()) {
            return null;
        }
        try {
            String code = Locale.of("", alpha2.strip().toUpperCase(Locale.ROOT)).getISO3Country();
            return code.length() == 3 ? code : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static String flag(Boolean value) {
        return value == null ? null : value ? "1" : "0";
    }

    /** The released row with the year and the flags as numbers (CSV and XLSX write them as numbers). */
    private static List<Object> typed(List<String> row) {
        List<Object> typed = new ArrayList<>(row.size());
        for (CtdcVariable variable : CtdcVariable.values()) {
            String value = row.get(variable.ordinal());
            boolean number = variable.kind() == CtdcVariable.Kind.YEAR || variable.kind().flag();
            typed.add(value == null ? null : number ? (Object) Integer.valueOf(value) : value);
        }
        return typed;
    }

    private interface Generalisation {
        String apply(String value, int level);
    }

    private static KAnonymity.Hierarchy hierarchy(int maxLevel, Generalisation generalisation, String... levels) {
        return new KAnonymity.Hierarchy() {
            @Override
            public int maxLevel() {
                return maxLevel;
            }

            @Override
            public String generalise(String value, int level) {
                if (level < 0 || level > maxLevel) {
                    throw new IllegalArgumentException("level " + level);
                }
                return generalisation.apply(value, level);
            }

            @Override
            public String describe(int level) {
                return levels[level];
            }

            @Override
            public String toString() {
                return Arrays.toString(levels);
            }
        };
    }

    private static KAnonymity.Hierarchy country() {
        return hierarchy(2, (value, level) -> value == null || level == 0 ? value
                : level == 1 ? (HOME.equals(value) ? HOME : OTHER_COUNTRY) : null,
                "ISO 3166-1 alpha-3", "KAZ or OTHER", "unknown");
    }
}
