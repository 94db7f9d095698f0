package kz.qorgau.victims;

import org.springframework.stereotype.Component;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.persons.PersonAccessPolicy;
import kz.qorgau.persons.PersonId;

/**
 * A person's data is open to those {@link VictimScope#maySeePersonalData} allows for any of the person's
 * victim records: the organisations that registered, own or (through an accepted referral) assist the
 * victim, and the police and prosecutors of the victim's case with the victim's consent. Analysts never.
 */
@Component
class VictimAccess implements PersonAccessPolicy {

    private final Victims victims;
    private final VictimScope scope;

    VictimAccess(Victims victims, VictimScope scope) {
        this.victims = victims;
        this.scope = scope;
    }

    @Override
    public boolean maySee(QorgauUser user, PersonId person) {
        return victims.findByPersonId(person.value()).stream().anyMatch(victim -> scope.maySeePersonalData(user, victim));
    }
}
