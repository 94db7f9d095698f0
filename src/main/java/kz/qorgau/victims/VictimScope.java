package kz.qorgau.victims;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import kz.qorgau.cases.CaseViews;
import kz.qorgau.cases.CaseDetails;
import kz.qorgau.cases.CaseList;
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

    private final CaseDetails cases;
    private final CaseList caseList;
    private final ObjectProvider<VictimAccessGrant> grants;

    VictimScope(CaseDetails cases, CaseList caseList, ObjectProvider<VictimAccessGrant> grants) {
        this.cases = cases;
        this.caseList = caseList;
        this.grants = grants;
    }

    /**
     * What a user may of one record, worked out at once for a page of it: whether they see it, assist the victim,
     * see the person's data and the sealed texts, and which of the cases the record is linked to they see.
     *
     * @param links the cases the record is linked to
     * @param visibleCases those of them within the user's case scope
     */
    record Access(boolean sees, boolean assists, boolean personalData, boolean sealedTexts,
            List<CaseViews.VictimLink> links, Set<Long> visibleCases) {

        static final Access NONE = new Access(false, false, false, false, List.of(), Set.of());

        /** Consent is recorded by the owning or assisting organisations only. */
        boolean mayRecordConsent() {
            return assists;
        }
    }

    /** The whole rule for one record, with two queries of the cases module for its case links. */
    Access access(QorgauUser user, Victim victim) {
        List<CaseViews.VictimLink> links = cases.linksOfVictim(victim.id());
        Set<Long> visibleCases = cases.visibleAmong(links.stream().map(CaseViews.VictimLink::caseId).toList(), user);
        if (!user.may(Permission.VICTIMS)) {
            return new Access(false, false, false, false, links, visibleCases);
        }
        boolean throughCase = user.may(Permission.VICTIMS_OF_CASES) && !visibleCases.isEmpty();
        boolean assists = assists(user, victim);
        boolean lawEnforcement = victim.consents().given(ConsentScope.LAW_ENFORCEMENT) && throughCase;
        return new Access(assists || throughCase, assists, personalData(user, victim, () -> lawEnforcement),
                assists || lawEnforcement, links, visibleCases);
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
        return personalData(user, victim,
                () -> victim.consents().given(ConsentScope.LAW_ENFORCEMENT) && throughCase(user, victim));
    }

    private boolean personalData(QorgauUser user, Victim victim, BooleanSupplier lawEnforcementWithConsent) {
        if (victim.anonymous() || !victim.opensIdentity() || !user.may(Permission.VICTIMS)) {
            return false;
        }
        return ownOrganisation(user, victim)
                || grants.orderedStream().anyMatch(grant -> grant.maySeePersonalData(user, victim.id()))
                || lawEnforcementWithConsent.getAsBoolean();
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
        return user.may(Permission.VICTIMS_OF_CASES) && !cases.visibleAmong(cases.linksOfVictim(victim.id()).stream()
                .map(CaseViews.VictimLink::caseId).toList(), user).isEmpty();
    }

    /**
     * The same rule as one SQL predicate over {@code victims_victim v}, with its parameters added to
     * {@code params}: the user's own organisation, or a record that a grant of another module or a case in the
     * user's scope opens, each a subquery that the database evaluates once for the whole list (never a list of
     * ids built here, which at national scale bound tens of thousands of parameters).
     */
    String sql(QorgauUser user, Map<String, Object> params) {
        if (!user.may(Permission.VICTIMS)) {
            return "false";
        }
        params.put("scopeOrganisation", user.organisationId());
        StringBuilder sql = new StringBuilder("(v.registered_by_organisation_id = :scopeOrganisation "
                + "or v.owner_organisation_id = :scopeOrganisation");
        grants.orderedStream().forEach(grant -> sql.append(" or v.id in (")
                .append(grant.recordsVisibleTo(user, params)).append(")"));
        if (user.may(Permission.VICTIMS_OF_CASES)) {
            String throughCases = caseList.victimsInScopeQuery(user, params);
            if (throughCases != null) {
                sql.append(" or v.id in (").append(throughCases).append(")");
            }
        }
        return sql.append(")").toString();
    }
}
