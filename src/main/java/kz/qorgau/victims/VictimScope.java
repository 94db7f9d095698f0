package kz.qorgau.victims;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import kz.qorgau.cases.CriminalCases;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.identity.Role;

/**
 * Who sees which victim records (issue 4, "Access"): the organisation that registered the record or owns
 * it now; organisations it is referred to ({@link VictimAccessGrant}); the police and prosecutors whose
 * scope holds a case the victim is linked to. Analysts, auditors, administrators and courts see none.
 * Outside one's scope a record does not exist (404).
 * <p>
 * Personal data is narrower ({@link #maySeePersonalData}): the police see it through a linked case only
 * with the victim's consent to share with law enforcement, or when they registered the victim themselves.
 */
@Component
class VictimScope {

    private final CriminalCases cases;
    private final ObjectProvider<VictimAccessGrant> grants;

    VictimScope(CriminalCases cases, ObjectProvider<VictimAccessGrant> grants) {
        this.cases = cases;
        this.grants = grants;
    }

    boolean sees(QorgauUser user, Victim victim) {
        if (!VictimRoles.mayWorkWithVictims(user)) {
            return false;
        }
        return ownOrganisation(user, victim)
                || grants.orderedStream().anyMatch(grant -> grant.maySeeRecord(user, victim.id()))
                || throughCase(user, victim);
    }

    boolean maySeePersonalData(QorgauUser user, Victim victim) {
        if (victim.anonymous() || user.hasRole(Role.ANALYST) || !VictimRoles.mayWorkWithVictims(user)) {
            return false;
        }
        return ownOrganisation(user, victim)
                || grants.orderedStream().anyMatch(grant -> grant.maySeePersonalData(user, victim.id()))
                || (victim.consents().given(ConsentScope.LAW_ENFORCEMENT) && throughCase(user, victim));
    }

    /** Records registered or owned by the user's organisation. */
    static boolean ownOrganisation(QorgauUser user, Victim victim) {
        return victim.registeredByOrganisationId() == user.organisationId()
                || victim.ownerOrganisationId() == user.organisationId();
    }

    private boolean throughCase(QorgauUser user, Victim victim) {
        return VictimRoles.lawEnforcement(user) && cases.linksOfVictim(victim.id()).stream()
                .anyMatch(link -> cases.visibleTo(link.caseId(), user));
    }

    /**
     * The same rule as SQL over {@code victims_victim v}, with its parameters added to {@code params}:
     * own organisation, or one of the records other modules open to the user.
     */
    String sql(QorgauUser user, Map<String, Object> params) {
        if (!VictimRoles.mayWorkWithVictims(user)) {
            return "false";
        }
        Set<Long> opened = new HashSet<>();
        grants.orderedStream().forEach(grant -> opened.addAll(grant.recordsVisibleTo(user)));
        if (VictimRoles.lawEnforcement(user)) {
            opened.addAll(cases.victimsInScope(user));
        }
        params.put("scopeOrganisation", user.organisationId());
        String own = "(v.registered_by_organisation_id = :scopeOrganisation or v.owner_organisation_id = :scopeOrganisation";
        if (opened.isEmpty()) {
            return own + ")";
        }
        params.put("scopeOpened", opened);
        return own + " or v.id in (:scopeOpened))";
    }
}
