package kz.qorgau.shelters;

import java.util.List;

import org.springframework.stereotype.Component;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.Permission;
import kz.qorgau.victims.DeadlineKind;
import kz.qorgau.victims.VictimDeadlines;
import kz.qorgau.victims.VictimViews;

/**
 * The special social services periods of the user's own shelters ending within 30 days or over, on the victims'
 * deadlines dashboard: the stays the operator's staff already see, nobody else's.
 */
@Component
class ShelterDeadlines implements VictimDeadlines {

    private final ShelterDirectory directory;

    ShelterDeadlines(ShelterDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<VictimViews.DeadlineItem> due() {
        if (!QorgauUser.required().may(Permission.SHELTERS)) {
            return List.of();
        }
        return directory.duePeriods().stream().map(due -> new VictimViews.DeadlineItem(due.victimId(), due
                .victimReference(), DeadlineKind.SPECIAL_SOCIAL_SERVICES_END, due.endsOn(), due.overdue(), null))
                .toList();
    }
}
