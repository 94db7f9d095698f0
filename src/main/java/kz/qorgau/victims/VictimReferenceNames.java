package kz.qorgau.victims;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.cases.VictimReferences;

/**
 * The victim records' references for the case page. A reference holds no personal data and is what the case's
 * owner gave to link the record, so it is named to whoever sees the link.
 */
@Component
class VictimReferenceNames implements VictimReferences {

    private final JdbcClient jdbc;

    VictimReferenceNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> of(Collection<Long> victimIds) {
        Map<Long, String> references = new HashMap<>();
        if (victimIds.isEmpty()) {
            return references;
        }
        jdbc.sql("select id, reference from victims_victim where id in (:ids)").param("ids", List.copyOf(victimIds))
                .query((rs, n) -> references.put(rs.getLong("id"), rs.getString("reference"))).list();
        return references;
    }
}
