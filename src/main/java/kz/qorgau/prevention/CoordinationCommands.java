package kz.qorgau.prevention;

import java.time.LocalDate;
import java.util.Map;

import kz.qorgau.shared.RegionCode;

/** What ministry staff record of the coordination bodies; each command lists its fields' first errors. */
public final class CoordinationCommands {

    static final int NAME = 300;
    static final int LONG_TEXT = 4000;

    private CoordinationCommands() {
    }

    /**
     * A body: its kind, its name in Russian (and, if given, Kazakh and English), who leads it, its region (a regional
     * commission's only) and the day it was created.
     */
    public record NewBody(BodyKind kind, String nameRu, String nameKk, String nameEn, String lead, RegionCode region,
            LocalDate createdOn) {

        public Map<String, String> errors(LocalDate today) {
            return new Errors().required("kind", kind).text("nameRu", nameRu, NAME).optional("nameKk", nameKk, NAME)
                    .optional("nameEn", nameEn, NAME).text("lead", lead, NAME).when(kind == BodyKind.REGIONAL
                            && region == null, "region", "coordination.error.region").when(kind != null
                                    && kind != BodyKind.REGIONAL && region != null, "region",
                                    "coordination.error.no-region").past("createdOn", createdOn, today).map();
        }
    }

    /** An organisation joining a body on a day. */
    public record Join(String organisation, LocalDate joinedOn) {

        public Map<String, String> errors(LocalDate today) {
            return new Errors().text("organisation", organisation, NAME).past("joinedOn", joinedOn, today).map();
        }
    }

    /** A member leaving a body on a day. */
    public record Leave(Long membership, LocalDate leftOn) {

        public Map<String, String> errors(LocalDate today) {
            return new Errors().required("membership", membership).past("leftOn", leftOn, today).map();
        }
    }

    /** A meeting held: its day, who attended, its agenda and its decisions. */
    public record Meeting(LocalDate heldOn, String attendees, String agenda, String decisions) {

        public Map<String, String> errors(LocalDate today) {
            return new Errors().past("heldOn", heldOn, today).text("attendees", attendees, 2000).text("agenda", agenda,
                    LONG_TEXT).text("decisions", decisions, LONG_TEXT).map();
        }
    }

    /** A follow-up task of a meeting's decisions: what, which organisation owns it, and by when. */
    public record Task(Long meeting, String task, String owner, LocalDate dueOn) {

        public Map<String, String> errors() {
            return new Errors().required("meeting", meeting).text("task", task, 1000).text("owner", owner, NAME).day(
                    "dueOn", dueOn).map();
        }
    }

    /** A task closed as done or dropped on a day; dropping it says why. */
    public record Closing(Long task, TaskStatus closedAs, LocalDate closedOn, String note) {

        public Map<String, String> errors(LocalDate today) {
            return new Errors().required("closeTask", task).required("closedAs", closedAs).when(closedAs != null
                    && !closedAs.closing(), "closedAs", "prevention.error.required").past("closedOn", closedOn, today)
                    .when(closedAs == TaskStatus.DROPPED && Errors.strip(note) == null, "closeNote",
                            "coordination.error.drop-reason").optional("closeNote", note, 1000).map();
        }
    }
}
