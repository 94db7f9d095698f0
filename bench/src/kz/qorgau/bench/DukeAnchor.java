package kz.qorgau.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
 */
final class DukeAnchor {

    private DukeAnchor() {
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
