package kz.qorgau.hotline;

import java.util.Arrays;
import java.util.List;

/**
 * What a call was: a real one (information on working abroad, a check of an agency or a job offer, a request for
 * help, a report of a suspected case, other), or one that is counted apart (a wrong number, a silent call, spam,
 * abuse).
 */
public enum CallType {
    INFORMATION_ABROAD, AGENCY_CHECK, HELP_REQUEST, SUSPECTED_CASE, OTHER, WRONG_NUMBER, SILENT, SPAM, ABUSIVE;

    /** The types counted apart from real calls, in the order of the quick-log buttons. */
    public static final List<CallType> NOISE = List.of(WRONG_NUMBER, SILENT, SPAM, ABUSIVE);

    /** A real call (not a wrong number, a silent call, spam or abuse). */
    public boolean real() {
        return !NOISE.contains(this);
    }

    /** Whether a call of this type may lead to a follow-up (the police, a victim record, a referral). */
    public boolean followedUp() {
        return this == HELP_REQUEST || this == SUSPECTED_CASE;
    }

    /** The letter that logs a call of the type counted apart (then Enter); null for a real call. */
    public String quickKey() {
        return switch (this) {
            case WRONG_NUMBER -> "w";
            case SILENT -> "s";
            case SPAM -> "p";
            case ABUSIVE -> "a";
            default -> null;
        };
    }

    public static List<CallType> realTypes() {
        return Arrays.stream(values()).filter(CallType::real).toList();
    }

    public String messageKey() {
        return "hotline.type." + name();
    }
}
