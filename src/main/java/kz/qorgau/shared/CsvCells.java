package kz.qorgau.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Cells of CSV files the system writes: protected against formula injection (CWE-1236) and quoted as
 * RFC 4180 requires. A cell that a spreadsheet could read as a formula (starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return) is prefixed with a single quote, as OWASP recommends;
 * numbers are written by {@link #number(Number)} and never need it.
 */
public final class CsvCells {

    /** The byte order mark that makes spreadsheet programs read the file as UTF-8. */
    public static final String BOM = "\uFEFF";

    private CsvCells() {
    }

    /** The text, prefixed with a single quote if it could be taken for a formula; null as empty. */
    public static String protect(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    /** A text cell: protected, and quoted when it holds the separator, a quote or a line break. */
    public static String text(String text, char separator) {
        String cell = protect(text);
        if (cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    /** A number cell (never a formula, even when negative); null as empty. */
    public static String number(Number value) {
        return value == null ? "" : value.toString();
    }

    /** A line of text cells, ended with CRLF (RFC 4180). */
    public static String line(List<String> cells, char separator) {
        return cells.stream().map(cell -> text(cell, separator))
                .collect(Collectors.joining(String.valueOf(separator), "", "\r\n"));
    }
}
