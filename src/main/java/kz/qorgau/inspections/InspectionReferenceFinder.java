package kz.qorgau.inspections;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.system.ReferenceFinder;

/**
 * Finds an inspection by its reference ({@code L-…}): for its inspectorate the inspection's page; for the police unit
 * notified of it, or a supervisor over its region, the notification's page (which shows the inspection). Nobody else
 * finds it.
 */
@Component
class InspectionReferenceFinder implements ReferenceFinder {

    private final JdbcClient jdbc;
    private final InspectionScope scope;

    InspectionReferenceFinder(JdbcClient jdbc, InspectionScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> find(String reference) {
        QorgauUser user = QorgauUser.current().orElse(null);
        if (user == null || !reference.matches("L-[2-9A-HJKMNP-Z]{8}")) {
            return Optional.empty();
        }
        Optional<String> inspected = jdbc.sql("select i.id from inspections_inspection i where i.reference = :reference"
                + " and " + scope.inspectionsSql(user)).param("reference", reference).query(Long.class).optional()
                .map(id -> "/inspections/" + id);
        if (inspected.isPresent()) {
            return inspected;
        }
        return jdbc.sql("select n.id from inspections_notification n join inspections_inspection i on i.id ="
                + " n.inspection_id where i.reference = :reference and " + scope.notificationsSql(user)).param(
                        "reference", reference).query(Long.class).optional().map(id -> "/inspections/notifications/"
                                + id);
    }
}
