package kz.qorgau.victims;

import org.springframework.stereotype.Component;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.persons.PersonAccessPolicy;
import kz.qorgau.persons.PersonId;

/**
 * A person is known to those who see one of the person's victim records, and their data open to those
 * {@link VictimScope#maySeePersonalData} allows for one of them. Analysts never.
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
        return victims.findByPersonId(person.value()).stream().anyMatch(victim -> scope.maySeePersonalData(user,
                victim));
    }

    @Override
    public boolean knowsOf(QorgauUser user, PersonId person) {
        return victims.findByPersonId(person.value()).stream().anyMatch(victim -> scope.sees(user, victim));
    }
}
