package kz.qorgau.victims;

import java.util.List;

/**
 * Deadlines of victims that another module keeps, for the victims' deadlines dashboard: the end of a special social
 * services period in a shelter (contributed by the shelters module). Each contribution answers, for the signed-in
 * user, only what that user already sees, due within {@link Deadlines#HORIZON_DAYS} days or overdue.
 */
public interface VictimDeadlines {

    List<VictimViews.DeadlineItem> due();
}
