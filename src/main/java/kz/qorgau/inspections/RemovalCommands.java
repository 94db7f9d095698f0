package kz.qorgau.inspections;

import java.time.LocalDate;

import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.RegionCode;

/** What the migration service records of a removal proceeding. */
public final class RemovalCommands {

    private RemovalCommands() {
    }

    /** The decision to remove a person of the registry. */
    public record Decision(Long personId, RemovalKind kind, String decisionNumber, LocalDate decidedOn,
            CountryCode citizenship, RegionCode region) {
    }

    /** Why the person could not be screened, and on which day that was found. */
    public record NoScreening(NoScreeningReason reason, LocalDate on) {
    }

    /** The day the person left the country. */
    public record Execution(LocalDate executedOn) {
    }

    /** Which removals to list. */
    public record Search(String text, RemovalStatus status) {
    }
}
