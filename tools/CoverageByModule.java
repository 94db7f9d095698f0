import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One line per module of the coverage that JaCoCo measured ({@code target/site/jacoco/jacoco.csv}): a module is
 * a package {@code kz.qorgau.<module>} with its sub-packages; classes directly in {@code kz.qorgau} count as
 * {@code (application)}. Prints the lines and writes them to the given file. Reports only: no threshold.
 *
 * <p>{@code java tools/CoverageByModule.java target/site/jacoco/jacoco.csv target/site/jacoco/modules.txt}
 */
public class CoverageByModule {

    /** Covered and missed counts of one module. */
    static final class Counts {
        long instructionsMissed;
        long instructionsCovered;
        long branchesMissed;
        long branchesCovered;
        long linesMissed;
        long linesCovered;
        int classes;

        void add(String[] row) {
            instructionsMissed += Long.parseLong(row[3]);
            instructionsCovered += Long.parseLong(row[4]);
            branchesMissed += Long.parseLong(row[5]);
            branchesCovered += Long.parseLong(row[6]);
            linesMissed += Long.parseLong(row[7]);
            linesCovered += Long.parseLong(row[8]);
            classes++;
        }

        void add(Counts other) {
            instructionsMissed += other.instructionsMissed;
            instructionsCovered += other.instructionsCovered;
            branchesMissed += other.branchesMissed;
            branchesCovered += other.branchesCovered;
            linesMissed += other.linesMissed;
            linesCovered += other.linesCovered;
            classes += other.classes;
        }

        String line(String name) {
            return String.format(
                    Locale.ROOT,
                    "%-16s lines %5.1f%% (%d/%d)  branches %5.1f%% (%d/%d)  instructions %5.1f%%  classes %d",
                    name,
                    percent(linesCovered, linesMissed),
                    linesCovered,
                    linesCovered + linesMissed,
                    percent(branchesCovered, branchesMissed),
                    branchesCovered,
                    branchesCovered + branchesMissed,
                    percent(instructionsCovered, instructionsMissed),
                    classes);
        }

        static double percent(long covered, long missed) {
            return covered + missed == 0 ? 100.0 : 100.0 * covered / (covered + missed);
        }
    }

    public static void main(String[] args) throws IOException {
        Path csv = Path.of(args.length > 0 ? args[0] : "target/site/jacoco/jacoco.csv");
        Path out = Path.of(args.length > 1 ? args[1] : "target/site/jacoco/modules.txt");
        if (!Files.exists(csv)) {
            System.out.println("Coverage by module: no report at " + csv + " (tests skipped?)");
            return;
        }
        Map<String, Counts> modules = new TreeMap<>();
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        // GROUP,PACKAGE,CLASS,INSTRUCTION_MISSED,INSTRUCTION_COVERED,BRANCH_MISSED,BRANCH_COVERED,LINE_MISSED,...
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            modules.computeIfAbsent(module(cells[1]), key -> new Counts()).add(cells);
        }
        Counts total = new Counts();
        List<String> lines = new ArrayList<>();
        lines.add("Coverage by module (JaCoCo, all tests of ./mvnw verify; report: target/site/jacoco/index.html)");
        modules.forEach((name, counts) -> {
            lines.add(counts.line(name));
            total.add(counts);
        });
        lines.add(total.line("total"));
        Files.write(out, lines, StandardCharsets.UTF_8);
        lines.forEach(System.out::println);
    }

    static String module(String pkg) {
        String prefix = "kz.qorgau.";
        if (!pkg.startsWith(prefix)) {
            return pkg.equals("kz.qorgau") ? "(application)" : pkg;
        }
        String rest = pkg.substring(prefix.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
