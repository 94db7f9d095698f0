package kz.qorgau.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qorgau.linkage.PersonEncoding.Person;
import kz.qorgau.shared.Sex;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The offline encoding tool run as an organisation runs it, on made-up persons: a secret made, records encoded into
 * the body the API takes, the CLKs those of {@link PersonEncoding}, nothing written and every problem told when the
 * input is wrong, no name or date anywhere in what it writes or prints.
 */
class EncodeCommandTests {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC);
    static final String HEADER = "id,surname,given_name,birth_date,sex\n";

    @TempDir
    Path folder;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int encode(String... arguments) {
        return new EncodeCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8), CLOCK).run(List.of(arguments));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    private Path secret(String name) {
        Path file = folder.resolve(name);
        assertThat(encode("--new-secret", file.toString())).isEqualTo(EncodeCommand.DONE);
        return file;
    }

    private Path csv(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static JsonNode json(Path file) throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(file));
    }

    private static Encodings encodings(Path file) throws IOException {
        List<EncodedRecord> records = new ArrayList<>();
        for (JsonNode record : json(file).get("records")) {
            records.add(new EncodedRecord(record.get("id").asString(), Clk.fromBase64(record.get("clk").asString())));
        }
        return Encodings.of(records);
    }

    @Test
    void makesANewSecretOnlyItsOwnerCanReadAndNeverOverwritesOne() throws Exception {
        Path file = secret("linkage.secret");
        String written = Files.readString(file);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        LinkageSecret secret = SecretFile.read(file);
        assertThat(printed()).doesNotContain(secret.toBase64());

        assertThat(encode("--new-secret", file.toString())).isEqualTo(EncodeCommand.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(file + " exists already");
        assertThat(Files.readString(file)).isEqualTo(written);
    }

    @Test
    void refusesASecretFileThatIsMissingNotBase64OrTooShortAndWritesNothing() throws Exception {
        Path records = csv("records.csv", HEADER + "a-1,Testov,Ivan,1990-01-01,M\n");
        Path output = folder.resolve("encodings.json");
        Path shortSecret = Files.writeString(folder.resolve("short.secret"), Base64.getEncoder().encodeToString(
                new byte[16]) + "\n");
        Path notBase64 = Files.writeString(folder.resolve("text.secret"), "this is not a secret!\n");
        Path twoSecrets = Files.writeString(folder.resolve("two.secret"), LinkageSecret.generate().toBase64() + "\n"
                + LinkageSecret.generate().toBase64() + "\n");

        for (Path secret : List.of(folder.resolve("missing.secret"), shortSecret, notBase64, twoSecrets)) {
            assertThat(encode("--secret", secret.toString(), "--input", records.toString(), "--output", output
                    .toString())).isEqualTo(EncodeCommand.REFUSED);
        }

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.secret does not exist",
                "short.secret is 16 bytes long; a linkage secret has at least 32",
                "text.secret is not a linkage secret file", "two.secret is not a linkage secret file")
                .doesNotContain("this is not");
        assertThat(output).doesNotExist();
    }

    @Test
    void writesTheBodyOfOneSubmissionWithTheClksOfThePersonEncoding() throws Exception {
        Path secretFile = secret("linkage.secret");
        Path records = csv("records.csv", HEADER + """
                shelter-17,Сейітова,Жанар,12.03.1994,Ж
                shelter-18,Demova,Aizhan,1990,F
                shelter-19,Testov,Ivan,,
                """);
        Path output = folder.resolve("encodings.json");

        assertThat(encode("--secret", secretFile.toString(), "--input", records.toString(), "--output", output
                .toString())).isEqualTo(EncodeCommand.DONE);

        ClkEncoder<Person> encoder = PersonEncoding.encoder(SecretFile.read(secretFile));
        JsonNode body = json(output);
        assertThat(body.propertyNames()).containsExactly("records");
        assertThat(body.get("records")).extracting(record -> record.get("id").asString()).containsExactly(
                "shelter-17", "shelter-18", "shelter-19");
        assertThat(body.get("records")).extracting(record -> record.get("clk").asString()).containsExactly(encoder
                .encode(new Person("Сейітова", "Жанар", "19940312", Sex.FEMALE)).toBase64(), encoder.encode(
                        new Person("Demova", "Aizhan", "1990", Sex.FEMALE)).toBase64(), encoder.encode(new Person(
                                "Testov", "Ivan", "", Sex.UNKNOWN)).toBase64());
        assertThat(Files.getPosixFilePermissions(output)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Encoded 3 records", output.toString());
    }

    @Test
    void twoOrganisationsWithOneSecretAreLinkedByTheServersDiceAndAThirdWithAnotherSecretIsNot() throws Exception {
        Path shared = secret("linkage.secret");
        Path other = secret("other.secret");
        Path shelter = csv("shelter.csv", HEADER + "shelter-17,Сейітова,Жанар,12.03.1994,Ж\n"
                + "shelter-18,Демова,Айжан,1990-05-01,Ж\n");
        Path hotline = csv("hotline.csv", "id;given_name;surname;birth_date\ncall-0042;Zhanar;Seitova;1994-03-12\n"
                + "call-0043;Sara;Testova;1985\n");
        encode("--secret", shared.toString(), "--input", shelter.toString(), "--output", folder.resolve("a.json")
                .toString());
        encode("--secret", shared.toString(), "--input", hotline.toString(), "--output", folder.resolve("b.json")
                .toString());
        encode("--secret", other.toString(), "--input", hotline.toString(), "--output", folder.resolve("c.json")
                .toString());
        EncodedLinkage server = new EncodedLinkage(Dice.Threshold.of(ClkEncoder.Hardening.BALANCE.threshold()),
                EncodedLinkage.Pairs.ALL);

        assertThat(server.link(encodings(folder.resolve("a.json")), encodings(folder.resolve("b.json"))))
                .extracting(EncodedLinkage.Link::first, EncodedLinkage.Link::second).containsExactly(
                        tuple("shelter-17", "call-0042"));
        assertThat(server.link(encodings(folder.resolve("a.json")), encodings(folder.resolve("c.json")))).isEmpty();
    }

    @Test
    void twoSecretsGiveUnrelatedClksForTheSameRecords() throws Exception {
        Path records = csv("records.csv", HEADER + """
                a-1,Сейітова,Жанар,12.03.1994,Ж
                a-2,Testov,Ivan,1971-11-30,M
                a-3,Demova,Aizhan,1990,F
                """);
        encode("--secret", secret("one.secret").toString(), "--input", records.toString(), "--output", folder
                .resolve("one.json").toString());
        encode("--secret", secret("two.secret").toString(), "--input", records.toString(), "--output", folder
                .resolve("two.json").toString());

        Encodings one = encodings(folder.resolve("one.json"));
        Encodings two = encodings(folder.resolve("two.json"));
        for (int i = 0; i < one.size(); i++) {
            // balanced CLKs of unrelated records score 0.5 on average
            assertThat(Dice.score(one.record(i).clk(), two.record(i).clk())).isCloseTo(0.5, within(0.1));
        }
    }

    @Test
    void neitherTheOutputNorTheMessagesHoldANameOrADate() throws Exception {
        Path records = csv("records.csv", HEADER + """
                a-1,Сейітова,Жанар,12.03.1994,Ж
                a-2,Testova,Marzhan,1971-11-30,F
                a-3,Zhumabaev,Nurlan,1990,M
                """);
        Path output = folder.resolve("encodings.json");

        assertThat(encode("--secret", secret("linkage.secret").toString(), "--input", records.toString(), "--output",
                output.toString())).isEqualTo(EncodeCommand.DONE);

        String written = Files.readString(output).toLowerCase(Locale.ROOT);
        for (String value : List.of("Сейітова", "Жанар", "seitov", "janar", "testova", "testov", "marzhan", "marjan",
                "zhumabaev", "jumabaev", "nurlan", "1994", "19940312", "1971", "11-30", "1130")) {
            assertThat(written).doesNotContain(value.toLowerCase(Locale.ROOT));
            // the paths printed are the test's temporary folder, whose random digits could hold a year
            assertThat(printed().replace(folder.toString(), "").toLowerCase(Locale.ROOT)).doesNotContain(value
                    .toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void reportsEveryBadLineWithItsPositionAndWritesNothing() throws Exception {
        Path records = csv("records.csv", HEADER + """
                a-1,Testova,Marzhan,1971-11-30,F
                a 2,Testov,Ivan,1990,M
                a-3,Testov,Ivan,31.04.1990,M
                a-1,Testov,Ivan,1990,M
                """);
        Path output = folder.resolve("encodings.json");

        assertThat(encode("--secret", secret("linkage.secret").toString(), "--input", records.toString(), "--output",
                output.toString())).isEqualTo(EncodeCommand.REFUSED);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("records.csv: line 3, column 1 (id)",
                "records.csv: line 4, column 4 (birth_date)",
                "records.csv: line 5, column 1 (id): the same id as line 2",
                "3 problems on 3 lines", "nothing was written").doesNotContain("Testov", "Ivan", "31.04");
        assertThat(output).doesNotExist();
    }

    @Test
    void splitsMoreThanTenThousandRecordsIntoSubmissionsOfTenThousand() throws Exception {
        Path secret = secret("linkage.secret");
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 10_001; i++) {
            text.append("p-").append(i).append(",Testov").append(letters(i)).append(",Ivan").append(letters(i / 7))
                    .append(",1990-01-01,M\n");
        }
        Path many = csv("many.csv", text.toString());
        Path tenThousand = csv("ten-thousand.csv", text.substring(0, text.indexOf("p-10000,")));

        assertThat(encode("--secret", secret.toString(), "--input", many.toString(), "--output", folder.resolve(
                "many.json").toString())).isEqualTo(EncodeCommand.DONE);
        assertThat(encode("--secret", secret.toString(), "--input", tenThousand.toString(), "--output", folder
                .resolve("ten-thousand.json").toString())).isEqualTo(EncodeCommand.DONE);

        assertThat(folder.resolve("many.json")).doesNotExist();
        assertThat(json(folder.resolve("many-1.json")).get("records").size()).isEqualTo(10_000);
        assertThat(json(folder.resolve("many-2.json")).get("records")).singleElement().satisfies(record -> assertThat(
                record.get("id").asString()).isEqualTo("p-10000"));
        assertThat(json(folder.resolve("ten-thousand.json")).get("records").size()).isEqualTo(10_000);
        assertThat(folder.resolve("ten-thousand-1.json")).doesNotExist();
    }

    @Test
    void neverOverwritesAnOutputFileAndWritesNoneOfTheOthers() throws Exception {
        Path secret = secret("linkage.secret");
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 10_001; i++) {
            text.append("p-").append(i).append(",Testov").append(letters(i)).append(",Ivan,,\n");
        }
        Path records = csv("records.csv", text.toString());
        Files.writeString(folder.resolve("encodings-2.json"), "kept");

        assertThat(encode("--secret", secret.toString(), "--input", records.toString(), "--output", folder.resolve(
                "encodings.json").toString())).isEqualTo(EncodeCommand.REFUSED);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("encodings-2.json exists already");
        assertThat(folder.resolve("encodings-1.json")).doesNotExist();
        assertThat(folder.resolve("encodings-2.json")).hasContent("kept");
    }

    @Test
    void explainsItsArgumentsWhenTheyAreWrong() {
        assertThat(encode()).isEqualTo(EncodeCommand.USAGE);
        assertThat(encode("--secret", "s", "--input", "r.csv")).isEqualTo(EncodeCommand.USAGE);
        assertThat(encode("--secret", "s", "--input", "r.csv", "--output", "o.json", "--force")).isEqualTo(
                EncodeCommand.USAGE);
        assertThat(encode("--new-secret", "s", "--input", "r.csv")).isEqualTo(EncodeCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--output is missing", "unknown argument --force",
                "--new-secret goes alone", "Usage:");
        assertThat(encode("--help")).isEqualTo(EncodeCommand.DONE);
    }

    /** A made-up name part that differs for each number: its digits in base 26 as letters. */
    private static String letters(int n) {
        StringBuilder letters = new StringBuilder();
        for (int rest = n; rest > 0 || letters.isEmpty(); rest /= 26) {
            letters.append((char) ('a' + rest % 26));
        }
        return letters.toString();
    }
}
