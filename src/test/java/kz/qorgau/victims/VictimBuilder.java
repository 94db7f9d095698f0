package kz.qorgau.victims;

import java.time.LocalDate;

import kz.qorgau.SignedIn;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.persons.SyntheticPersons;

/**
 * Victim records for tests, identified through the victims module's application service by the first responder
 * who screened them (the person first registered in the person registry by the same user), with the synthetic
 * screenings and situations of {@link SyntheticVictims}.
 */
public final class VictimBuilder {

    private final VictimRegistry victims;
    private final PersonRegistry persons;

    public VictimBuilder(VictimRegistry victims, PersonRegistry persons) {
        this.victims = victims;
        this.persons = persons;
    }

    /**
     * A farm worker from Uzbekistan presumed a victim on the date, who consents to processing and referral, and to
     * sharing with the police as given (null: not asked).
     */
    public VictimViews.VictimView identified(QorgauUser responder, LocalDate on, ConsentDecision lawEnforcement) {
        long person = SignedIn.as(responder, () -> persons.register(SyntheticPersons.complete())).value();
        return SignedIn.as(responder, () -> victims.register(SyntheticVictims.identified(person, on, lawEnforcement)));
    }

    /** A citizen abroad, possibly a victim, who refuses to be identified: an anonymous record. */
    public VictimViews.VictimView anonymousAbroad(QorgauUser responder, LocalDate on) {
        return SignedIn.as(responder, () -> victims.register(SyntheticVictims.anonymousAbroad(on)));
    }
}
