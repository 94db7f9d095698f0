package kz.qorgau.agencies;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The licences' decisions and the agencies' sanctions in SQL: appended, never rewritten. An agency's row is locked
 * while a decision is checked and appended, so that two decisions taken at once are checked one after the other.
 */
@Component
class LicenceDecisions {

    private final JdbcClient jdbc;

    LicenceDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void lock(long agencyId) {
        jdbc.sql("select id from agencies_agency where id = :id for update").param("id", agencyId).query(Long.class)
                .optional();
    }

    /** The agency's decisions, in the order they were taken. */
    List<Licence.Decision> of(long agencyId) {
        return of(List.of(agencyId)).getOrDefault(agencyId, List.of());
    }

    /** The agencies' decisions, each agency's in the order they were taken (none: not in the map). */
    Map<Long, List<Licence.Decision>> of(Collection<Long> agencyIds) {
        Map<Long, List<Licence.Decision>> decided = new HashMap<>();
        if (agencyIds.isEmpty()) {
            return decided;
        }
        jdbc.sql("select agency_id, kind, decided_on, expires_on, body, document from agencies_decision"
                + " where agency_id = any(:ids) order by agency_id, seq").param("ids", agencyIds.toArray(Long[]::new))
                .query(rs -> {
                    decided.computeIfAbsent(rs.getLong("agency_id"), key -> new ArrayList<>()).add(new Licence.Decision(
                            DecisionKind.valueOf(rs.getString("kind")), rs.getObject("decided_on",
                                    LocalDate.class), rs.getObject("expires_on", LocalDate.class), rs.getString("body"),
                            rs.getString("document")));
                });
        return decided;
    }

    /** Appends the decision; answers its number in the agency's decisions. */
    int add(long agencyId, Licence.Decision decision, String by, Instant at) {
        return jdbc.sql("""
                insert into agencies_decision (agency_id, seq, kind, decided_on, expires_on, body, document,
                                               recorded_by, recorded_at)
                select :agency, coalesce(max(seq), 0) + 1, :kind, :decidedOn, :expiresOn, :body, :document, :by, :at
                from agencies_decision where agency_id = :agency
                returning seq""").param("agency", agencyId).param("kind", decision.kind().name())
                .param("decidedOn", decision.decidedOn()).param("expiresOn", decision.expiresOn())
                .param("body", decision.body()).param("document", decision.document()).param("by", by)
                .param("at", Timestamp.from(at)).query(Integer.class).single();
    }

    long sanction(long agencyId, AgencyCommands.SanctionDecision sanction, Integer decisionSeq, String by,
            Instant at) {
        return jdbc.sql("""
                insert into agencies_sanction (agency_id, kind, decided_on, body, document, fine_kzt, violation,
                                               decision_seq, recorded_by, recorded_at)
                values (:agency, :kind, :decidedOn, :body, :document, :fine, :violation, :seq, :by, :at)
                returning id""").param("agency", agencyId).param("kind", sanction.kind().name())
                .param("decidedOn", sanction.decidedOn()).param("body", sanction.body().strip())
                .param("document", sanction.document().strip()).param("fine", sanction.fineKzt())
                .param("violation", sanction.violation().strip()).param("seq", decisionSeq).param("by", by)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }
}
