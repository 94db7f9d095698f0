package kz.qorgau.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.shared.CsvCells;

/**
 * Downloads of statistics: a year's figures (the rows of the statistics page) and the UNODC GLOTIP table,
 * as CSV (UTF-8 with a byte order mark, separated by semicolons, the separator spreadsheets expect in
 * Russian and Kazakh locales, and protected against formula injection by {@link CsvCells}) or XLSX. Each
 * export writes a {@code STATISTICS_EXPORTED} audit entry in the same transaction. Aggregates only.
 */
@Service
class StatisticsExports {

    static final char SEPARATOR = ';';
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

    /** A table: a header and rows of texts and numbers (null: an empty cell). */
    record Table(String sheet, List<String> header, List<List<Object>> rows) {
    }

    private final Statistics statistics;
    private final IndicatorLabels labels;
    private final Glotip glotip;
    private final MessageSource messages;
    private final AuditTrail audit;

    StatisticsExports(Statistics statistics, IndicatorLabels labels, Glotip glotip, MessageSource messages,
            AuditTrail audit) {
        this.statistics = statistics;
        this.labels = labels;
        this.glotip = glotip;
        this.messages = messages;
        this.audit = audit;
    }

    /** The year's figures beside the previous year's: code, name in the language, value, previous, unit. */
    @PreAuthorize("hasAnyRole('ANALYST', 'SUPERVISOR')")
    @Transactional
    Download figures(StatisticsQuery query, Format format, Locale locale) {
        Statistics.YearComparison figures = statistics.compare(query);
        List<List<Object>> rows = new ArrayList<>();
        for (Indicator indicator : figures.indicators()) {
            rows.add(java.util.Arrays.asList(indicator.code(), labels.name(indicator, locale),
                    figures.value(indicator), figures.previousValue(indicator),
                    messages.getMessage(indicator.unit().messageKey(), null, locale)));
        }
        Table table = new Table(Integer.toString(query.year()), List.of(message("statistics.code", locale),
                message("statistics.indicator", locale), Integer.toString(query.year()),
                Integer.toString(query.year() - 1), message("statistics.unit", locale)), rows);
        audited("FIGURES", query, format);
        String name = "qorgau-statistics-" + query.year() + (query.region() == null ? "" : "-" + query.regionCode());
        return new Download(name + "." + format.extension, format.contentType, write(table, format));
    }

    /** The GLOTIP table's rows (for the API). */
    @PreAuthorize("hasAnyRole('ANALYST', 'SUPERVISOR')")
    @Transactional
    List<Glotip.Row> glotipRows(StatisticsQuery query) {
        audited("GLOTIP", query, Format.JSON);
        return glotip.rows(query);
    }

    /** The GLOTIP table as a file. */
    @PreAuthorize("hasAnyRole('ANALYST', 'SUPERVISOR')")
    @Transactional
    Download glotip(StatisticsQuery query, Format format) {
        List<List<Object>> rows = new ArrayList<>();
        for (Glotip.Row row : glotip.rows(query)) {
            Object value = row.value().equals(Glotip.SUPPRESSED) ? row.value() : (Object) Long.valueOf(row.value());
            rows.add(List.of(row.indicator(), row.dimension(), row.category(), row.sex(), row.age(), row.year(), value));
        }
        audited("GLOTIP", query, format);
        return new Download("qorgau-glotip-" + query.year() + "." + format.extension, format.contentType,
                write(new Table("GLOTIP " + query.year(), Glotip.HEADER, rows), format));
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
            case CSV -> csv(table);
            case XLSX -> xlsx(table);
            case JSON -> throw new IllegalArgumentException("not a file format: " + format);
        };
    }

    static byte[] csv(Table table) {
        StringBuilder out = new StringBuilder(CsvCells.BOM);
        out.append(CsvCells.line(table.header(), SEPARATOR));
        for (List<Object> row : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (Object cell : row) {
                cells.add(cell instanceof Number number ? CsvCells.number(number) : CsvCells.text((String) cell, SEPARATOR));
            }
            out.append(String.join(String.valueOf(SEPARATOR), cells)).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(Table table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(table.sheet());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            var header = sheet.createRow(0);
            for (int i = 0; i < table.header().size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(table.header().get(i));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (List<Object> row : table.rows()) {
                var line = sheet.createRow(r++);
                for (int i = 0; i < row.size(); i++) {
                    Object value = row.get(i);
                    if (value instanceof Number number) {
                        line.createCell(i).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        // a string cell is never evaluated as a formula
                        line.createCell(i).setCellValue((String) value);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
