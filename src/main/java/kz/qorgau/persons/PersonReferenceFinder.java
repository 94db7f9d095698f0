package kz.qorgau.persons;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.Permission;
import kz.qorgau.system.ReferenceFinder;

/**
 * Finds a person by their pseudonym ({@code P-…}) when the person exists for the user: the rule of the person's
 * page ({@link PersonRegistry#summary}), which answers "not found" for a person the user does not know of.
 */
@Component
class PersonReferenceFinder implements ReferenceFinder {

    private final PersonRegistry registry;
    private final JdbcClient jdbc;

    PersonReferenceFinder(PersonRegistry registry, JdbcClient jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
    }

    // No transaction of its own: the summary's "not found" would mark a surrounding one rollback-only.
    @Override
    public Optional<String> find(String reference) {
        QorgauUser user = QorgauUser.current().orElse(null);
        if (user == null || !user.may(Permission.PERSONS) || !reference.startsWith("P-")) {
            return Optional.empty();
        }
        Optional<Long> id = jdbc.sql("select id from persons_person where pseudonym = ?").param(reference)
                .query(Long.class).optional();
        if (id.isEmpty()) {
            return Optional.empty();
        }
        try {
            registry.summary(new PersonId(id.get()));
            return Optional.of("/persons/" + id.get());
        } catch (NotFoundException notKnown) {
            return Optional.empty();
        }
    }
}
