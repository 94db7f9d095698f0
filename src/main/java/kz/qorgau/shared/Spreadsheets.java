package kz.qorgau.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The aggregate tables the system lets users download, as CSV (semicolon-separated, UTF-8 with a byte order mark,
 * cells protected by {@link CsvCells}) or as an XLSX workbook with one sheet per table (a text cell is never a
 * formula).
 */
public final class Spreadsheets {

    /** The separator of the CSV files: a semicolon, which spreadsheets in Kazakhstan's locales read. */
    public static final char SEPARATOR = ';';

    private Spreadsheets() {
    }

    /** A table: a header and rows of texts and numbers (null: an empty cell). */
    public record Table(String sheet, List<String> header, List<List<Object>> rows) {
    }

    /** The tables one after the other, separated by an empty line. */
    public static byte[] csv(Table... tables) {
        StringBuilder out = new StringBuilder(CsvCells.BOM);
        for (int t = 0; t < tables.length; t++) {
            Table table = tables[t];
            if (t > 0) {
                out.append("\r\n");
            }
            out.append(CsvCells.line(table.header(), SEPARATOR));
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>();
                for (Object cell : row) {
                    cells.add(cell instanceof Number number ? CsvCells.number(number)
                            : CsvCells.text((String) cell, SEPARATOR));
                }
                out.append(String.join(String.valueOf(SEPARATOR), cells)).append("\r\n");
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One sheet per table. */
    public static byte[] xlsx(Table... tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (Table table : tables) {
                sheet(workbook, table, bold);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook workbook, Table table, CellStyle bold) {
        Sheet sheet = workbook.createSheet(table.sheet());
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
                    line.createCell(i).setCellValue((String) value);
                }
            }
        }
        sheet.createFreezePane(0, 1);
    }
}
