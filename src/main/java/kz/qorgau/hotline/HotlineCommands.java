package kz.qorgau.hotline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.RegionCode;

/** What hotline operators record. */
public final class HotlineCommands {

    /** The languages a call is taken in: the public pages' six, and any other. */
    public static final List<String> LANGUAGES = List.of("ru", "kk", "en", "ky", "uz", "tg", "other");
    static final int SUMMARY_LENGTH = 4000;
    static final int CONTACT_LENGTH = 200;
    static final int REASON_LENGTH = 300;
    static final int DOCUMENT_LENGTH = 300;
    /** The longest call, in minutes. */
    static final int LONGEST_MINUTES = 600;

    private HotlineCommands() {
    }

    /**
     * A call or message as the operator logs it: the channel, when it came (now, where not given), its language,
     * how long it lasted (minutes), who called and whether they gave their name (and a contact, only then), the region
     * and country it concerns, what kind of call it was, its topics and what was said.
     */
    public record CallEntry(Channel channel, Instant receivedAt, String language, Integer durationMinutes,
            CallerType callerType, boolean anonymous, RegionCode region, CountryCode country, CallType type,
            Set<Topic> topics, String summary, String contact) {

        /** A call counted apart (a wrong number, a silent call, spam, abuse): by phone, now, nothing else known. */
        public static CallEntry quick(CallType type) {
            return new CallEntry(Channel.PHONE, null, null, null, CallerType.UNKNOWN, true, null, null, type, Set.of(),
                    null, null);
        }

        /** Every field's first error (field → message key), in the form's order; empty when none. */
        public Map<String, String> errors(Instant now) {
            Map<String, String> errors = new LinkedHashMap<>();
            if (type == null) {
                errors.put("type", "hotline.error.required");
            }
            if (callerType == null) {
                errors.put("callerType", "hotline.error.required");
            }
            if (channel == null) {
                errors.put("channel", "hotline.error.required");
            }
            if (receivedAt != null && receivedAt.isAfter(now)) {
                errors.put("receivedAt", "hotline.error.future");
            }
            if (language != null && !LANGUAGES.contains(language)) {
                errors.put("language", "hotline.error.required");
            }
            if (durationMinutes != null && (durationMinutes < 0 || durationMinutes > LONGEST_MINUTES)) {
                errors.put("durationMinutes", "hotline.error.duration");
            }
            text(errors, "summary", summary, SUMMARY_LENGTH);
            if (contact != null && !contact.isBlank()) {
                if (anonymous) {
                    errors.put("contact", "hotline.error.contact-anonymous");
                } else {
                    text(errors, "contact", contact, CONTACT_LENGTH);
                }
            }
            return errors;
        }
    }

    /**
     * A tip sent through the public form: what happened, where (a region, a country, either unknown), a contact
     * where the sender wants an answer, and the page's language.
     */
    public record Tip(String account, RegionCode region, CountryCode country, String contact, String language) {

        /** The longest account a tip may carry. */
        public static final int ACCOUNT_LENGTH = 4000;
        /** The shortest account worth sending. */
        public static final int ACCOUNT_MINIMUM = 10;

        /** Every field's first error (field → message key of the public pages); empty when none. */
        public Map<String, String> errors() {
            Map<String, String> errors = new LinkedHashMap<>();
            if (account == null || account.strip().length() < ACCOUNT_MINIMUM) {
                errors.put("account", "public.report.error.account");
            } else if (account.strip().length() > ACCOUNT_LENGTH) {
                errors.put("account", "public.report.error.too-long");
            }
            if (contact != null && contact.strip().length() > CONTACT_LENGTH) {
                errors.put("contact", "public.report.error.too-long");
            }
            return errors;
        }
    }

    /** A hotline's funding of a year from a source, with its document; a correction gives its reason. */
    public record Funding(Integer year, FundingSource source, Long amountKzt, String document, String reason) {

        public Map<String, String> errors(LocalDate today) {
            Map<String, String> errors = new LinkedHashMap<>();
            if (year == null || year < 2000 || year > today.getYear()) {
                errors.put("year", "hotline.error.year");
            }
            if (source == null) {
                errors.put("source", "hotline.error.required");
            }
            if (amountKzt == null || amountKzt < 0) {
                errors.put("amountKzt", "hotline.error.amount");
            }
            if (document == null || document.isBlank()) {
                errors.put("document", "hotline.error.required");
            } else {
                text(errors, "document", document, DOCUMENT_LENGTH);
            }
            text(errors, "reason", reason, REASON_LENGTH);
            return errors;
        }
    }

    static void text(Map<String, String> errors, String field, String value, int length) {
        if (value != null && value.strip().length() > length) {
            errors.put(field, "hotline.error.too-long");
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
