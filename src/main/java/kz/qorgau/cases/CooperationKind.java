package kz.qorgau.cases;

/** Kinds of request of international cooperation in criminal matters. */
public enum CooperationKind {
    EXTRADITION, MUTUAL_LEGAL_ASSISTANCE, JOINT_INVESTIGATION, TRANSFER_OF_PROCEEDINGS;

    public String messageKey() {
        return "cooperation.kind." + name();
    }
}
