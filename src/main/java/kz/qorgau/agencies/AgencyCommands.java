package kz.qorgau.agencies;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import kz.qorgau.shared.Bin;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.InvalidValueException;
import kz.qorgau.shared.RegionCode;

/** What the licensing authority records about an agency. */
public final class AgencyCommands {

    static final int NAME_LENGTH = 300;
    static final int ADDRESS_LENGTH = 500;
    static final int NUMBER_LENGTH = 50;

    private AgencyCommands() {
    }

    /**
     * An agency entered in the register: its BIN as typed, its names (Russian required; Kazakh and English where it
     * has them), its legal address and region, its licence or notification (number, issued, expiry; none for a
     * notification), the kinds of placement and the countries served.
     */
    public record Registration(String bin, String nameRu, String nameKk, String nameEn, String legalAddress,
            RegionCode region, String licenceNumber, LocalDate issuedOn, LocalDate expiresOn,
            Set<Placement> placements, Set<CountryCode> countries) {

        /** Every field's first error (field → message key), in the form's order; empty when none. */
        public Map<String, String> errors(LocalDate today) {
            Map<String, String> errors = new LinkedHashMap<>();
            if (bin == null || bin.isBlank()) {
                errors.put("bin", "agency.error.required");
            } else {
                try {
                    Bin.of(bin);
                } catch (InvalidValueException e) {
                    errors.put("bin", e.messageKey());
                }
            }
            text(errors, "nameRu", nameRu, NAME_LENGTH, true);
            text(errors, "nameKk", nameKk, NAME_LENGTH, false);
            text(errors, "nameEn", nameEn, NAME_LENGTH, false);
            text(errors, "legalAddress", legalAddress, ADDRESS_LENGTH, true);
            if (region == null) {
                errors.put("region", "agency.error.required");
            }
            text(errors, "licenceNumber", licenceNumber, NUMBER_LENGTH, true);
            if (issuedOn == null) {
                errors.put("issuedOn", "agency.error.required");
            } else if (issuedOn.isAfter(today)) {
                errors.put("issuedOn", "agency.error.future-date");
            } else if (expiresOn != null && !expiresOn.isAfter(issuedOn)) {
                errors.put("expiresOn", "agency.error.expiry-before-issue");
            }
            if (placements == null || placements.isEmpty()) {
                errors.put("placements", "agency.error.placements");
            }
            return errors;
        }

        static void text(Map<String, String> errors, String field, String value, int length,
                boolean required) {
            if (value == null || value.isBlank()) {
                if (required) {
                    errors.put(field, "agency.error.required");
                }
            } else if (value.strip().length() > length) {
                errors.put(field, "agency.error.too-long");
            }
        }
    }

    /** A decision on an agency's licence. */
    public record LicenceDecision(DecisionKind kind, LocalDate decidedOn, LocalDate expiresOn, String body,
            String document) {
    }

    /**
     * A sanction of a violation: its kind, day, deciding body and document, the fine in tenge (a fine only) and what
     * was found.
     */
    public record SanctionDecision(SanctionKind kind, LocalDate decidedOn, String body, String document, Long fineKzt,
            String violation) {

        /** Every field's first error (field → message key), in the form's order; empty when none. */
        public Map<String, String> errors(LocalDate today) {
            Map<String, String> errors = new LinkedHashMap<>();
            if (kind == null) {
                errors.put("kind", "agency.error.required");
            }
            if (decidedOn == null) {
                errors.put("decidedOn", "agency.error.required");
            } else if (decidedOn.isAfter(today)) {
                errors.put("decidedOn", "agency.error.future-date");
            }
            Registration.text(errors, "body", body, Licence.TEXT_LENGTH, true);
            Registration.text(errors, "document", document, Licence.TEXT_LENGTH, true);
            if (kind == SanctionKind.FINE && (fineKzt == null || fineKzt <= 0)) {
                errors.put("fineKzt", "agency.error.fine-amount");
            } else if (kind != null && kind != SanctionKind.FINE && fineKzt != null) {
                errors.put("fineKzt", "agency.error.fine-only");
            }
            Registration.text(errors, "violation", violation, Licence.TEXT_LENGTH, true);
            return errors;
        }
    }

    /** A complaint received: when, from whom, what was alleged, and what was told (optional). */
    public record ComplaintReceipt(LocalDate receivedOn, ComplaintSource source, Set<Allegation> allegations,
            String account) {

        /** Every field's first error (field → message key), in the form's order; empty when none. */
        public Map<String, String> errors(LocalDate today) {
            Map<String, String> errors = new LinkedHashMap<>();
            if (receivedOn == null) {
                errors.put("receivedOn", "agency.error.required");
            } else if (receivedOn.isAfter(today)) {
                errors.put("receivedOn", "agency.error.future-date");
            }
            if (source == null) {
                errors.put("source", "agency.error.required");
            }
            if (allegations == null || allegations.isEmpty()) {
                errors.put("allegations", "agency.error.allegations");
            }
            Registration.text(errors, "account", account, Complaint.ACCOUNT_LENGTH, false);
            return errors;
        }
    }

    /** The licensing authority's outcome of a complaint: on which day, and the sanction it led to where one did. */
    public record ComplaintDecision(ComplaintOutcome outcome, LocalDate on, Long sanctionId) {
    }

    /**
     * A report of an informal intermediary: a person or a company (its BIN where known), its name as reported, the
     * day, the source (a complaint of the register by its id; an inspection, a case or a call by its reference), what
     * it was doing and the region where it was met, where known.
     */
    public record IntermediaryReport(IntermediaryKind kind, String bin, String name, LocalDate reportedOn,
            ReportSource source, Long complaintId, String sourceReference, Set<IntermediaryActivity> activities,
            RegionCode region) {

        /** Every field's first error (field → message key), in the form's order; empty when none. */
        public Map<String, String> errors(LocalDate today) {
            Map<String, String> errors = new LinkedHashMap<>();
            if (kind == null) {
                errors.put("kind", "agency.error.required");
            }
            if (bin != null && !bin.isBlank()) {
                if (kind == IntermediaryKind.PERSON) {
                    errors.put("bin", "intermediary.error.bin-of-person");
                } else {
                    try {
                        Bin.of(bin);
                    } catch (InvalidValueException e) {
                        errors.put("bin", e.messageKey());
                    }
                }
            }
            Registration.text(errors, "name", name, NAME_LENGTH, true);
            if (!errors.containsKey("name") && IntermediaryName.normalised(name).isEmpty()) {
                errors.put("name", "intermediary.error.name");
            }
            if (reportedOn == null) {
                errors.put("reportedOn", "agency.error.required");
            } else if (reportedOn.isAfter(today)) {
                errors.put("reportedOn", "agency.error.future-date");
            }
            if (source == null) {
                errors.put("source", "agency.error.required");
            } else if (source == ReportSource.COMPLAINT ? complaintId == null
                    : sourceReference == null || sourceReference.isBlank()) {
                errors.put("sourceReference", "intermediary.error.source-reference");
            }
            if (activities == null || activities.isEmpty()) {
                errors.put("activities", "intermediary.error.activities");
            }
            return errors;
        }
    }
}
