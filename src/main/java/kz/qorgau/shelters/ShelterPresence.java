package kz.qorgau.shelters;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.cases.ShelteredVictims;

/**
 * Whether the victims of a case are sheltered, for the case page: yes or no for each, never the shelter. The victims
 * asked about are those the case page already shows its reader.
 */
@Component
class ShelterPresence implements ShelteredVictims {

    private final JdbcClient jdbc;

    ShelterPresence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> of(Collection<Long> victimIds) {
        if (victimIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select victim_id from shelters_stay where discharge_reason is null"
                + " and victim_id in (:ids)").param("ids", List.copyOf(victimIds)).query(Long.class).list());
    }
}
