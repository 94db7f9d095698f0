package kz.qorgau.victims;

import java.util.Set;

/**
 * The eleven ILO indicators of forced labour (ILO, 2012), each with the HTCDS 2.0 methods of control it
 * maps to (shared/reference/screening-indicators.md); a screening that finds an indicator present
 * suggests those methods for the victim record.
 */
public enum IloIndicator {
    ABUSE_OF_VULNERABILITY(Set.of()),
    DECEPTION(Set.of(ControlMethod.FALSE_PROMISES)),
    RESTRICTION_OF_MOVEMENT(Set.of(ControlMethod.RESTRICTS_MOVEMENT)),
    ISOLATION(Set.of(ControlMethod.RESTRICTS_MOVEMENT)),
    PHYSICAL_AND_SEXUAL_VIOLENCE(Set.of(ControlMethod.PHYSICAL_ABUSE, ControlMethod.SEXUAL_ABUSE)),
    INTIMIDATION_AND_THREATS(Set.of(ControlMethod.PHYSICAL_THREATS, ControlMethod.THREATS_LAW_ENFORCEMENT,
            ControlMethod.THREATENS_CHILDREN_FAMILY)),
    RETENTION_OF_IDENTITY_DOCUMENTS(Set.of(ControlMethod.WITHHOLDS_DOCUMENTS)),
    WITHHOLDING_OF_WAGES(Set.of(ControlMethod.TAKES_EARNINGS)),
    DEBT_BONDAGE(Set.of(ControlMethod.DEBT_BONDAGE)),
    ABUSIVE_WORKING_AND_LIVING_CONDITIONS(Set.of(ControlMethod.WITHHOLDS_NECESSITIES)),
    EXCESSIVE_OVERTIME(Set.of(ControlMethod.EXCESSIVE_WORKING_HOURS));

    private final Set<ControlMethod> controlMethods;

    IloIndicator(Set<ControlMethod> controlMethods) {
        this.controlMethods = controlMethods;
    }

    public Set<ControlMethod> controlMethods() {
        return controlMethods;
    }

    public String messageKey() {
        return "screening.ilo." + name();
    }
}
