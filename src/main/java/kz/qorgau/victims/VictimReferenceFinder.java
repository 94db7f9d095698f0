package kz.qorgau.victims;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.system.ReferenceFinder;

/** Finds a victim record by its reference ({@code V-…}) among the records of the user's scope, as the list does. */
@Component
class VictimReferenceFinder implements ReferenceFinder {

    private final VictimScope scope;
    private final JdbcClient jdbc;

    VictimReferenceFinder(VictimScope scope, JdbcClient jdbc) {
        this.scope = scope;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> find(String reference) {
        QorgauUser user = QorgauUser.current().orElse(null);
        if (user == null || !reference.startsWith("V-")) {
            return Optional.empty();
        }
        Map<String, Object> params = new HashMap<>();
        String visible = scope.sql(user, params);
        return jdbc.sql("select v.id from victims_victim v where v.reference = :reference and " + visible)
                .params(params).param("reference", reference).query(Long.class).optional()
                .map(id -> "/victims/" + id);
    }
}
