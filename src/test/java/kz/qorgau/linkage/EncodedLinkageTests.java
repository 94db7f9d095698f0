package kz.qorgau.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import kz.qorgau.linkage.ClkEncoder.Hardening;
import kz.qorgau.linkage.ClkEncoderTests.Person;
import kz.qorgau.linkage.EncodedLinkage.Link;
import kz.qorgau.linkage.EncodedLinkage.Pairs;

/** Links between encoded sets of made-up persons: within one organisation's set and between two. */
class EncodedLinkageTests {

    static final ClkEncoder<Person> ENCODER = new ClkEncoder<>(ClkEncoderTests.SECRET, ClkEncoderTests.FIELDS, List
            .of(new BlockingRule<>("year of birth", person -> person.birthDate().substring(0, 4))),
            Hardening.BALANCE);
    static final EncodedLinkage ALL_PAIRS = new EncodedLinkage(Dice.Threshold.of(Hardening.BALANCE.threshold()),
            Pairs.ALL);

    static Encodings encode(List<String> ids, List<Person> persons) {
        return Encodings.of(IntStream.range(0, ids.size()).mapToObj(i -> ENCODER.encode(ids.get(i),
                persons.get(i))).toList());
    }

    @Test
    void findsTheSamePersonTwiceInOneSet() {
        Encodings shelter = encode(List.of("s-1", "s-2", "s-3", "s-4"), List.of(new Person("Жанар", "Сейітова",
                "19950314"), new Person("Aigerim", "Nurlanova", "19880702"), new Person("Zhanar", "Seitova",
                        "19950314"), new Person("Dana", "Akhmetova", "20010115")));

        List<Link> links = ALL_PAIRS.deduplicate(shelter);

        assertThat(links).extracting(Link::first, Link::second).containsExactly(tuple(
                "s-1", "s-3"));
        assertThat(links.getFirst().score()).isEqualTo(1.0);
    }

    @Test
    void linksEachRecordOfOneOrganisationToAtMostOneOfTheOtherTheBestFirst() {
        Encodings ngo = encode(List.of("n-1", "n-2"), List.of(new Person("Zhanar", "Seitova", "19950314"), new Person(
                "Aigerim", "Nurlanova", "19880702")));
        // the hotline registered Zhanar twice, once with a typo: only the exact one is linked
        Encodings hotline = encode(List.of("h-1", "h-2", "h-3"), List.of(new Person("Zhanar", "Seitkova", "19950314"),
                new Person("Жанар", "Сейітова", "19950314"), new Person("Aigerim", "Nurlanova", "19880702")));

        List<Link> links = ALL_PAIRS.link(ngo, hotline);

        assertThat(links).extracting(Link::first, Link::second).containsExactlyInAnyOrder(
                tuple("n-1", "h-2"), tuple("n-2", "h-3"));
        assertThat(ALL_PAIRS.deduplicate(hotline)).extracting(Link::first, Link::second).containsExactly(
                tuple("h-1", "h-2"));
    }

    @Test
    void blockingComparesOnlyRecordsThatShareAKeyedBlockingKey() {
        List<Person> persons = List.of(new Person("Zhanar", "Seitova", "19950314"), new Person("Zhanar", "Seitova",
                "19960314"), new Person("Zhanar", "Seitova", "19950314"));
        Encodings set = encode(List.of("a", "b", "c"), persons);
        EncodedLinkage blocked = new EncodedLinkage(Dice.Threshold.of(0.8), Pairs.SHARED_BLOCK);
        EncodedLinkage all = new EncodedLinkage(Dice.Threshold.of(0.8), Pairs.ALL);

        assertThat(all.deduplicate(set)).hasSize(3);
        assertThat(blocked.deduplicate(set)).extracting(Link::first, Link::second).containsExactly(
                tuple("a", "c"));
        assertThat(blocked.link(set, set)).extracting(Link::first, Link::second).containsExactly(
                tuple("a", "a"), tuple("b", "b"),
                tuple("c", "c"));
    }

    @Test
    void anEncodedRecordSurvivesTheWire() {
        EncodedRecord record = ENCODER.encode("n-1", new Person("Zhanar", "Seitova", "19950314"));

        EncodedRecord received = new EncodedRecord(record.id(), Clk.fromBase64(record.clk().toBase64()), record
                .blocks());

        assertThat(Encodings.of(List.of(received)).record(0)).isEqualTo(record);
    }
}
