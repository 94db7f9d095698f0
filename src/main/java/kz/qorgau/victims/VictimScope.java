package kz.qorgau.victims;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import kz.qorgau.cases.CriminalCases;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.Permission;

/**
 * Who sees which victim records, and what of them (DESIGN.md §5, "Who may see and do what"):
 * <ul>
 * <li>the record: the organisation that registered it or owns it now; organisations assisting the victim under
 * an accepted referral ({@link VictimAccessGrant}; a pending referral shows its receiver the referral, not the
 * record); those holding {@link Permission#VICTIMS_OF_CASES} whose case scope holds a case the victim is linked
 * to. Outside that the record does not exist (404).</li>
 * <li>the person's data and the record's sealed free texts (narrative, recruitment place, reasons): the owning
 * and assisting organisations, and the police and prosecutors of the victim's case only with the victim's
 * consent to share with law enforcement. The person's data, moreover, only when the record's link to the
 * person opens it ({@link Victim#opensIdentity}: whoever registered it could see the person's data).</li>
 * <li>consent: recorded only by the owning or assisting organisations, and never the consent to share with law
 * enforcement by law enforcement itself.</li>
 * </ul>
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
        if (!user.may(Permission.VICTIMS)) {
            return false;
        }
        return assists(user, victim) || throughCase(user, victim);
    }

    /** The organisations that look after the victim: the record's own, and those assisting under a referral. */
    boolean assists(QorgauUser user, Victim victim) {
        return user.may(Permission.VICTIMS) && (ownOrganisation(user, victim)
                || grants.orderedStream().anyMatch(grant -> grant.maySeeRecord(user, victim.id())));
    }

    boolean mayRecordConsent(QorgauUser user, Victim victim) {
        return assists(user, victim);
    }

    boolean maySeePersonalData(QorgauUser user, Victim victim) {
        if (victim.anonymous() || !victim.opensIdentity() || !user.may(Permission.VICTIMS)) {
            return false;
        }
        return ownOrganisation(user, victim)
                || grants.orderedStream().anyMatch(grant -> grant.maySeePersonalData(user, victim.id()))
                || (victim.consents().given(ConsentScope.LAW_ENFORCEMENT) && throughCase(user, victim));
    }

    /** The record's sealed free texts, which may name people: as personal data, whether or not it is anonymous. */
    boolean maySeeSealedTexts(QorgauUser user, Victim victim) {
        return assists(user, victim)
                || (victim.consents().given(ConsentScope.LAW_ENFORCEMENT) && throughCase(user, victim));
    }

    /** Records registered or owned by the user's organisation. */
    static boolean ownOrganisation(QorgauUser user, Victim victim) {
        return victim.registeredByOrganisationId() == user.organisationId()
                || victim.ownerOrganisationId() == user.organisationId();
    }

    private boolean throughCase(QorgauUser user, Victim victim) {
        return user.may(Permission.VICTIMS_OF_CASES) && cases.linksOfVictim(victim.id()).stream()
                .anyMatch(link -> cases.visibleTo(link.caseId(), user));
    }

    /**
     * The same rule as SQL over {@code victims_victim v}, with its parameters added to {@code params}:
     * own organisation, or one of the records other modules open to the user.
     */
    String sql(QorgauUser user, Map<String, Object> params) {
        if (!user.may(Permission.VICTIMS)) {
            return "false";
        }
        Set<Long> opened = new HashSet<>();
        grants.orderedStream().forEach(grant -> opened.addAll(grant.recordsVisibleTo(user)));
        if (user.may(Permission.VICTIMS_OF_CASES)) {
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
