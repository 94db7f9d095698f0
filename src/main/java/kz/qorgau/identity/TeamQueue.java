package kz.qorgau.identity;

import java.util.List;

import org.springframework.stereotype.Component;

import kz.qorgau.shared.Permission;
import kz.qorgau.system.WorkQueue;

/** What awaits a supervisor about their team: the break-the-glass grants still open, as the team's page lists them. */
@Component
class TeamQueue implements WorkQueue {

    private final BreakGlass breakGlass;

    TeamQueue(BreakGlass breakGlass) {
        this.breakGlass = breakGlass;
    }

    @Override
    public Permission permission() {
        return Permission.SUPERVISE;
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public String section() {
        return "/break-glass/team";
    }

    @Override
    public String messageKey() {
        return "queue.team";
    }

    @Override
    public List<Item> items() {
        return List.of(Item.of("queue.team.break-glass", breakGlass.openOfTeam(), "/break-glass/team?open=true",
                "unlock"));
    }
}
