package kz.qorgau.persons;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.qorgau.identity.QorgauUser;

/** The user who registered a person may see the person's data (until a case or victim record takes over). */
@Component
class RegistrantPolicy implements PersonAccessPolicy {

    private final JdbcClient jdbc;

    RegistrantPolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean maySee(QorgauUser user, PersonId person) {
        return jdbc.sql("select exists (select 1 from persons_person where id = :id and registered_by_user_id = :user)")
                .param("id", person.value())
                .param("user", user.id())
                .query(Boolean.class).single();
    }
}
