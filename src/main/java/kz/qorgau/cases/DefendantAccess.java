package kz.qorgau.cases;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.persons.PersonAccessPolicy;
import kz.qorgau.persons.PersonId;

/**
 * A suspect named by a case is known to those who see the case ({@link CaseScope}); the person's data is
 * open to them only through a suspect link that opens it (DESIGN.md §1: "PII of own cases"; §5: a link made
 * without seeing the person's data does not open it).
 */
@Component
class DefendantAccess implements PersonAccessPolicy {

    private final JdbcClient jdbc;

    DefendantAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean maySee(QorgauUser user, PersonId person) {
        return named(user, person, " and d.opens_identity");
    }

    @Override
    public boolean knowsOf(QorgauUser user, PersonId person) {
        return named(user, person, "");
    }

    private boolean named(QorgauUser user, PersonId person, String condition) {
        if (!CaseScope.mayUseCases(user)) {
            return false;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("person", person.value());
        String scope = CaseScope.sql(user, params);
        return jdbc.sql("select exists (select 1 from cases_defendant d join cases_case c on c.id = d.case_id "
                + "where d.person_id = :person" + condition + " and " + scope + ")").params(params)
                .query(Boolean.class).single();
    }
}
