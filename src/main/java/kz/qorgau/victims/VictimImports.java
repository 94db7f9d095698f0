package kz.qorgau.victims;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/**
 * The victim registry's commands for the bulk import: the same rules, audit entries and scope as
 * {@link VictimRegistry}'s, which they are, without building the record's view after each (the import reads none, and
 * the view reads every entry of the record again).
 */
@Service
public class VictimImports {

    /** A registered record: its id and reference. */
    public record Registered(long id, String reference) {
    }

    private final VictimRegistry registry;

    VictimImports(VictimRegistry registry) {
        this.registry = registry;
    }

    @Requires(Permission.VICTIMS)
    @Transactional
    public Registered register(VictimCommands.Registration registration) {
        Victim victim = registry.registered(registration);
        return new Registered(victim.id(), victim.reference());
    }

    @Requires(Permission.VICTIMS)
    @Transactional
    public void decideStatus(long id, VictimCommands.StatusDecision decision) {
        registry.decidedStatus(id, decision);
    }

    @Requires(Permission.VICTIMS)
    @Transactional
    public void screen(long id, VictimCommands.Screening screening) {
        registry.screened(id, screening);
    }

    @Requires(Permission.VICTIMS)
    @Transactional
    public void recordConsent(long id, VictimCommands.ConsentAnswer answer) {
        registry.recordedConsent(id, answer);
    }

    @Requires(Permission.VICTIMS)
    @Transactional
    public void describeCodes(long id, VictimCommands.Situation situation) {
        registry.describedCodes(id, situation);
    }
}
