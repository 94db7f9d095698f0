package kz.qorgau.linkage;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The offline encoding tool (docs/linkage.md): an organisation that does not give identities to Qorgau encodes its
 * records on its own computer, under the linkage secret, into files it submits as they are to
 * {@code PUT /api/v1/linkage/encodings}. It runs from the application's jar without Spring and without a database:
 * {@code java -jar qorgau.jar encode --secret SECRET_FILE --input records.csv --output encodings.json}, and
 * {@code encode --new-secret SECRET_FILE} makes a new secret.
 * <p>
 * The input ({@link PersonsFile}) is checked whole before anything is written; any problem is reported by line and
 * column and nothing is written. No name, date or secret is ever printed: messages cite positions, and the output
 * holds only the ids and the CLKs ({@link PersonEncoding}).
 */
public final class EncodeCommand {

    /** Exit status: the files were written. */
    public static final int DONE = 0;
    /** Exit status: the input, the secret or a file was refused (the reasons printed); nothing was written. */
    public static final int REFUSED = 1;
    /** Exit status: the arguments were not understood (the usage printed). */
    public static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Usage:
              encode --secret SECRET_FILE --input RECORDS.csv --output ENCODINGS.json
                  Encodes each person of RECORDS.csv under the linkage secret and writes the pseudonymous ids and
                  encodings to ENCODINGS.json, ready to submit with PUT /api/v1/linkage/encodings. Above 10,000
                  records the output is split into ENCODINGS-1.json, ENCODINGS-2.json, ... (10,000 each), one
                  submission each. Existing files are never overwritten.
              encode --new-secret SECRET_FILE
                  Makes a new random linkage secret in SECRET_FILE, readable only by you (never over an existing
                  file). The organisations of one linkage all encode with the same secret.

            RECORDS.csv: UTF-8, a header row, fields separated by commas or semicolons, with the columns
              id          your pseudonymous id of the record: 1 to 64 Latin letters, digits, - or _ (never a
                          document number or anything derived from the person)
              surname, given_name
                          in Cyrillic or Latin letters; at least one of the two
              birth_date  yyyy-mm-dd, dd.mm.yyyy or the year alone; empty when unknown
              sex         (optional) F or M (or Ж, М); empty when unknown
            Other columns (a patronymic, say) are ignored.

            Exit status: 0 written, 1 refused (nothing written), 2 arguments not understood.
            """;

    /** A reason to stop, said to the user; never holds a person's value or the secret. */
    static final class Refused extends Exception {

        Refused(String message) {
            super(message);
        }
    }

    private static final Set<String> OPTIONS = Set.of("--secret", "--input", "--output", "--new-secret");

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    public EncodeCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /** The tool on the process's standard output and error, dates checked against the computer's clock. */
    public static EncodeCommand standard() {
        return new EncodeCommand(System.out, System.err, Clock.systemDefaultZone());
    }

    /** Runs with the arguments that follow {@code encode}; answers the exit status. */
    public int run(List<String> arguments) {
        if (arguments.isEmpty() || arguments.contains("--help") || arguments.contains("-h")) {
            (arguments.isEmpty() ? err : out).print(USAGE_TEXT);
            return arguments.isEmpty() ? USAGE : DONE;
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            int equals = argument.indexOf('=');
            String option = equals > 0 ? argument.substring(0, equals) : argument;
            String value = equals > 0 ? argument.substring(equals + 1) : i + 1 < arguments.size() ? arguments.get(++i)
                    : "";
            if (!OPTIONS.contains(option)) {
                return usage("unknown argument " + option);
            }
            if (value.isBlank() || OPTIONS.contains(value)) {
                return usage(option + " needs a file name");
            }
            if (options.put(option, value) != null) {
                return usage(option + " is given twice");
            }
        }
        try {
            if (options.containsKey("--new-secret")) {
                if (options.size() > 1) {
                    return usage("--new-secret goes alone");
                }
                return newSecret(Path.of(options.get("--new-secret")));
            }
            for (String option : List.of("--secret", "--input", "--output")) {
                if (!options.containsKey(option)) {
                    return usage(option + " is missing");
                }
            }
            return encode(Path.of(options.get("--secret")), Path.of(options.get("--input")), Path.of(options.get(
                    "--output")));
        } catch (Refused e) {
            err.println("Refused: " + e.getMessage());
            return REFUSED;
        }
    }

    private int usage(String problem) {
        err.println(problem);
        err.println();
        err.print(USAGE_TEXT);
        return USAGE;
    }

    private int newSecret(Path file) throws Refused {
        try {
            SecretFile.create(file, LinkageSecret.generate());
        } catch (FileAlreadyExistsException e) {
            throw new Refused(file + " exists already; a secret file is never overwritten (the encodings made with "
                    + "it could no longer be linked)");
        } catch (NoSuchFileException e) {
            throw new Refused("the folder of " + file + " does not exist");
        } catch (IOException e) {
            throw new Refused(file + " cannot be written: " + e.getClass().getSimpleName());
        }
        out.println("A new linkage secret is in " + file + ", readable only by you.");
        out.println("Give a copy to each organisation that encodes records for this linkage, by a channel other than "
                + "Qorgau (never to Qorgau's operators), and keep it safe: encodings made with another secret do not "
                + "link with these.");
        return DONE;
    }

    private int encode(Path secretFile, Path input, Path output) throws Refused {
        LinkageSecret secret = SecretFile.read(secretFile);
        try {
            if (OwnerOnlyFiles.readableByOthers(secretFile)) {
                err.println("Warning: other users of this computer may read " + secretFile + " (chmod 600 "
                        + secretFile + ")");
            }
        } catch (IOException e) {
            // the warning is a courtesy; the secret was read
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(input);
        } catch (NoSuchFileException e) {
            throw new Refused("the input file " + input + " does not exist");
        } catch (IOException e) {
            throw new Refused("the input file " + input + " cannot be read: " + e.getClass().getSimpleName());
        }
        PersonsFile.Contents contents = PersonsFile.read(bytes, LocalDate.now(clock));
        if (!contents.ignoredColumns().isEmpty()) {
            err.println("Columns ignored: " + String.join(", ", contents.ignoredColumns()));
        }
        if (!contents.problems().isEmpty()) {
            for (PersonsFile.Problem problem : contents.problems()) {
                err.println(input.getFileName() + ": " + problem);
            }
            long lines = contents.problems().stream().mapToInt(PersonsFile.Problem::line).distinct().count();
            throw new Refused(count(contents.problems().size(), "problem") + " on " + count(lines, "line") + " of "
                    + input + "; nothing was written. Correct them and run again.");
        }
        List<Path> files = SubmissionFiles.names(output, contents.rows().size());
        List<String> existing = files.stream().filter(Files::exists).map(Path::toString).toList();
        if (!existing.isEmpty()) {
            throw new Refused(String.join(", ", existing) + (existing.size() == 1 ? " exists" : " exist")
                    + " already; existing files are never overwritten: remove them or choose another --output");
        }
        ClkEncoder<PersonEncoding.Person> encoder = PersonEncoding.encoder(secret);
        List<EncodedRecord> records = new ArrayList<>(contents.rows().size());
        for (PersonsFile.Row row : contents.rows()) {
            records.add(new EncodedRecord(row.id(), encoder.encode(row.person())));
        }
        try {
            SubmissionFiles.write(files, records);
        } catch (FileAlreadyExistsException e) {
            throw new Refused(e.getFile() + " appeared while encoding; nothing was written");
        } catch (NoSuchFileException e) {
            throw new Refused("the folder of " + output + " does not exist; nothing was written");
        } catch (IOException e) {
            throw new Refused("the output cannot be written (" + e.getClass().getSimpleName()
                    + "); nothing was written");
        }
        out.println("Encoded " + count(records.size(), "record") + " of " + input + (files.size() == 1 ? " into "
                + files.getFirst() : " into " + files.size() + " files of at most " + String.format(Locale.ROOT,
                        "%,d", SubmissionFiles.MAX_RECORDS) + " records: " + String.join(", ", files.stream().map(
                                Path::toString).toList())) + ".");
        out.println("Submit " + (files.size() == 1 ? "it" : "each file") + " as it is with PUT "
                + "/api/v1/linkage/encodings. Only the ids and the encodings are in " + (files.size() == 1 ? "it"
                        : "them") + "; keep " + (files.size() == 1 ? "it" : "them")
                + " as personal data all the same.");
        return DONE;
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d", n) + " " + noun + (n == 1 ? "" : "s");
    }
}
