package kz.qorgau.prevention;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.qorgau.shared.RegionCode;

/** What ministry staff enter into the yearly figures. */
public final class FigureCommands {

    /** The sexes of a population value. */
    public static final List<String> SEXES = List.of("FEMALE", "MALE");
    /** The age groups of a population value: children (under 18) and adults. */
    public static final List<String> AGES = List.of("CHILD", "ADULT");
    static final int TEXT_LENGTH = 300;

    private FigureCommands() {
    }

    /**
     * A value of a year (and, for the population, of a region, a sex and an age group), with the document it is taken
     * from; a correction of an approved value gives its reason.
     */
    public record Entry(DataElement element, Integer year, RegionCode region, String sex, String age, Long value,
            String document, String reason) {

        /** Every field's first error (field → message key), in the form's order; empty when none. */
        public Map<String, String> errors(LocalDate today) {
            Map<String, String> errors = new LinkedHashMap<>();
            if (element == null) {
                errors.put("element", "figure.error.required");
            }
            if (year == null) {
                errors.put("year", "figure.error.required");
            } else if (year > today.getYear()) {
                errors.put("year", "figure.error.future-year");
            } else if (year < 1991) {
                errors.put("year", "figure.error.year");
            }
            if (element != null && element.byRegionSexAge()) {
                if (region == null) {
                    errors.put("region", "figure.error.required");
                }
                if (sex == null || !SEXES.contains(sex)) {
                    errors.put("sex", "figure.error.required");
                }
                if (age == null || !AGES.contains(age)) {
                    errors.put("age", "figure.error.required");
                }
            } else if (region != null || sex != null || age != null) {
                errors.put("region", "figure.error.national");
            }
            if (value == null) {
                errors.put("value", "figure.error.required");
            } else if (value < 0) {
                errors.put("value", "figure.error.negative");
            }
            if (document == null || document.isBlank()) {
                errors.put("document", "figure.error.required");
            } else if (document.strip().length() > TEXT_LENGTH) {
                errors.put("document", "figure.error.too-long");
            }
            if (reason != null && reason.strip().length() > TEXT_LENGTH) {
                errors.put("reason", "figure.error.too-long");
            }
            return errors;
        }
    }
}
