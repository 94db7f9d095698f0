package kz.qorgau.inspections;

import java.time.LocalDate;

import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.victims.TraffickingStatus;

/** Removal proceedings as the migration service sees them. */
public final class RemovalViews {

    private RemovalViews() {
    }

    /** Where the screening before removal stands. */
    public enum Screening {
        /** Neither screened nor found impossible yet: the removal may not be executed. */
        NONE,
        /** Screened, not found a victim. */
        NOT_A_VICTIM,
        /** Screened, found a possible or presumed victim: the removal is stopped. */
        VICTIM,
        /** Could not be screened (a reason recorded). */
        NOT_POSSIBLE;

        public String messageKey() {
            return "removal.screening." + name();
        }

        static Screening of(TraffickingStatus decision, NoScreeningReason reason) {
            if (decision != null) {
                return decision == TraffickingStatus.NOT_A_VICTIM ? NOT_A_VICTIM : VICTIM;
            }
            return reason == null ? NONE : NOT_POSSIBLE;
        }
    }

    public record RemovalListItem(long id, String reference, LocalDate decidedOn, RemovalKind kind,
            CountryCode citizenship, RegionCode region, RemovalStatus status, Screening screening) {
    }

    /**
     * A removal with its person (pseudonymous) and its screening (the victim record it made, whose page the
     * officer reaches as its registering organisation).
     */
    public record RemovalView(long id, String reference, RegionCode region, long personId, String personPseudonym,
            CountryCode citizenship, RemovalKind kind, String decisionNumber, LocalDate decidedOn,
            RemovalStatus status, Screening screening, Long victimId, String victimReference, LocalDate screenedOn,
            TraffickingStatus screeningDecision, NoScreeningReason noScreeningReason, LocalDate noScreeningOn,
            LocalDate stoppedOn, LocalDate executedOn, String recordedBy) {

        /** Whether the person may be screened now (pending, not screened yet). */
        public boolean mayScreen() {
            return status == RemovalStatus.PENDING && victimId == null;
        }

        /** Whether the removal may be executed now: pending, and screened or found impossible to screen. */
        public boolean mayExecute() {
            return status == RemovalStatus.PENDING && screening != Screening.NONE;
        }
    }
}
