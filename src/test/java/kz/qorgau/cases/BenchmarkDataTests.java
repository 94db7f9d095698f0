package kz.qorgau.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kz.qorgau.QorgauTest;
import kz.qorgau.TestDatabase;

/**
 * The benchmark's generation script (bench/generate-cases.sql) still fits the schema: a migration that adds a rule to
 * the case tables breaks the benchmark on an empty data directory, which nothing else runs. The script runs here on a
 * few hundred cases, statement by statement as the benchmark runs it, as the superuser in a transaction that is
 * rolled back; its own closing check (no generated row references a missing case or organisation) runs with it.
 */
@QorgauTest
class BenchmarkDataTests {

    static final int CASES = 300;

    @Test
    void theGenerationScriptWritesCasesThatHoldToTheSchema() throws IOException {
        String script = Files.readString(Path.of("bench/generate-cases.sql")).replace("${cases}",
                Integer.toString(CASES));
        DataSource superuser = TestDatabase.superuser(TestDatabase.DATABASE);
        JdbcClient db = JdbcClient.create(superuser);
        TransactionTemplate rolledBack = new TransactionTemplate(new DataSourceTransactionManager(superuser));
        rolledBack.executeWithoutResult(status -> {
            status.setRollbackOnly();
            long before = db.sql("select coalesce(max(id), 0) from cases_case").query(Long.class).single();
            // as the benchmark runs them: a statement may answer rows (setval) or none
            JdbcTemplate statements = new JdbcTemplate(superuser);
            statements(script).forEach(statements::execute);

            assertThat(db.sql("select count(*) from cases_case where id > ?").param(before).query(Long.class)
                    .single()).isEqualTo(CASES);
            assertThat(db.sql("""
                    select count(*) from cases_event e
                    where e.case_id > ? and e.type = 'REGISTERED' and e.corrects_seq is null
                      and cardinality(e.charges)
                          = (select count(*) from cases_charge ch where ch.case_id = e.case_id)
                      and cardinality(e.forms)
                          = (select count(*) from cases_case_form f where f.case_id = e.case_id)""")
                    .param(before).query(Long.class).single())
                    .as("every generated case is registered with its charges and forms").isEqualTo(CASES);
        });
    }

    /** The script's statements as the benchmark splits them: each ends with a semicolon at the end of a line. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if ((line.isBlank() || line.strip().startsWith("--")) && current.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        return statements;
    }
}
