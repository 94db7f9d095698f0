package kz.qorgau.exchange;

import java.util.List;

/**
 * A problem of an imported document: where it is (the kind and position of the record, the sender's external id of
 * it where the document gives one, the path of the value in the document) and what it is (a message key, resolved in
 * the reader's language, with its arguments). Never a value of the document: the arguments are numbers, codes of the
 * format or field names, so that a report can be kept and shown without the personal data it was about.
 *
 * @param kind the array of the record ({@code persons}, {@code victims}, {@code referrals}), or null for the document
 * @param index the position of the record in its array, from 1, or null
 * @param externalId the record's external id, when the document gives a valid one
 * @param path the place of the value in the document, as a JSON Pointer ({@code /victims/2/region})
 */
record ImportProblem(String kind, Integer index, String externalId, String path, String messageKey,
        List<Object> arguments) {

    /** At most this many problems are kept and shown; the count says how many there were. */
    static final int KEPT = 1_000;

    ImportProblem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /** A problem of the document as a whole (it cannot be read, its version is not known, it is too large). */
    static ImportProblem ofDocument(String messageKey, Object... arguments) {
        return new ImportProblem(null, null, null, "", messageKey, List.of(arguments));
    }
}
