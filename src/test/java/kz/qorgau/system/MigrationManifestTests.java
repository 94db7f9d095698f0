package kz.qorgau.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A committed migration is never changed: databases that ran it keep what it did, and Flyway refuses to start on a
 * database whose history disagrees with the file. The build checks every migration against the committed manifest
 * of their SHA-256 ({@value #MANIFEST}), and the layout: one folder per module of {@link ModuleMigrations#MODULES},
 * files {@code V<n>__<what>.sql}. docs/migrations.md says how to add one.
 */
class MigrationManifestTests {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path MANIFEST = Path.of("src/test/resources/db/migrations.sha256");
    /** The system property that adds the new migrations to the manifest instead of failing. */
    static final String RECORD = "qorgau.migrations.record";

    private static final Pattern FILE_NAME = Pattern.compile("V([1-9][0-9]*)__[a-z0-9]+(_[a-z0-9]+)*\\.sql");

    @Test
    void committedMigrationsAreNeverChangedRenamedOrRemoved() throws IOException {
        Map<String, String> files = migrations();
        List<String> problems = new ArrayList<>();
        manifest().forEach((file, committed) -> {
            if (!files.containsKey(file)) {
                problems.add(file + " is in the manifest but no longer in " + MIGRATIONS + ": a committed migration is "
                        + "never renamed or removed. Restore it (git checkout -- " + MIGRATIONS.resolve(file)
                        + "); to undo what it did, add a new migration to its module's folder.");
            } else if (!files.get(file).equals(committed)) {
                problems.add(file + " changed after it was committed (SHA-256 " + files.get(file) + ", manifest "
                        + committed + "). Databases that ran it keep the old version and Flyway would refuse them. "
                        + "Restore it (git checkout -- " + MIGRATIONS.resolve(file) + ") and put the change in a new "
                        + "migration, the next V<n> of its module's folder (docs/migrations.md).");
            }
        });
        assertThat(problems).as("committed migrations (%s)", MANIFEST).isEmpty();
    }

    @Test
    void everyMigrationIsInTheManifest() throws IOException {
        Map<String, String> manifest = manifest();
        List<String> lines = new ArrayList<>();
        migrations().forEach((file, sha256) -> {
            if (!manifest.containsKey(file)) {
                lines.add(sha256 + "  " + file);
            }
        });
        if (Boolean.getBoolean(RECORD) && !lines.isEmpty()) {
            // adds the new migrations only: a changed or missing one still fails the test above
            Files.writeString(MANIFEST, String.join("\n", lines) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            return;
        }
        assertThat(lines).as(
                "new migrations: add these lines to %s in the same commit, or run this test with -D%s=true "
                        + "(docs/migrations.md)", MANIFEST, RECORD).isEmpty();
    }

    @Test
    void migrationsLiveInTheFolderOfTheirModule() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> entries = Files.list(MIGRATIONS)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (!Files.isDirectory(entry)) {
                    problems.add(name + " is outside a module's folder: move it to " + MIGRATIONS
                            + "/<module>/V<next>__<what>.sql and add it to " + MANIFEST + " (docs/migrations.md, "
                            + "\"A migration written for the single folder\").");
                } else if (!ModuleMigrations.MODULES.contains(name)) {
                    problems.add(name + "/ is not a module with migrations: add it to ModuleMigrations.MODULES after "
                            + "the modules it depends on.");
                }
            }
        }
        for (String module : ModuleMigrations.MODULES) {
            Set<Integer> versions = new HashSet<>();
            Path folder = MIGRATIONS.resolve(module);
            if (!Files.isDirectory(folder)) {
                problems.add(module + " is in ModuleMigrations.MODULES but has no folder " + folder);
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    Matcher name = FILE_NAME.matcher(file.getFileName().toString());
                    if (!name.matches()) {
                        problems.add(module + "/" + file.getFileName() + " is not named V<n>__<what>.sql (n from 1, "
                                + "<what> in lower case with underscores)");
                    } else if (!versions.add(Integer.parseInt(name.group(1)))) {
                        problems.add(module + "/" + file.getFileName() + " repeats version " + name.group(1)
                                + " of its module");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Each migration by its path under {@link #MIGRATIONS}, with its SHA-256. */
    static Map<String, String> migrations() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(MIGRATIONS)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(MIGRATIONS.relativize(path).toString().replace('\\', '/'), sha256(path));
            }
        }
        return files;
    }

    /** The manifest: SHA-256 by path, as {@code sha256sum} writes it. */
    static Map<String, String> manifest() throws IOException {
        Map<String, String> manifest = new LinkedHashMap<>();
        for (String line : Files.readAllLines(MANIFEST, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.strip().split("\\s+\\*?", 2);
            manifest.put(fields[1], fields[0]);
        }
        return manifest;
    }

    /** The SHA-256 of a file with its line endings as LF, so that a checkout with CRLF line endings agrees. */
    static String sha256(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
