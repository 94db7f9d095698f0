package kz.qorgau.cases;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.system.ReferenceFinder;

/** Finds a case by its ERDR number (dashes ignored) among the cases of the user's scope ({@link CaseScope#sql}). */
@Component
class CaseReferenceFinder implements ReferenceFinder {

    private final JdbcClient jdbc;

    CaseReferenceFinder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> find(String reference) {
        String digits = reference.replace("-", "");
        QorgauUser user = QorgauUser.current().orElse(null);
        if (user == null || !CaseScope.mayUseCases(user) || !digits.matches("\\d{15}")) {
            return Optional.empty();
        }
        Map<String, Object> params = new HashMap<>();
        String scope = CaseScope.sql(user, params);
        return jdbc.sql("select c.id from cases_case c where c.erdr_number = :erdr and " + scope)
                .params(params).param("erdr", digits).query(Long.class).optional().map(id -> "/cases/" + id);
    }
}
