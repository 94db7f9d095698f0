package kz.qorgau.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import kz.qorgau.linkage.ClkEncoder.Hardening;
import kz.qorgau.linkage.ClkEncoder.Tokens;

/** CLKs of made-up persons: the same person in Cyrillic and Latin, another secret, the hardenings. */
class ClkEncoderTests {

    record Person(String givenName, String surname, String birthDate) {
    }

    static final List<ClkEncoder.Field<Person>> FIELDS = List.of(ClkEncoder.Field.of("given_name",
            Person::givenName, Tokens.GIVEN_NAME, 20), ClkEncoder.Field.of("surname", Person::surname, Tokens.SURNAME,
                    20), ClkEncoder.Field.of("date_of_birth", Person::birthDate, Tokens.BIGRAMS, 10));
    static final LinkageSecret SECRET = LinkageSecret.of(HexFormat.of().parseHex(
            "6b3a9c1f0e5d4c2b1a09f8e7d6c5b4a3928170605f4e3d2c1b0a99887766554433"));
    static final LinkageSecret OTHER_SECRET = LinkageSecret.of(HexFormat.of().parseHex(
            "00112233445566778899aabbccddeeff102132435465768798a9bacbdcedfe0f"));

    static final Person ZHANAR_CYRILLIC = new Person("Жанар", "Сейітова", "19950314");
    static final Person ZHANAR_LATIN = new Person("Zhanar", "Seitova", "19950314");

    static ClkEncoder<Person> encoder(LinkageSecret secret, Hardening hardening) {
        return new ClkEncoder<>(secret, FIELDS, List.of(), hardening);
    }

    @ParameterizedTest
    @EnumSource(Hardening.class)
    void theSameWomanInCyrillicAndInLatinGetsTheSameClk(Hardening hardening) {
        ClkEncoder<Person> encoder = encoder(SECRET, hardening);

        assertThat(Dice.score(encoder.encode(ZHANAR_CYRILLIC), encoder.encode(ZHANAR_LATIN))).isEqualTo(1.0);
        assertThat(encoder.encode(ZHANAR_LATIN)).isEqualTo(encoder.encode(ZHANAR_LATIN));
    }

    @ParameterizedTest
    @EnumSource(Hardening.class)
    void aTypoKeepsTheScoreAboveTheThresholdAndAnotherPersonFallsBelow(Hardening hardening) {
        ClkEncoder<Person> encoder = encoder(SECRET, hardening);
        Clk zhanar = encoder.encode(ZHANAR_CYRILLIC);

        double typo = Dice.score(zhanar, encoder.encode(new Person("Zhanar", "Seitkova", "19950341")));
        double other = Dice.score(zhanar, encoder.encode(new Person("Aigerim", "Nurlanova", "19880702")));

        assertThat(typo).isGreaterThanOrEqualTo(hardening.threshold());
        assertThat(other).isLessThan(hardening.threshold());
    }

    @ParameterizedTest
    @EnumSource(Hardening.class)
    void anotherSecretGivesAnUnrelatedClk(Hardening hardening) {
        Clk mine = encoder(SECRET, hardening).encode(ZHANAR_LATIN);
        Clk theirs = encoder(OTHER_SECRET, hardening).encode(ZHANAR_LATIN);

        // two random filters of these weights have on average a·b/1024 bits in common
        double a = mine.popcount();
        double b = theirs.popcount();
        double randomBaseline = 2 * (a * b / Clk.BITS) / (a + b);
        assertThat(Dice.score(mine, theirs)).isCloseTo(randomBaseline, within(0.1));
    }

    @ParameterizedTest
    @EnumSource(Hardening.class)
    void theEncodingNeverContainsThePlaintext(Hardening hardening) {
        EncodedRecord encoded = encoder(SECRET, hardening).encode("p-1", ZHANAR_LATIN);
        byte[] bytes = Base64.getDecoder().decode(encoded.clk().toBase64());
        String asText = new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase();

        for (String plaintext : List.of("zhanar", "seitova", "janar", "seitov", "19950314", "1995")) {
            assertThat(asText).doesNotContain(plaintext);
            assertThat(encoded.clk().toBase64().toLowerCase()).doesNotContain(plaintext);
            assertThat(encoded.toString().toLowerCase()).doesNotContain(plaintext);
        }
    }

    @Test
    void balancingSetsExactlyHalfTheBitsWhateverTheRecord() {
        ClkEncoder<Person> encoder = encoder(SECRET, Hardening.BALANCE);

        for (Person person : List.of(ZHANAR_LATIN, new Person("", "", ""), new Person("Al", "", ""), new Person(
                "Maximilianus Konstantinos Aleksandrovich", "Abdrakhmanova-Seitkulova", "20011231"))) {
            assertThat(encoder.encode(person).popcount()).as(person.toString()).isEqualTo(Clk.BITS / 2);
        }
    }

    @Test
    void withoutBalancingTheWeightGrowsWithTheNames() {
        for (Hardening hardening : List.of(Hardening.NONE, Hardening.XOR_FOLD)) {
            ClkEncoder<Person> encoder = encoder(SECRET, hardening);

            assertThat(encoder.encode(new Person("", "", "")).popcount()).isZero();
            assertThat(encoder.encode(new Person("Maximilianus", "Abdrakhmanova", "20011231")).popcount()).as(
                    hardening.name()).isGreaterThan(encoder.encode(new Person("Al", "Li", "20011231")).popcount());
        }
    }

    @Test
    void xorFoldingFoldsTheTwoHalvesOfA2048BitFilterTogether() {
        ClkEncoder<Person> encoder = encoder(SECRET, Hardening.XOR_FOLD);

        long[] hashed = encoder.hashed(ZHANAR_LATIN);
        long[] folded = encoder.encode(ZHANAR_LATIN).words();

        assertThat(hashed).hasSize(2 * Clk.WORDS);
        for (int w = 0; w < Clk.WORDS; w++) {
            assertThat(folded[w]).isEqualTo(hashed[w] ^ hashed[w + Clk.WORDS]);
        }
    }

    @Test
    void balancingPermutesA512BitFilterWithItsComplement() {
        ClkEncoder<Person> encoder = encoder(SECRET, Hardening.BALANCE);
        int[] permutation = ClkEncoder.permutation(SECRET.key("balance permutation"));

        long[] hashed = encoder.hashed(ZHANAR_LATIN);
        Clk balanced = encoder.encode(ZHANAR_LATIN);

        assertThat(hashed).hasSize(Clk.WORDS / 2);
        for (int bit = 0; bit < Clk.BITS / 2; bit++) {
            boolean set = (hashed[bit >>> 6] & 1L << bit) != 0;
            assertThat(balanced.get(permutation[bit])).isEqualTo(set);
            assertThat(balanced.get(permutation[bit + Clk.BITS / 2])).isEqualTo(!set);
        }
    }

    @Test
    void aClkTravelsAsBase64Of128Bytes() {
        Clk clk = encoder(SECRET, Hardening.BALANCE).encode(ZHANAR_LATIN);

        String wire = clk.toBase64();

        assertThat(Base64.getDecoder().decode(wire)).hasSize(128);
        assertThat(Clk.fromBase64(wire)).isEqualTo(clk);
        assertThatThrownBy(() -> Clk.fromBase64(Base64.getEncoder().encodeToString(new byte[64]))).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void theBitOrderOnTheWireIsWordByWordBigEndian() {
        long[] words = new long[Clk.WORDS];
        words[0] = 1L;
        words[15] = 1L << 63;

        byte[] bytes = Base64.getDecoder().decode(Clk.of(words).toBase64());

        assertThat(bytes[7]).isEqualTo((byte) 1);
        assertThat(bytes[120]).isEqualTo((byte) 0x80);
        assertThat(Clk.of(words).get(0)).isTrue();
        assertThat(Clk.of(words).get(Clk.BITS - 1)).isTrue();
    }

    @Test
    void theSameBigramSetsDifferentBitsInDifferentFields() {
        ClkEncoder<Person> givenNameOnly = new ClkEncoder<>(SECRET, List.of(FIELDS.get(0)), List.of(),
                Hardening.NONE);
        ClkEncoder<Person> surnameOnly = new ClkEncoder<>(SECRET, List.of(FIELDS.get(1)), List.of(), Hardening.NONE);
        Person same = new Person("Nurlan", "Nurlan", "");

        assertThat(Dice.score(givenNameOnly.encode(same), surnameOnly.encode(same))).isLessThan(0.3);
    }

    @Test
    void theBalancingPermutationIsAPermutationThatDependsOnTheKey() {
        int[] permutation = ClkEncoder.permutation(SECRET.key("balance permutation"));

        assertThat(permutation).hasSize(Clk.BITS);
        assertThat(Arrays.stream(permutation).sorted().toArray()).isEqualTo(IntStream
                .range(0, Clk.BITS).toArray());
        assertThat(permutation).isNotEqualTo(ClkEncoder.permutation(OTHER_SECRET.key("balance permutation")));
    }

    @Test
    void keyedBlockingKeysMatchForTheSameValueAndShowNothingOfIt() {
        ClkEncoder<Person> encoder = new ClkEncoder<>(SECRET, FIELDS, List.of(new BlockingRule<>("year of birth",
                person -> person.birthDate().substring(0, 4))), Hardening.BALANCE);

        EncodedRecord cyrillic = encoder.encode("a-1", ZHANAR_CYRILLIC);
        EncodedRecord latin = encoder.encode("b-7", ZHANAR_LATIN);

        assertThat(cyrillic.blocks()).hasSize(1).isEqualTo(latin.blocks());
        assertThat(cyrillic.blocks().getFirst()).doesNotContain("1995");
        assertThat(new ClkEncoder<>(OTHER_SECRET, FIELDS, List.of(new BlockingRule<Person>("year of birth",
                person -> person.birthDate().substring(0, 4))), Hardening.BALANCE).encode("a-1", ZHANAR_CYRILLIC)
                .blocks()).isNotEqualTo(cyrillic.blocks());
    }
}
