package kz.qorgau.inspections;

/**
 * What brought the inspectors: the plan, a complaint, a hotline tip, a police request, a joint operation or a mobile
 * team for remote farms, or the inspector's own initiative (an unannounced inspection without a complaint).
 */
public enum InspectionTrigger {
    PLAN,
    COMPLAINT,
    HOTLINE_TIP,
    POLICE_REQUEST,
    JOINT_OPERATION,
    MOBILE_TEAM,
    OWN_INITIATIVE;

    public String messageKey() {
        return "inspection.trigger." + name();
    }
}
