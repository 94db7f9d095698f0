package kz.qorgau.prevention;

/** A legislation or policy milestone: a law signed, an amendment, an order (or joint order), a policy adopted. */
public enum MilestoneKind {
    LAW, AMENDMENT, ORDER, POLICY;

    public String messageKey() {
        return "milestone.kind." + name();
    }
}
