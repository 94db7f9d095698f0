package kz.qorgau.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kz.qorgau.QorgauTest;
import kz.qorgau.TestDatabase;

/**
 * The migration that dated the qualification, on a case recorded before it: its statements run again on a case whose
 * registration entries carry no qualification (as every case had before), in a transaction that is rolled back. The
 * registration entries, the corrected one included, get the case's current charges, forms and flags, the other
 * entries none, and the constraint that a registration carries a qualification then holds.
 */
@QorgauTest
class DatedQualificationMigrationTests {

    static final String MIGRATION = "db/migration/cases/V9__dated_qualification.sql";

    @Test
    void everyCaseRecordedBeforeHasItsCurrentQualificationAsItsFirstFromItsRegistration() throws IOException {
        String script = new ClassPathResource(MIGRATION).getContentAsString(StandardCharsets.UTF_8);
        String update = statement(script, "update cases_event");
        String constraint = statement(script, "alter table cases_event add constraint");
        DataSource superuser = TestDatabase.superuser(TestDatabase.DATABASE);
        JdbcClient db = JdbcClient.create(superuser);
        TransactionTemplate rolledBack = new TransactionTemplate(new DataSourceTransactionManager(superuser));
        rolledBack.executeWithoutResult(status -> {
            status.setRollbackOnly();
            db.sql("alter table cases_event drop constraint cases_event_qualified").update();
            long unit = db.sql("select min(id) from organisations_organisation").query(Long.class).single();
            long id = db.sql("""
                    insert into cases_case (erdr_number, registered_on, region_code, unit_id, status, transnational,
                                            online_recruitment, created_by, created_at, updated_at)
                    values ('019999000000091', date '2001-01-15', 'KZ-75', ?, 'INVESTIGATION', true, true, 'test',
                        now(),
                            now()) returning id""").param(unit).query(Long.class).single();
            db.sql("insert into cases_charge (case_id, article_code, part) values (?, '128', 2), (?, 'other', null)")
                    .params(id, id).update();
            db.sql("insert into cases_case_form (case_id, form) values (?, 'SERVITUDE'), (?, 'FORCED_LABOUR')")
                    .params(id, id).update();
            db.sql("""
                    insert into cases_event (case_id, seq, type, occurred_on, recorded_at, recorded_by, corrects_seq)
                    values (?, 0, 'REGISTERED', date '2001-01-14', now(), 'test', null),
                           (?, 1, 'SUSPENDED', date '2001-02-01', now(), 'test', null),
                           (?, 2, 'REGISTERED', date '2001-01-15', now(), 'test', 0)""").params(id, id, id).update();

            db.sql(update).update();
            db.sql(constraint).update();

            List<Map<String, Object>> entries = db.sql("""
                    select seq, array_to_string(charges, ' ') as charges, array_to_string(forms, ' ') as forms,
                           array_to_string(flags, ' ') as flags
                    from cases_event where case_id = ? order by seq""").param(id).query().listOfRows();
            Map<String, Object> registration = Map.of("seq", 0, "charges", "128(2) other",
                    "forms", "FORCED_LABOUR SERVITUDE", "flags", "ONLINE_RECRUITMENT TRANSNATIONAL");
            assertThat(entries.get(0)).containsAllEntriesOf(registration);
            assertThat(entries.get(2)).as("the corrected registration too")
                    .containsAllEntriesOf(Map.of("charges", "128(2) other", "forms", "FORCED_LABOUR SERVITUDE"));
            assertThat(Arrays.asList(entries.get(1).get("charges"), entries.get(1).get("forms"),
                    entries.get(1).get("flags"))).as("no other entry").containsOnlyNulls();
        });
    }

    /** The statement of the script that begins with the words given, up to its semicolon. */
    private static String statement(String script, String beginning) {
        int start = script.indexOf(beginning);
        assertThat(start).as(beginning).isNotNegative();
        return script.substring(start, script.indexOf(';', start));
    }
}
