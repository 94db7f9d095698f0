package kz.qorgau.cases;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.persons.PersonAccessPolicy;
import kz.qorgau.persons.PersonId;

/**
 * A person's data is open to the police, prosecutors and courts whose scope holds a case in which the
 * person is a suspect or defendant (DESIGN.md §1: "PII of own cases").
 */
@Component
class DefendantAccess implements PersonAccessPolicy {

    private final JdbcClient jdbc;

    DefendantAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean maySee(QorgauUser user, PersonId person) {
        if (!CaseScope.mayUseCases(user)) {
            return false;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("person", person.value());
        String scope = CaseScope.sql(user, params);
        return jdbc.sql("select exists (select 1 from cases_defendant d join cases_case c on c.id = d.case_id "
                + "where d.person_id = :person and " + scope + ")").params(params).query(Boolean.class).single();
    }
}
