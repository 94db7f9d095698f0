package kz.qorgau.agencies;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import kz.qorgau.shared.RegionCode;

/** What the register's pages and the public licence check show. */
public final class AgencyViews {

    private AgencyViews() {
    }

    /** An agency in a list: its licence's status today. */
    public record Row(long id, String reference, String bin, Names names, RegionCode region, String licenceNumber,
            LicenceStatus status, LocalDate expiresOn) {
    }

    /** An agency's names; a missing one is shown in Russian. */
    public record Names(String ru, String kk, String en) {

        public String in(String language) {
            String name = switch (language) {
                case "kk" -> kk;
                case "en" -> en;
                // Kyrgyz and Uzbek: no variant of their own is kept, so Russian
                case "ky", "uz" -> ru;
                default -> ru;
            };
            return name == null ? ru : name;
        }
    }

    /** A decision on the licence. */
    public record Decision(int seq, DecisionKind kind, LocalDate decidedOn, LocalDate expiresOn, String body,
            String document) {
    }

    /** A sanction, and whether it is in force today. */
    public record Sanction(long id, SanctionKind kind, LocalDate decidedOn, String body, String document, Long fineKzt,
            String violation, boolean inForce) {
    }

    /** An agency as the register's users see it. */
    public record Agency(long id, String reference, String bin, Names names, String legalAddress, RegionCode region,
            String licenceNumber, LocalDate issuedOn, LocalDate expiresOn, Set<Placement> placements,
            Set<String> countries, LicenceStatus status, List<Decision> decisions, List<Sanction> sanctions,
            boolean mayDecide) {
    }

    /**
     * An agency as the public licence check shows it: its licence and the sanctions in force (their kind, day and
     * deciding body), nothing of who complained or why.
     */
    public record Public(String bin, Names names, String region, String licenceNumber, LocalDate issuedOn,
            LocalDate expiresOn, LicenceStatus status, Set<Placement> placements, Set<String> countries,
            List<PublicSanction> sanctions) {
    }

    /** A sanction in force, as the public sees it. */
    public record PublicSanction(SanctionKind kind, LocalDate decidedOn, String body) {
    }

    /**
     * A complaint against the agency as the user sees it: what was told only where {@code readable} (the recording
     * organisation and the licensing authority); {@code mayDecide} for the authority while it has no outcome.
     */
    public record Complaint(long id, LocalDate receivedOn, ComplaintSource source, Set<Allegation> allegations,
            String account, ComplaintOutcome outcome, LocalDate outcomeOn, Long sanctionId, boolean readable,
            boolean mayDecide) {
    }

    /** A record that names the agency, which the user may open; {@code sanctionId}: the police referral it followed. */
    public record Mention(ReportSource kind, String reference, String page, Long sanctionId) {
    }

    /** An informal intermediary in a list; its name null where the user may not read it (a person's). */
    public record IntermediaryRow(long id, String reference, IntermediaryKind kind, String bin, String name,
            int reports, LocalDate firstReportedOn, LocalDate lastReportedOn) {
    }

    /** An informal intermediary with its reports; its name null where the user may not read it. */
    public record IntermediaryPage(long id, String reference, IntermediaryKind kind, String bin, String name,
            List<IntermediaryReport> reports) {
    }

    /**
     * A report of an intermediary: its source, the complaint's agency for a complaint, and the source's reference and
     * page only where the user may open it.
     */
    public record IntermediaryReport(long id, LocalDate reportedOn, ReportSource source, Long complaintAgencyId,
            String sourceReference, String sourcePage, Set<IntermediaryActivity> activities, RegionCode region,
            long organisationId) {
    }
}
