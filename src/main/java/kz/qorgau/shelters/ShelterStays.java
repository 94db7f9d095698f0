package kz.qorgau.shelters;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.referrals.ReferralCommands;
import kz.qorgau.referrals.ReferralMechanism;
import kz.qorgau.referrals.ReferralViews;
import kz.qorgau.referrals.ServiceType;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.victims.VictimDetails;
import kz.qorgau.victims.VictimViews;

/**
 * The stays of a shelter, kept by its operator's staff: admission (from a referral for shelter that the organisation
 * accepted, or a walk-in whose victim record it keeps: the referrals module's rules on who assists a victim apply, as
 * the admission records the stay's shelter service episode there), discharge (which ends that episode with the stay's
 * cost) and the extension of the special social services period. Each is audited, with the victim's reference only.
 */
@Service
public class ShelterStays {

    private final ShelterRegister register;
    private final Stays stays;
    private final Beds beds;
    private final ShelterScope scope;
    private final VictimDetails victims;
    private final ReferralMechanism referrals;
    private final AuditTrail audit;
    private final DisplayFormat format;
    private final Clock clock;

    ShelterStays(ShelterRegister register, Stays stays, Beds beds, ShelterScope scope, VictimDetails victims,
            ReferralMechanism referrals, AuditTrail audit, DisplayFormat format, Clock clock) {
        this.register = register;
        this.stays = stays;
        this.beds = beds;
        this.scope = scope;
        this.victims = victims;
        this.referrals = referrals;
        this.audit = audit;
        this.format = format;
        this.clock = clock;
    }

    /** Admits the victim to a bed of the shelter; answers the stay's id. */
    @Requires(Permission.SHELTERS)
    @Transactional
    public long admit(long shelterId, ShelterCommands.Admission admission) {
        QorgauUser user = QorgauUser.required();
        Shelter shelter = operated(shelterId, user);
        if (admission.victimId() == null) {
            throw new RuleViolationException("shelter.error.victim-required");
        }
        VictimViews.ReferralFacts victim = victims.referralFacts(admission.victimId());
        if (stays.existsByVictimIdAndDischargeReasonIsNull(victim.victimId())) {
            throw new RuleViolationException("shelter.error.already-sheltered");
        }
        beds.lock(shelterId);
        LocalDate today = format.today();
        int occupied = admission.group() == null || admission.admittedOn() == null ? 0
                : beds.occupied(shelterId, admission.group(), admission.admittedOn());
        Stay stay = Stay.admit(shelter, victim.victimId(), victim.child(), victim.unaccompaniedChild(), admission
                .group(), admission.admittedOn(), occupied, admission.overflowReason(), user.getUsername(), today,
                clock.instant());
        if (admission.fundingSource() == null) {
            throw new RuleViolationException("shelter.error.funding-required");
        }
        ReferralViews.EpisodeView episode = referrals.recordService(new ReferralCommands.NewEpisode(victim.victimId(),
                admission.referralId(), ServiceType.SHELTER, admission.admittedOn(), null, 0L,
                admission.fundingSource()));
        stay.servedBy(episode.id());
        stay = stays.save(stay);
        audit.record(AuditEvent.of("SHELTER_ADMISSION", "shelter-stay", stay.id()).with("shelter", shelter
                .reference()).with("victim", victim.reference()).with("group", stay.bedGroup())
                .with("overflow", stay.overflowReason()).with("on", admission.admittedOn()));
        return stay.id();
    }

    /** Discharges the victim on the day, for the reason; the stay's episode ends then with the stay's cost. */
    @Requires(Permission.SHELTERS)
    @Transactional
    public void discharge(long shelterId, long stayId, ShelterCommands.Discharge discharge) {
        QorgauUser user = QorgauUser.required();
        operated(shelterId, user);
        Beds.Dated dated = beds.dated(stay(shelterId, stayId));
        Stay stay = dated.stay();
        stay.discharge(discharge.reason(), dated.admittedOn(), discharge.dischargedOn(), format.today(), user
                .getUsername());
        referrals.endService(stay.episodeId(), discharge.dischargedOn(), discharge.costKzt());
        stays.save(stay);
        audit.record(AuditEvent.of("SHELTER_DISCHARGE", "shelter-stay", stayId).with("reason", stay
                .dischargeReason()).with("on", discharge.dischargedOn()));
    }

    /** Extends the stay's special social services period to nine months, by a decision within the six. */
    @Requires(Permission.SHELTERS)
    @Transactional
    public void extendPeriod(long shelterId, long stayId, ShelterCommands.Extension extension) {
        QorgauUser user = QorgauUser.required();
        operated(shelterId, user);
        Beds.Dated dated = beds.dated(stay(shelterId, stayId));
        Stay stay = dated.stay();
        stay.extendPeriod(dated.admittedOn(), extension.decidedOn(), format.today(), user.getUsername());
        stays.save(stay);
        audit.record(AuditEvent.of("SHELTER_PERIOD_EXTENDED", "shelter-stay", stayId).with("on", extension
                .decidedOn()).with("endsOn", stay.period(dated.admittedOn()).endsOn()));
    }

    private Shelter operated(long shelterId, QorgauUser user) {
        Shelter shelter = register.load(shelterId, user);
        if (!scope.operates(user, shelter)) {
            // an overseer reaches the shelter but not who stays in it
            throw new RuleViolationException("shelter.error.operator-only");
        }
        return shelter;
    }

    private Stay stay(long shelterId, long stayId) {
        return stays.findById(stayId).filter(found -> found.shelterId() == shelterId)
                .orElseThrow(() -> new NotFoundException("shelter.error.stay-not-found"));
    }
}
