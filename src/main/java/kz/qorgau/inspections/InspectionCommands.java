package kz.qorgau.inspections;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import kz.qorgau.shared.Bin;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.InvalidValueException;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.victims.IloIndicator;
import kz.qorgau.victims.IsicSection;

/** What an inspector or a police officer asks the inspections module to do. */
public final class InspectionCommands {

    /** The longest text of a name, the inspectors, a district or settlement. */
    static final int TEXT_LENGTH = 300;
    static final int REASON_LENGTH = 1000;
    /** The citizenship of foreign workers whose country was not established. */
    static final String NOT_ESTABLISHED = "XX";

    /** The foreign workers of one citizenship (ISO 3166-1 alpha-2; XX: not established). */
    public record ForeignWorkers(String citizenship, Integer workers) {
    }

    /** A link of the contracting chain: its role, its name or BIN where known, an informal intermediary. */
    public record ContractorLine(ContractorRole role, String name, String bin, boolean informal) {
    }

    /**
     * An inspection as the inspector records it. {@code clientId}: the id the inspector's device gave the form, so
     * that the same form sent twice is one inspection (null: none).
     */
    public record Recording(UUID clientId, String inspectors, LocalDate startedOn, LocalDate endedOn,
            String employerBin, String employerName, InspectionSite site, IsicSection isicSection, RegionCode region,
            String district, String settlement, boolean remote, boolean announced, InspectionTrigger trigger,
            boolean moratorium, String moratoriumExemption, Set<Participant> participants, Integer workers,
            Integer workersWomen, Integer workersMen, Integer workersChildren, Integer workersForeign,
            List<ForeignWorkers> foreignWorkers, List<ContractorLine> contractors, Set<LabourViolation> violations,
            Set<IloIndicator> indicators) {

        public Recording {
            participants = participants == null ? Set.of() : Set.copyOf(participants);
            foreignWorkers = foreignWorkers == null ? List.of() : List.copyOf(foreignWorkers);
            contractors = contractors == null ? List.of() : List.copyOf(contractors);
            violations = violations == null ? Set.of() : Set.copyOf(violations);
            indicators = indicators == null ? Set.of() : Set.copyOf(indicators);
        }

        /**
         * Every field that is wrong, with its message key, in the order of the form: the required ones, dates not in
         * the future and in order, a BIN with its check digit, never more workers of a kind than workers checked, the
         * citizenships adding up to no more than the foreign workers, an exemption only under a moratorium.
         */
        public Map<String, String> errors(LocalDate today) {
            Map<String, String> errors = new LinkedHashMap<>();
            text(errors, "inspectors", inspectors, true);
            if (startedOn == null) {
                errors.put("startedOn", "inspection.error.started-required");
            } else if (startedOn.isAfter(today)) {
                errors.put("startedOn", "inspection.error.future-date");
            }
            if (endedOn == null) {
                errors.put("endedOn", "inspection.error.ended-required");
            } else if (endedOn.isAfter(today)) {
                errors.put("endedOn", "inspection.error.future-date");
            } else if (startedOn != null && endedOn.isBefore(startedOn)) {
                errors.put("endedOn", "inspection.error.ended-before-started");
            }
            bin(errors, "employerBin", employerBin);
            text(errors, "employerName", employerName, true);
            if (site == null) {
                errors.put("site", "inspection.error.site-required");
            }
            if (region == null) {
                errors.put("region", "inspection.error.region-required");
            }
            text(errors, "district", district, false);
            text(errors, "settlement", settlement, false);
            if (trigger == null) {
                errors.put("trigger", "inspection.error.trigger-required");
            }
            if (moratorium && blank(moratoriumExemption)) {
                errors.put("moratoriumExemption", "inspection.error.exemption-required");
            } else if (!moratorium && !blank(moratoriumExemption)) {
                errors.put("moratoriumExemption", "inspection.error.exemption-without-moratorium");
            } else {
                text(errors, "moratoriumExemption", moratoriumExemption, false);
            }
            workers(errors);
            for (int i = 0; i < contractors.size(); i++) {
                ContractorLine line = contractors.get(i);
                String field = "contractors[" + i + "]";
                if (line.role() == null) {
                    errors.put(field + ".role", "inspection.error.contractor-role");
                }
                bin(errors, field + ".bin", line.bin());
                text(errors, field + ".name", line.name(), false);
                if (blank(line.name()) && blank(line.bin()) && !line.informal()) {
                    errors.put(field + ".name", "inspection.error.contractor-unnamed");
                }
            }
            return errors;
        }

        private void workers(Map<String, String> errors) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("workers", workers);
            counts.put("workersWomen", workersWomen);
            counts.put("workersMen", workersMen);
            counts.put("workersChildren", workersChildren);
            counts.put("workersForeign", workersForeign);
            counts.forEach((field, count) -> {
                if (count == null) {
                    errors.put(field, "inspection.error.count-required");
                } else if (count < 0) {
                    errors.put(field, "inspection.error.count-negative");
                }
            });
            if (errors.keySet().stream().anyMatch(counts::containsKey)) {
                return;
            }
            if (workersWomen + workersMen > workers) {
                errors.put("workersMen", "inspection.error.workers-by-sex");
            }
            if (workersChildren > workers) {
                errors.put("workersChildren", "inspection.error.more-than-workers");
            }
            if (workersForeign > workers) {
                errors.put("workersForeign", "inspection.error.more-than-workers");
            }
            int byCitizenship = 0;
            for (ForeignWorkers line : foreignWorkers) {
                String code = line.citizenship() == null ? null : line.citizenship().strip().toUpperCase(Locale.ROOT);
                if (code == null || !NOT_ESTABLISHED.equals(code) && (!CountryCode.isValid(code) || "KZ".equals(
                        code))) {
                    errors.put("foreignWorkers", "inspection.error.citizenship");
                } else if (line.workers() == null || line.workers() <= 0) {
                    errors.put("foreignWorkers", "inspection.error.citizenship-count");
                } else {
                    byCitizenship += line.workers();
                }
            }
            if (!errors.containsKey("foreignWorkers") && byCitizenship > workersForeign) {
                errors.put("foreignWorkers", "inspection.error.citizenships-exceed");
            }
            if (!errors.containsKey("foreignWorkers") && foreignWorkers.stream().map(line -> line.citizenship()
                    .strip().toUpperCase(Locale.ROOT)).distinct().count() < foreignWorkers.size()) {
                errors.put("foreignWorkers", "inspection.error.citizenship-twice");
            }
        }

        private static void bin(Map<String, String> errors, String field, String typed) {
            if (blank(typed)) {
                return;
            }
            try {
                Bin.of(typed);
            } catch (InvalidValueException e) {
                errors.put(field, e.messageKey());
            }
        }

        private static void text(Map<String, String> errors, String field, String value, boolean required) {
            if (blank(value)) {
                if (required) {
                    errors.put(field, "inspection.error.required");
                }
            } else if (value.strip().length() > TEXT_LENGTH) {
                errors.put(field, "inspection.error.too-long");
            }
        }
    }

    /** The police unit an inspector notifies of the indicators found. */
    public record Notification(Long policeUnitId) {
    }

    /** The police's answer: registered in ERDR under the number typed. */
    public record Registration(String erdrNumber) {
    }

    /** The police's answer: refused, with the reason. */
    public record Refusal(String reason) {
    }

    /** Which inspections to list: text (a reference, BIN or employer's name), a year, a region, indicators only. */
    public record Search(String text, Integer year, RegionCode region, boolean indicatorsOnly) {

        public static Search any() {
            return new Search(null, null, null, false);
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private InspectionCommands() {
    }
}
