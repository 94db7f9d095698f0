package kz.qorgau.exchange;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did: imported (every record saved, created, updated or found unchanged) or refused (nothing saved),
 * with the problems that refused it.
 *
 * @param id the import's number in the organisation's list of imports
 * @param counts per kind of record ({@code persons}, {@code victims}), how many were created, updated and unchanged
 * @param problemCount how many problems there were; at most {@link ImportProblem#KEPT} of them are listed
 * @param warnings what an import took in with less detail than the document gave (at most {@link ImportProblem#KEPT})
 */
record ImportReport(long id, Outcome outcome, String fileName, String version, Instant finishedAt,
        Map<String, Counts> counts, List<ImportProblem> problems, int problemCount, List<ImportProblem> warnings) {

    enum Outcome {
        IMPORTED, REFUSED
    }

    /** Of one kind of record: how many were created, updated and found unchanged. */
    public record Counts(int created, int updated, int unchanged) {

        static final Counts NONE = new Counts(0, 0, 0);

        Counts plus(Change change) {
            return switch (change) {
                case CREATED -> new Counts(created + 1, updated, unchanged);
                case UPDATED -> new Counts(created, updated + 1, unchanged);
                case UNCHANGED -> new Counts(created, updated, unchanged + 1);
            };
        }

        public int total() {
            return created + updated + unchanged;
        }
    }

    /** What an import did to one record. */
    enum Change {
        CREATED, UPDATED, UNCHANGED
    }

    ImportReport {
        counts = new LinkedHashMap<>(counts);
        problems = List.copyOf(problems);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    boolean imported() {
        return outcome == Outcome.IMPORTED;
    }
}
