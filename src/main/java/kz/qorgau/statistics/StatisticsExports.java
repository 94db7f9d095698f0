package kz.qorgau.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.shared.CsvCells;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.Spreadsheets;
import kz.qorgau.shared.Spreadsheets.Table;
import java.util.Arrays;

/**
 * Downloads of statistics: a year's figures (the rows of the statistics page), the UNODC GLOTIP table and the
 * k-anonymous CTDC / HTCDS victim-level rows ({@link Ctdc}),
 * as CSV (UTF-8 with a byte order mark, separated by semicolons, the separator spreadsheets expect in
 * Russian and Kazakh locales, and protected against formula injection by {@link CsvCells}) or XLSX. Each
 * export writes a {@code STATISTICS_EXPORTED} audit entry in the same transaction. Aggregates, or victim-level
 * rows without any identifier, k-anonymous over their quasi-identifiers.
 */
@Service
class StatisticsExports {

    static final String EXPORTED = "STATISTICS_EXPORTED";
    enum Format {
        CSV("text/csv;charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        JSON("application/json", "json");

        final String contentType;
        final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    /** A file to download. */
    record Download(String filename, String contentType, byte[] content) {
    }

    private final Statistics statistics;
    private final IndicatorLabels labels;
    private final Glotip glotip;
    private final Ctdc ctdc;
    private final MessageSource messages;
    private final AuditTrail audit;

    StatisticsExports(Statistics statistics, IndicatorLabels labels, Glotip glotip, Ctdc ctdc, MessageSource messages,
            AuditTrail audit) {
        this.statistics = statistics;
        this.labels = labels;
        this.glotip = glotip;
        this.ctdc = ctdc;
        this.messages = messages;
        this.audit = audit;
    }

    /**
     * The year's figures beside the previous year's as the audience may see them: code, name in the language, value,
     * previous, unit; a hidden figure as the text of its mark ({@code <5}, {@code x}). Not in a transaction of its
     * own: the figures come from one snapshot (the engine's read-only transaction), the audit entry follows.
     */
    @Requires(Permission.STATISTICS)
    Download figures(StatisticsQuery query, Statistics.Audience audience, Format format, Locale locale) {
        Statistics.YearComparison figures = statistics.compare(query, audience);
        List<List<Object>> rows = new ArrayList<>();
        for (Indicator indicator : figures.indicators()) {
            rows.add(Arrays.asList(indicator.code(), labels.name(indicator, locale),
                    shown(figures.value(indicator), figures.mark(indicator)),
                    shown(figures.previousValue(indicator), figures.previousMark(indicator)),
                    messages.getMessage(indicator.unit().messageKey(), null, locale)));
        }
        Table table = new Table(Integer.toString(query.year()), List.of(message("statistics.code", locale),
                message("statistics.indicator", locale), Integer.toString(query.year()),
                Integer.toString(query.year() - 1), message("statistics.unit", locale)), rows);
        audited("FIGURES", query, format);
        String name = "qorgau-statistics-" + query.year() + (query.region() == null ? "" : "-" + query.regionCode());
        return new Download(name + "." + format.extension, format.contentType, write(table, format));
    }

    private static Object shown(Number value, String mark) {
        return mark != null ? mark : value;
    }

    /** The GLOTIP table's rows (for the API). */
    @Requires(Permission.STATISTICS)
    List<Glotip.Row> glotipRows(StatisticsQuery query) {
        audited("GLOTIP", query, Format.JSON);
        return glotip.rows(query);
    }

    /** The GLOTIP table as a file. */
    @Requires(Permission.STATISTICS)
    Download glotip(StatisticsQuery query, Format format) {
        List<List<Object>> rows = new ArrayList<>();
        for (Glotip.Row row : glotip.rows(query)) {
            Object value = row.value().chars().allMatch(Character::isDigit) ? (Object) Long.valueOf(row.value()) : row
                    .value();
            rows.add(List.of(row.indicator(), row.dimension(), row.category(), row.sex(), row.age(), row.year(),
                    value));
        }
        audited("GLOTIP", query, format);
        return new Download("qorgau-glotip-" + query.year() + "." + format.extension, format.contentType,
                write(new Table("GLOTIP " + query.year(), Glotip.HEADER, rows), format));
    }

    /** The CTDC / HTCDS victim-level export (k-anonymous; see {@link Ctdc}) with its metadata, for the API. */
    @Requires(Permission.EXPORT_RECORDS)
    @Transactional
    Ctdc.Export ctdcExport(Ctdc.Years years) {
        Ctdc.Export export = ctdc.export(years);
        audited(export, Format.JSON);
        return export;
    }

    /**
     * The CTDC / HTCDS export as a file: the rows, then the metadata (a second section of the CSV after an empty
     * line, a second sheet of the XLSX).
     */
    @Requires(Permission.EXPORT_RECORDS)
    @Transactional
    Download ctdc(Ctdc.Years years, Format format) {
        Ctdc.Export export = ctdc.export(years);
        audited(export, format);
        String span = years.first() == years.last() ? Integer.toString(years.last())
                : years.first() + "-" + years.last();
        Table rows = new Table("CTDC " + span, export.variables(), export.rows());
        Table metadata = new Table("Metadata", List.of("Metadata", "Value"), metadataRows(export.metadata()));
        byte[] content = switch (format) {
            case CSV -> Spreadsheets.csv(rows, metadata);
            case XLSX -> Spreadsheets.xlsx(rows, metadata);
            case JSON -> throw new IllegalArgumentException("not a file format: " + format);
        };
        return new Download("qorgau-ctdc-" + span + "." + format.extension, format.contentType, content);
    }

    static List<List<Object>> metadataRows(Ctdc.Metadata metadata) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("standard", metadata.standard()));
        rows.add(List.of("k", metadata.k()));
        rows.add(List.of("kAnonymityOver", metadata.kAnonymityOver()));
        rows.add(List.of("quasiIdentifiers", String.join(", ", metadata.quasiIdentifiers())));
        metadata.generalisation().forEach((variable, level) -> rows.add(List.of("generalisation." + variable, level)));
        rows.add(List.of("maxSuppressedPercent", metadata.maxSuppressedPercent()));
        rows.add(List.of("recordsConsidered", metadata.recordsConsidered()));
        rows.add(List.of("recordsReleased", metadata.recordsReleased()));
        rows.add(List.of("recordsSuppressed", metadata.recordsSuppressed()));
        rows.add(List.of("firstYear", metadata.firstYear()));
        rows.add(List.of("lastYear", metadata.lastYear()));
        rows.add(List.of("generatedAt", metadata.generatedAt()));
        rows.add(List.of("suppressionLimitExceeded", Boolean.toString(metadata.suppressionLimitExceeded())));
        rows.add(List.of("nothingReleased", Boolean.toString(metadata.nothingReleased())));
        rows.add(List.of("notice", metadata.notice()));
        return rows;
    }

    /** Counts and settings only: never a value of a row. */
    private void audited(Ctdc.Export export, Format format) {
        Ctdc.Metadata metadata = export.metadata();
        audit.record(AuditEvent.of(EXPORTED, "statistics", metadata.lastYear()).with("table", "CTDC")
                .with("year", metadata.lastYear()).with("firstYear", metadata.firstYear())
                .with("format", format.name()).with("k", metadata.k())
                .with("considered", metadata.recordsConsidered()).with("released", metadata.recordsReleased())
                .with("suppressed", metadata.recordsSuppressed()));
    }

    private void audited(String table, StatisticsQuery query, Format format) {
        audit.record(AuditEvent.of(EXPORTED, "statistics", query.year()).with("table", table)
                .with("year", query.year()).with("region", query.regionCode()).with("format", format.name()));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    static byte[] write(Table table, Format format) {
        return switch (format) {
            case CSV -> Spreadsheets.csv(table);
            case XLSX -> Spreadsheets.xlsx(table);
            case JSON -> throw new IllegalArgumentException("not a file format: " + format);
        };
    }
}
