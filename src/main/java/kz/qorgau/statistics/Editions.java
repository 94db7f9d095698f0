package kz.qorgau.statistics;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.prevention.Milestones;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Spreadsheets;
import kz.qorgau.shared.Spreadsheets.Table;
import kz.qorgau.shared.Today;
import kz.qorgau.statistics.IndicatorSource.Records.Kind;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Published editions of the annual report. An analyst publishes the report of a year that has ended as an edition: a
 * frozen snapshot of its figures (national, exactly; by region as anyone may read them, small counts protected; the
 * year before; the GLOTIP table; the narratives in Russian, Kazakh and English), written once as canonical JSON with
 * its SHA-256 digest and the indicator catalogue's version, recorded in the audit trail; its PDFs and XLSX kept byte
 * for byte; and the ids of the records behind each figure that lists them. The database refuses any change to an
 * edition.
 *
 * <p>Records that arrive later move the live figures, never an edition's. A {@link Revision} computed on demand lists
 * every figure of the year that moved since an edition, from → to, and for a national figure the records added to it
 * or taken from it (listed to the reader within their scope); publishing it makes the next edition, with a note of
 * what changed. Every edition stays available, to the public too ({@code /public/statistics}).
 */
@Service
public class Editions {

    /** The languages of an edition's narratives and PDFs. */
    public static final List<String> LANGUAGES = List.of("ru", "kk", "en");
    /** The first year the statistics hold records for. */
    static final int FIRST_YEAR = 2016;
    /** Whoever reads without an account: no records listed, a region's small counts protected. */
    static final Statistics.Audience PUBLIC = new Statistics.Audience(Set.of());
    static final String XLSX = "report.xlsx";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The key of the records of no region among a figure's regions. */
    static final String UNKNOWN_REGION = "unknown";
    private static final int NOTE_LENGTH = 2000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An edition as listed. */
    public record Edition(long id, int year, int number, Instant publishedAt, String publishedBy,
            String catalogueVersion, String note, String digest) {
    }

    /** An edition with its figures as published. */
    public record Contents(Edition edition, Snapshot snapshot, List<String> files) {
    }

    /**
     * The figures an edition froze: code → value (null: undefined) of the year and of the year before; code → region
     * (or {@value #UNKNOWN_REGION}) → count or the mark of a hidden one; the GLOTIP rows; language → chapter →
     * paragraphs.
     */
    public record Snapshot(int year, String catalogueVersion, Map<String, Object> figures,
            Map<String, Object> previous, Map<String, Map<String, Object>> regions, List<List<Object>> glotip,
            Map<String, Map<String, List<String>>> narratives, Map<String, List<List<String>>> chronology) {

        /** The canonical text: keys in order, numbers as integers or decimals. */
        String json() {
            Map<String, Object> tree = new TreeMap<>();
            tree.put("year", year);
            tree.put("catalogueVersion", catalogueVersion);
            tree.put("figures", figures);
            tree.put("previous", previous);
            tree.put("regions", regions);
            tree.put("glotip", glotip);
            tree.put("narratives", narratives);
            tree.put("chronology", chronology);
            return JSON.writeValueAsString(tree);
        }

        static Snapshot read(String json) {
            Map<String, Object> tree = JSON.readValue(json, new TypeReference<Map<String, Object>>() {
            });
            return new Snapshot(((Number) tree.get("year")).intValue(), (String) tree.get("catalogueVersion"),
                    canonical(map(tree.get("figures"))), canonical(map(tree.get("previous"))), regions(tree.get(
                            "regions")), list(tree.get("glotip")), narratives(tree.get("narratives")), chronology(tree
                                    .get(
                                            "chronology")));
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> map(Object value) {
            return (Map<String, Object>) value;
        }

        @SuppressWarnings("unchecked")
        private static List<List<Object>> list(Object value) {
            return (List<List<Object>>) value;
        }

        private static Map<String, Map<String, Object>> regions(Object value) {
            Map<String, Map<String, Object>> regions = new TreeMap<>();
            map(value).forEach((code, byRegion) -> regions.put(code, canonical(map(byRegion))));
            return regions;
        }

        @SuppressWarnings("unchecked")
        private static Map<String, List<List<String>>> chronology(Object value) {
            return value == null ? Map.of() : (Map<String, List<List<String>>>) value;
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Map<String, List<String>>> narratives(Object value) {
            return (Map<String, Map<String, List<String>>>) value;
        }
    }

    /** A figure that moved since an edition, and the records added to it or taken from it where they are listed. */
    public record Change(Part part, String code, String region, Object from, Object to, Kind kind, int added,
            int removed) {

        public boolean listed() {
            return kind != null;
        }
    }

    /** Where a figure of an edition sits. */
    public enum Part {
        YEAR, PREVIOUS_YEAR, REGION, GLOTIP
    }

    /** What moved since an edition; nothing when the records give the same figures. */
    public record Revision(Edition edition, boolean latest, String catalogueVersion, List<Change> changes) {

        public boolean catalogueChanged() {
            return !catalogueVersion.equals(edition.catalogueVersion());
        }

        public boolean unchanged() {
            return changes.isEmpty() && !catalogueChanged();
        }
    }

    /** A file of an edition, as published. */
    public record File(int year, int number, String name, String mediaType, byte[] content) {

        /** The name a download is saved under. */
        public String downloadName() {
            return "qorgau-" + year + "-edition-" + number + "-" + name;
        }
    }

    private final Statistics statistics;
    private final Glotip glotip;
    private final ReportNarratives narratives;
    private final AnnualReportDocument document;
    private final IndicatorLabels labels;
    private final Milestones milestones;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Today today;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    Editions(Statistics statistics, Glotip glotip, ReportNarratives narratives, AnnualReportDocument document,
            IndicatorLabels labels, Milestones milestones, JdbcClient jdbc, AuditTrail audit, Clock clock,
            Today today, PlatformTransactionManager transactions) {
        this.milestones = milestones;
        this.reading = new TransactionTemplate(transactions);
        reading.setReadOnly(true);
        reading.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.writing = new TransactionTemplate(transactions);
        this.statistics = statistics;
        this.glotip = glotip;
        this.narratives = narratives;
        this.document = document;
        this.labels = labels;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.today = today;
    }

    /** What a year's edition holds, read from one snapshot of the records before anything is written. */
    private record Prepared(Snapshot snapshot, String json, String digest, Map<String, byte[]> pdfs,
            Map<String, Statistics.Listed> listed) {
    }

    /**
     * Publishes the report of a year that has ended as its next edition; a later edition says what changed. Refused
     * when the figures are those of the year's last edition. Everything an edition holds is read in one read-only
     * transaction (one snapshot of the records, the engine's statements side by side), then written in another, which
     * numbers the edition after the year's last.
     */
    @Requires(Permission.STATISTICS_PUBLISH)
    public Edition publish(int year, String note) {
        QorgauUser user = QorgauUser.required();
        if (year < FIRST_YEAR) {
            throw new InvalidFieldException("year", "edition.error.year-before", FIRST_YEAR);
        }
        if (year >= today.year().getValue()) {
            throw new InvalidFieldException("year", "edition.error.year-not-ended", year);
        }
        String said = note == null || note.isBlank() ? null : note.strip();
        if (said != null && said.length() > NOTE_LENGTH) {
            throw new InvalidFieldException("note", "edition.error.note-length", NOTE_LENGTH);
        }
        if (latest(year).isPresent() && said == null) {
            throw new InvalidFieldException("note", "edition.error.note");
        }
        Instant now = clock.instant();
        Prepared prepared = reading.execute(status -> prepare(year));
        return writing.execute(status -> write(year, said, now, user, prepared));
    }

    private Prepared prepare(int year) {
        Snapshot snapshot = snapshot(year, true);
        String json = snapshot.json();
        Map<String, byte[]> pdfs = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            pdfs.put("report-" + language + ".pdf", document.pdf(year, null, PUBLIC, Locale.forLanguageTag(language)));
        }
        Map<String, Statistics.Listed> listed = new LinkedHashMap<>();
        StatisticsQuery query = new StatisticsQuery(year, null);
        statistics.catalogue().forEach(indicator -> statistics.records(indicator.code(), query).ifPresent(
                records -> listed.put(indicator.code(), records)));
        return new Prepared(snapshot, json, sha256(json.getBytes(StandardCharsets.UTF_8)), pdfs, listed);
    }

    private Edition write(int year, String note, Instant now, QorgauUser user, Prepared prepared) {
        Optional<Edition> last = latest(year);
        if (last.isPresent() && note == null) {
            throw new InvalidFieldException("note", "edition.error.note");
        }
        if (last.isPresent() && last.get().digest().equals(prepared.digest())) {
            throw new RuleViolationException("edition.error.unchanged", year, last.get().number());
        }
        int number = last.map(edition -> edition.number() + 1).orElse(1);
        String version = prepared.snapshot().catalogueVersion();
        long id;
        try {
            id = jdbc.sql("insert into statistics_edition (year, number, published_at, published_by, catalogue_version,"
                    + " note, snapshot, digest) values (?, ?, ?, ?, ?, ?, ?, ?) returning id").params(year, number,
                            Timestamp.from(now), user.getUsername(), version, note, prepared.json(), prepared.digest())
                    .query(Long.class).single();
        } catch (DuplicateKeyException meanwhile) {
            throw new RuleViolationException("edition.error.meanwhile", year);
        }
        Edition edition = new Edition(id, year, number, now, user.getUsername(), version, note, prepared.digest());
        prepared.pdfs().forEach((name, content) -> file(id, name, "application/pdf", content));
        file(id, XLSX, XLSX_TYPE, xlsx(edition, prepared.snapshot()));
        prepared.listed().forEach((code, records) -> jdbc.sql("insert into statistics_edition_records (edition_id,"
                + " code, kind, ids) values (?, ?, ?, ?::bigint[])").params(id, code, records.kind().name(), array(
                        records.ids())).update());
        audit.record(AuditEvent.of("STATISTICS_PUBLISHED", "statistics", year).with("edition", id).with("number",
                number).with("digest", prepared.digest()).with("catalogue", version));
        return edition;
    }

    /** Every edition, latest year first and each year's latest first. */
    @Transactional(readOnly = true)
    public List<Edition> all() {
        return jdbc.sql(EDITION + " order by year desc, number desc").query(Editions::edition).list();
    }

    /** The edition of the id. */
    @Requires(Permission.STATISTICS)
    @Transactional(readOnly = true)
    public Contents edition(long id) {
        return jdbc.sql(EDITION_WITH_SNAPSHOT + " where id = ?").param(id).query(this::contents).optional()
                .orElseThrow(() -> new NotFoundException("edition.error.not-found"));
    }

    /** The edition of a year by its number, for anyone. */
    @Transactional(readOnly = true)
    public Optional<Contents> edition(int year, int number) {
        return jdbc.sql(EDITION_WITH_SNAPSHOT + " where year = ? and number = ?").params(year, number).query(
                this::contents).optional();
    }

    /** A file of an edition as published, for anyone. */
    @Transactional(readOnly = true)
    public Optional<File> file(int year, int number, String name) {
        return jdbc.sql(FILE + " where e.year = ? and e.number = ? and f.name = ?").params(year, number, name).query(
                Editions::file).optional();
    }

    /** A file of the edition of the id, as published. */
    @Requires(Permission.STATISTICS)
    @Transactional(readOnly = true)
    public Optional<File> file(long id, String name) {
        return jdbc.sql(FILE + " where e.id = ? and f.name = ?").params(id, name).query(Editions::file).optional();
    }

    /** The edition of the id without its figures (its number, year, digest, note). */
    @Requires(Permission.STATISTICS)
    @Transactional(readOnly = true)
    public Edition summary(long id) {
        return jdbc.sql(EDITION + " where id = ?").param(id).query(Editions::edition).optional().orElseThrow(
                () -> new NotFoundException("edition.error.not-found"));
    }

    private static final String FILE = "select e.year, e.number, f.name, f.media_type, f.content from"
            + " statistics_edition_file f join statistics_edition e on e.id = f.edition_id";

    private static File file(ResultSet rs, int row) throws SQLException {
        return new File(rs.getInt("year"), rs.getInt("number"), rs.getString("name"), rs.getString("media_type"), rs
                .getBytes("content"));
    }

    /** The latest edition of a year, if one is published. */
    @Transactional(readOnly = true)
    public Optional<Edition> latest(int year) {
        return jdbc.sql(EDITION + " where year = ? order by number desc limit 1").param(year).query(Editions::edition)
                .optional();
    }

    /**
     * What moved since the edition: each figure of its year and of the year before whose value (or, by region, mark)
     * is not the one published, and the GLOTIP rows likewise; for a national figure of the year, how many records
     * joined it or left it. Read from one snapshot of the records.
     */
    @Requires(Permission.STATISTICS)
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Revision revision(long id) {
        Contents published = edition(id);
        Edition edition = published.edition();
        Snapshot before = published.snapshot();
        Snapshot now = snapshot(edition.year(), false);
        Map<String, Kind> kinds = new LinkedHashMap<>();
        Map<String, List<Long>> then = listings(id, kinds);
        StatisticsQuery query = new StatisticsQuery(edition.year(), null);
        List<Change> changes = new ArrayList<>();
        for (String code : union(before.figures().keySet(), now.figures().keySet())) {
            Object from = before.figures().get(code);
            Object to = now.figures().get(code);
            if (!Objects.equals(from, to)) {
                Kind kind = kinds.get(code);
                int added = 0;
                int removed = 0;
                if (kind != null) {
                    Set<Long> current = Set.copyOf(statistics.records(code, query).map(Statistics.Listed::ids)
                            .orElse(List.of()));
                    Set<Long> earlier = Set.copyOf(then.get(code));
                    added = (int) current.stream().filter(record -> !earlier.contains(record)).count();
                    removed = (int) earlier.stream().filter(record -> !current.contains(record)).count();
                }
                changes.add(new Change(Part.YEAR, code, null, from, to, kind, added, removed));
            }
        }
        for (String code : union(before.previous().keySet(), now.previous().keySet())) {
            Object from = before.previous().get(code);
            Object to = now.previous().get(code);
            if (!Objects.equals(from, to)) {
                changes.add(new Change(Part.PREVIOUS_YEAR, code, null, from, to, null, 0, 0));
            }
        }
        for (String code : union(before.regions().keySet(), now.regions().keySet())) {
            Map<String, Object> from = before.regions().getOrDefault(code, Map.of());
            Map<String, Object> to = now.regions().getOrDefault(code, Map.of());
            for (String region : union(from.keySet(), to.keySet())) {
                if (!Objects.equals(from.get(region), to.get(region))) {
                    changes.add(new Change(Part.REGION, code, region, from.get(region), to.get(region), null, 0, 0));
                }
            }
        }
        Map<String, Object> glotipBefore = glotipCells(before.glotip());
        Map<String, Object> glotipNow = glotipCells(now.glotip());
        for (String cell : union(glotipBefore.keySet(), glotipNow.keySet())) {
            if (!Objects.equals(glotipBefore.get(cell), glotipNow.get(cell))) {
                changes.add(new Change(Part.GLOTIP, cell, null, glotipBefore.get(cell), glotipNow.get(cell), null, 0,
                        0));
            }
        }
        boolean latest = latest(edition.year()).map(last -> last.id() == id).orElse(false);
        return new Revision(edition, latest, now.catalogueVersion(), changes);
    }

    /**
     * The records that joined a national figure of the edition's year since it was published (added) or left it, for
     * the drill-down (which shows the reader those in their scope). Empty where the figure lists no records.
     */
    @Requires(Permission.STATISTICS)
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<Statistics.Listed> moved(long id, String code, boolean added) {
        Edition edition = summary(id);
        Map<String, Kind> kinds = new LinkedHashMap<>();
        List<Long> then = listings(id, kinds).get(code);
        if (then == null) {
            return Optional.empty();
        }
        List<Long> now = statistics.records(code, new StatisticsQuery(edition.year(), null)).map(
                Statistics.Listed::ids).orElse(List.of());
        Set<Long> from = Set.copyOf(added ? then : now);
        List<Long> moved = (added ? now : then).stream().filter(record -> !from.contains(record)).toList();
        return Optional.of(new Statistics.Listed(kinds.get(code), moved));
    }

    /** The version of the indicator catalogue: its codes, units and chapters, digested. */
    String catalogueVersion() {
        String lines = statistics.catalogue().stream().map(indicator -> indicator.code() + "|" + indicator.unit()
                + "|" + indicator.chapter()).sorted().collect(Collectors.joining("\n"));
        return sha256(lines.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** The year's figures as an edition freezes them; the narratives only when publishing. */
    private Snapshot snapshot(int year, boolean withNarratives) {
        StatisticsQuery query = new StatisticsQuery(year, null);
        Statistics.YearComparison comparison = statistics.compare(query, PUBLIC);
        Map<String, Object> figures = new TreeMap<>();
        Map<String, Object> previous = new TreeMap<>();
        comparison.indicators().forEach(indicator -> {
            figures.put(indicator.code(), canonical(comparison.value(indicator)));
            previous.put(indicator.code(), canonical(comparison.previousValue(indicator)));
        });
        Set<String> codes = new LinkedHashSet<>(figures.keySet());
        Map<String, Map<String, Object>> regions = new TreeMap<>();
        statistics.byRegion(codes, year, PUBLIC).forEach((code, byRegion) -> {
            Map<String, Object> cells = new TreeMap<>();
            byRegion.values().forEach((region, value) -> cells.put(region.value(), value == null ? byRegion.marks()
                    .get(region) : canonical(value)));
            cells.put(UNKNOWN_REGION, byRegion.unknown() == null ? byRegion.unknownMark() : canonical(byRegion
                    .unknown()));
            regions.put(code, cells);
        });
        List<List<Object>> table = new ArrayList<>();
        glotip.rows(query).forEach(row -> table.add(Arrays.asList(row.indicator(), row.dimension(), row.category(),
                row.sex(), row.age(), row.year(), row.value())));
        Map<String, Map<String, List<String>>> paragraphs = new TreeMap<>();
        Map<String, List<List<String>>> chronology = new TreeMap<>();
        if (withNarratives) {
            for (String language : LANGUAGES) {
                chronology.put(language, milestones.chronology(year, Locale.forLanguageTag(language)).stream().map(
                        entry -> List.of(entry.datedOn().toString(), entry.title())).toList());
            }
            for (String language : LANGUAGES) {
                Map<String, List<String>> chapters = new TreeMap<>();
                for (Indicator.Chapter chapter : Indicator.Chapter.values()) {
                    chapters.put(chapter.name(), narratives.of(chapter, comparison, Locale.forLanguageTag(language)));
                }
                paragraphs.put(language, chapters);
            }
        }
        return new Snapshot(year, catalogueVersion(), figures, previous, regions, table, paragraphs, chronology);
    }

    /** The figures of an edition as a workbook: the edition, the figures with their names, by region, GLOTIP. */
    private byte[] xlsx(Edition edition, Snapshot snapshot) {
        List<List<Object>> about = List.of(List.of("year", edition.year()), List.of("edition", edition.number()),
                List.of("published", edition.publishedAt().toString()), List.of("catalogue", edition
                        .catalogueVersion()), List.of("sha256", edition.digest()), Arrays.asList("note", edition
                                .note() == null ? "" : edition.note()));
        List<List<Object>> figures = new ArrayList<>();
        List<List<Object>> regions = new ArrayList<>();
        Set<String> places = new TreeSet<>();
        snapshot.regions().values().forEach(byRegion -> places.addAll(byRegion.keySet()));
        for (Indicator indicator : statistics.catalogue()) {
            List<Object> row = new ArrayList<>(List.of(indicator.code()));
            LANGUAGES.forEach(language -> row.add(labels.name(indicator, Locale.forLanguageTag(language))));
            row.add(Objects.requireNonNullElse(snapshot.figures().get(indicator.code()), ""));
            row.add(Objects.requireNonNullElse(snapshot.previous().get(indicator.code()), ""));
            figures.add(row);
            Map<String, Object> byRegion = snapshot.regions().get(indicator.code());
            if (indicator.breakdown().isEmpty() && byRegion != null) {
                List<Object> line = new ArrayList<>(List.of(indicator.code()));
                places.forEach(place -> line.add(Objects.requireNonNullElse(byRegion.get(place), "")));
                regions.add(line);
            }
        }
        List<String> regionHeader = new ArrayList<>(List.of("Code"));
        regionHeader.addAll(places);
        return Spreadsheets.xlsx(new Table("Edition", List.of("", ""), about), new Table("Figures", List.of("Code",
                "Русский", "Қазақша", "English", Integer.toString(edition.year()), Integer.toString(edition.year()
                        - 1)), figures), new Table("Regions", regionHeader, regions),
                new Table("GLOTIP", Glotip.HEADER, snapshot.glotip()));
    }

    private void file(long edition, String name, String mediaType, byte[] content) {
        jdbc.sql("insert into statistics_edition_file (edition_id, name, media_type, content, digest) values (?, ?, ?,"
                + " ?, ?)").params(edition, name, mediaType, content, sha256(content)).update();
    }

    private Map<String, List<Long>> listings(long id, Map<String, Kind> kinds) {
        Map<String, List<Long>> listings = new LinkedHashMap<>();
        jdbc.sql("select code, kind, ids from statistics_edition_records where edition_id = ?").param(id).query(
                rs -> {
                    kinds.put(rs.getString("code"), Kind.valueOf(rs.getString("kind")));
                    Long[] ids = (Long[]) rs.getArray("ids").getArray();
                    listings.put(rs.getString("code"), Arrays.asList(ids));
                });
        return listings;
    }

    private static Map<String, Object> glotipCells(List<List<Object>> rows) {
        Map<String, Object> cells = new TreeMap<>();
        rows.forEach(row -> cells.put(row.subList(0, 6).stream().map(String::valueOf).collect(Collectors.joining(
                " / ")), row.get(6)));
        return cells;
    }

    private static Set<String> union(Set<String> one, Set<String> other) {
        Set<String> all = new LinkedHashSet<>(one);
        all.addAll(other);
        return all;
    }

    /** Integral numbers as longs and the others as doubles, so that a figure read back equals the one computed. */
    static Object canonical(Object value) {
        if (value instanceof Double number) {
            return number.isNaN() || number.isInfinite() ? null : number;
        }
        if (value instanceof Float || value instanceof BigDecimal) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        return value;
    }

    private static Map<String, Object> canonical(Map<String, Object> values) {
        Map<String, Object> canonical = new TreeMap<>();
        values.forEach((key, value) -> canonical.put(key, canonical(value)));
        return canonical;
    }

    private static String array(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String EDITION = "select id, year, number, published_at, published_by, catalogue_version,"
            + " note, digest from statistics_edition";
    private static final String EDITION_WITH_SNAPSHOT = "select id, year, number, published_at, published_by,"
            + " catalogue_version, note, digest, snapshot, array(select name from statistics_edition_file f where"
            + " f.edition_id = e.id order by name) as files from statistics_edition e";

    private static Edition edition(ResultSet rs, int row) throws SQLException {
        return new Edition(rs.getLong("id"), rs.getInt("year"), rs.getInt("number"), rs.getTimestamp("published_at")
                .toInstant(), rs.getString("published_by"), rs.getString("catalogue_version"), rs.getString("note"),
                rs.getString("digest"));
    }

    private Contents contents(ResultSet rs, int row) throws SQLException {
        String[] files = (String[]) rs.getArray("files").getArray();
        return new Contents(edition(rs, row), Snapshot.read(rs.getString("snapshot")), List.of(files));
    }

    /** The region code of a snapshot's key, or null for the records of no region. */
    static RegionCode region(String key) {
        return UNKNOWN_REGION.equals(key) ? null : RegionCode.of(key);
    }
}
