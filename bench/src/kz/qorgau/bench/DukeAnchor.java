package kz.qorgau.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.ibm.icu.text.Transliterator;

import no.priv.garshol.duke.Comparator;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.JaroWinkler;
import no.priv.garshol.duke.comparators.Levenshtein;
import no.priv.garshol.duke.databases.LuceneDatabase;
import no.priv.garshol.duke.matchers.AbstractMatchListener;

/**
 * The anchor of the linkage benchmark: Duke 1.2 (no.priv.garshol.duke:duke:1.2, Lucene 4 in memory for candidate
 * search, a naive Bayes combination of per-property probabilities) with a hand-tuned configuration on the same
 * records: each property's low and high probability and the threshold are set by hand, as Duke requires. Its values
 * are the file's, trimmed and lower-cased, not folded by the linkage module.
 * <p>
 * The registrations benchmark ({@link RegistrationsBenchmark}) uses it the same way, with a configuration of its own
 * ({@link #registrations}).
 */
final class DukeAnchor {

    /** The pairs Duke called a match (as {@link RegistrationsBenchmark#pairKey}), and how it got there. */
    record Found(Set<Long> pairs, long comparisons, double threshold, int threads, String lookup) {
    }

    private DukeAnchor() {
    }

    /**
     * Duke on the registrations: the values trimmed and lower-cased, the names first put in ASCII Latin by ICU's
     * generic {@code Any-Latin; Latin-ASCII} (Duke has no transliteration of its own: without it a Cyrillic and a Latin
     * spelling compare as unrelated strings; this is what a Duke user would add as a cleaner, not the linkage module's
     * folding rules); Jaro–Winkler on the names, Levenshtein on the date of birth (its digits) and the document number,
     * exact sex and citizenship; each property's low and high probability set by hand, as Duke requires, threshold
     * 0.85 as on FEBRL. Duke chooses the properties it searches Lucene on, as on FEBRL (here it takes the document
     * number: the properties without which, by their high probabilities, no pair could reach the threshold); sex and
     * citizenship, which thousands share, are never searched.
     */
    static Found registrations(List<RegistrationsBenchmark.Registration> registrations) {
        Transliterator toLatin = Transliterator.getInstance("Any-Latin; Latin-ASCII");
        Map<String, String> transliterated = new HashMap<>();
        UnaryOperator<String> name = value -> transliterated.computeIfAbsent(value, toLatin::transliterate);
        List<Record> dukeRecords = new ArrayList<>(registrations.size());
        for (RegistrationsBenchmark.Registration r : registrations) {
            RecordImpl record = new RecordImpl();
            record.addValue("ID", r.id());
            add(record, "given_name", name.apply(r.givenName()));
            add(record, "surname", name.apply(r.surname()));
            add(record, "patronymic", name.apply(r.patronymic()));
            add(record, "sex", r.sex());
            add(record, "birth_date", r.birthDate().replace("-", ""));
            add(record, "citizenship", r.citizenship());
            add(record, "document", r.document());
            dukeRecords.add(record);
        }
        Comparator jaroWinkler = new JaroWinkler();
        Comparator levenshtein = new Levenshtein();
        Comparator exact = new ExactComparator();
        List<Property> properties = List.of(new PropertyImpl("ID"),
                property("given_name", jaroWinkler, 0.3, 0.88, Property.Lookup.DEFAULT),
                property("surname", jaroWinkler, 0.3, 0.9, Property.Lookup.DEFAULT),
                property("patronymic", jaroWinkler, 0.4, 0.75, Property.Lookup.DEFAULT),
                property("sex", exact, 0.1, 0.55, Property.Lookup.FALSE),
                property("birth_date", levenshtein, 0.2, 0.9, Property.Lookup.DEFAULT),
                property("citizenship", exact, 0.3, 0.55, Property.Lookup.FALSE),
                property("document", levenshtein, 0.2, 0.97, Property.Lookup.DEFAULT));
        double threshold = 0.85;
        ConfigurationImpl config = new ConfigurationImpl();
        config.setProperties(new ArrayList<>(properties));
        config.setThreshold(threshold);
        config.setMaybeThreshold(0.7);
        LuceneDatabase database = new LuceneDatabase();
        database.setConfiguration(config);
        database.setOverwrite(true);
        config.setDatabase(database);
        String lookup = String.join(", ", config.getLookupProperties().stream().map(Property::getName).toList());
        Processor processor = new Processor(config, true);
        processor.setThreads(Runtime.getRuntime().availableProcessors());
        Set<Long> found = new HashSet<>();
        processor.addMatchListener(new AbstractMatchListener() {
            @Override
            public void matches(Record first, Record second, double confidence) {
                synchronized (found) {
                    found.add(RegistrationsBenchmark.pairKey(first.getValue("ID"), second.getValue("ID")));
                }
            }
        });
        processor.deduplicate(dukeRecords);
        long comparisons = processor.getComparisonCount();
        int threads = processor.getThreads();
        processor.close();
        return new Found(found, comparisons, threshold, threads, lookup);
    }

    private static Property property(String name, Comparator comparator, double low, double high,
            Property.Lookup lookup) {
        PropertyImpl property = new PropertyImpl(name, comparator, low, high);
        property.setLookupBehaviour(lookup);
        return property;
    }

    private static void add(RecordImpl record, String property, String value) {
        String cleaned = value.strip().toLowerCase(Locale.ROOT);
        if (!cleaned.isEmpty()) {
            record.addValue(property, cleaned);
        }
    }

    static LinkageBenchmark.Run run(Path data, Instant started) throws IOException {
        List<LinkageBenchmark.Febrl> records = LinkageBenchmark.read(data);
        List<Record> dukeRecords = new ArrayList<>();
        String[] names = { "given_name", "surname", "street_number", "address_1", "address_2", "suburb", "postcode",
                "state", "date_of_birth", "soc_sec_id" };
        List<String> lines = Files.readAllLines(data, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] v = line.split(",", -1);
            RecordImpl record = new RecordImpl();
            record.addValue("ID", v[0].strip());
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals("address_2")) {
                    continue; // as the linkage module's comparisons: a free-text second line, mostly empty or noise
                }
                String value = v[i + 1].strip().toLowerCase(Locale.ROOT);
                if (!value.isEmpty()) {
                    record.addValue(names[i], value);
                }
            }
            dukeRecords.add(record);
        }
        Comparator jaroWinkler = new JaroWinkler();
        Comparator levenshtein = new Levenshtein();
        Comparator exact = new ExactComparator();
        List<Property> properties = List.of(new PropertyImpl("ID"),
                new PropertyImpl("given_name", jaroWinkler, 0.35, 0.88),
                new PropertyImpl("surname", jaroWinkler, 0.3, 0.9),
                new PropertyImpl("street_number", exact, 0.45, 0.6),
                new PropertyImpl("address_1", levenshtein, 0.4, 0.75),
                new PropertyImpl("suburb", levenshtein, 0.45, 0.7),
                new PropertyImpl("postcode", levenshtein, 0.45, 0.7),
                new PropertyImpl("state", exact, 0.48, 0.52),
                new PropertyImpl("date_of_birth", levenshtein, 0.3, 0.85),
                new PropertyImpl("soc_sec_id", levenshtein, 0.2, 0.95));
        ConfigurationImpl config = new ConfigurationImpl();
        config.setProperties(new ArrayList<>(properties));
        config.setThreshold(0.85);
        config.setMaybeThreshold(0.7);
        LuceneDatabase database = new LuceneDatabase();
        database.setConfiguration(config);
        database.setOverwrite(true);
        config.setDatabase(database);
        Processor processor = new Processor(config, true);
        processor.setThreads(Runtime.getRuntime().availableProcessors());
        Set<Long> found = new HashSet<>();
        processor.addMatchListener(new AbstractMatchListener() {
            @Override
            public void matches(Record first, Record second, double confidence) {
                synchronized (found) {
                    found.add(LinkageBenchmark.pairKey(first.getValue("ID"), second.getValue("ID")));
                }
            }
        });
        processor.deduplicate(dukeRecords);
        long comparisons = processor.getComparisonCount();
        processor.close();
        long millis = Duration.between(started, Instant.now()).toMillis();
        return LinkageBenchmark.score("duke", records, found, comparisons, millis, comparisons
                + " comparisons of candidates Lucene found, threshold 0.85, " + processor.getThreads() + " threads");
    }
}
