package kz.qorgau.cases;

import java.time.Clock;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Today;
import kz.qorgau.shared.WorkingDays;

/**
 * The one rule by which the police are notified and answer, whichever module notifies them (labour inspectors since
 * 2020, the hotline): the notification goes to an active police unit of the record's region (or a national one); the
 * unit answers within {@code qorgau.police.answer-working-days} working days (one by default; Kazakhstan's public
 * holidays and transferred days off are not working days), by naming the case it registered in ERDR (one the answering
 * user may see) or by refusing with a reason; only the unit notified answers, once, never before the notification
 * nor in the future. The caller checks who may send and keeps the {@link PoliceNotice} in its aggregate.
 */
@Service
public class PoliceNotices {

    private final OrganisationRegistry organisations;
    private final CaseOutcomes cases;
    private final WorkingDays workingDays;
    private final Today today;
    private final Clock clock;
    private final int answerWorkingDays;

    PoliceNotices(OrganisationRegistry organisations, CaseOutcomes cases, WorkingDays workingDays, Today today,
            Clock clock,
            @Value("${qorgau.police.answer-working-days:${qorgau.inspections.answer-working-days:1}}") int days) {
        if (days < 1) {
            throw new IllegalArgumentException("qorgau.police.answer-working-days must be at least 1");
        }
        this.organisations = organisations;
        this.cases = cases;
        this.workingDays = workingDays;
        this.today = today;
        this.clock = clock;
        this.answerWorkingDays = days;
    }

    /**
     * A notification to the unit, sent by the user at the time given (never in the future nor before
     * {@code earliest}); its deadline runs from that time. The unit must be an active police unit of the region.
     */
    public PoliceNotice send(Long policeUnitId, RegionCode region, Instant sentAt, Instant earliest) {
        if (policeUnitId == null) {
            throw new InvalidFieldException("policeUnitId", "police.error.unit-required");
        }
        OrganisationSummary unit = organisations.find(policeUnitId).filter(OrganisationSummary::active)
                .filter(found -> found.type() == OrganisationType.POLICE_UNIT)
                .filter(found -> found.region() == null || region == null || found.region().equals(region))
                .orElseThrow(() -> new InvalidFieldException("policeUnitId", "police.error.unit"));
        if (sentAt.isAfter(clock.instant()) || (earliest != null && sentAt.isBefore(earliest))) {
            throw new RuleViolationException("police.error.notification-time");
        }
        return PoliceNotice.sent(unit.id(), QorgauUser.required().getUsername(), sentAt, workingDays.deadline(sentAt,
                answerWorkingDays, today.zone()));
    }

    /** The unit answers, at the time given: registered in ERDR under the number, a case the user may see. */
    public void registered(PoliceNotice notice, String erdrNumber, Instant answeredAt) {
        QorgauUser user = requireUnit(notice);
        if (erdrNumber == null || erdrNumber.isBlank()) {
            throw new InvalidFieldException("erdrNumber", "police.error.erdr-required");
        }
        ErdrNumber number;
        try {
            number = ErdrNumber.parse(erdrNumber);
        } catch (RuleViolationException e) {
            throw new InvalidFieldException("erdrNumber", e.messageKey());
        }
        long caseId = cases.registeredUnder(number, user).orElseThrow(() -> new InvalidFieldException("erdrNumber",
                "police.error.case-not-found"));
        notice.registered(caseId, user.getUsername(), answerTime(notice, answeredAt));
    }

    /** The unit answers, at the time given: refused, with the reason. */
    public void refused(PoliceNotice notice, String reason, Instant answeredAt) {
        QorgauUser user = requireUnit(notice);
        notice.refused(reason, user.getUsername(), answerTime(notice, answeredAt));
    }

    /** Whether the user is of the unit notified (who alone answers). */
    public static boolean answers(QorgauUser user, PoliceNotice notice) {
        return notice.policeUnitId() == user.organisationId();
    }

    private static QorgauUser requireUnit(PoliceNotice notice) {
        QorgauUser user = QorgauUser.required();
        if (!answers(user, notice)) {
            throw new RuleViolationException("police.error.other-unit");
        }
        return user;
    }

    private Instant answerTime(PoliceNotice notice, Instant answeredAt) {
        if (answeredAt.isAfter(clock.instant()) || answeredAt.isBefore(notice.notifiedAt())) {
            throw new RuleViolationException("police.error.answer-time");
        }
        return answeredAt;
    }
}
