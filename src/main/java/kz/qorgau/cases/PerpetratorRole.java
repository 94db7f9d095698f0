package kz.qorgau.cases;

/** A defendant's role in the crime: the perpetrator roles of HTCDS 2.0 ({@code RoleInProcess}). */
public enum PerpetratorRole {
    RECRUITER_OR_INTERMEDIARY, TRANSPORTER, BROKER_TRAVEL_AGENT, HARBOURER, EXPLOITER, ABUSER, KIDNAPPER, SMUGGLER,
    BUYER, SELLER, ORGANISER, OTHER;

    public String messageKey() {
        return "case.role." + name();
    }
}
