package kz.qorgau.linkage;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.qorgau.shared.Sex;

/**
 * The records file the offline encoding tool reads: CSV in UTF-8 (RFC 4180: a header row, fields separated by commas
 * or by semicolons, as a spreadsheet saves it, quoted when they hold the separator, a quote or a line break), one
 * person per line, with the columns {@code id}, {@code surname}, {@code given_name}, {@code birth_date} and
 * optionally {@code sex} (what {@link PersonEncoding} encodes); other columns, a patronymic among them, are ignored. Every line is checked and every problem
 * reported, by line and column and never with the value, which is a person's data.
 */
final class PersonsFile {

    /** The columns read; the first four must be there. */
    static final List<String> COLUMNS = List.of("id", "surname", "given_name", "birth_date", "sex");
    private static final int REQUIRED = 4;
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DOTTED_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");
    private static final int EARLIEST_YEAR = 1900;
    /** What registers write for a name not known; encoded, they would make strangers look alike. */
    private static final Set<String> PLACEHOLDERS = Set.of("unknown", "n/a", "none", "нет", "неизвестно",
            "неизвестен", "неизвестна", "белгісіз");

    /** One person read from line {@code line}. */
    record Row(int line, String id, PersonEncoding.Person person) {

        /** Never the person's values: a row must not reach a log. */
        @Override
        public String toString() {
            return "Row[line " + line + "]";
        }
    }

    /** What is wrong at a line and column (0 when the problem is the whole line), said without the value. */
    record Problem(int line, int column, String columnName, String reason) {

        @Override
        public String toString() {
            String where = "line " + line + (column == 0 ? "" : ", column " + column) + (columnName.isEmpty() ? ""
                    : " (" + columnName + ")");
            return where + ": " + reason;
        }
    }

    /** The rows read, the problems found (the rows are to be used only when there is none), the columns ignored. */
    record Contents(List<Row> rows, List<Problem> problems, List<String> ignoredColumns) {
    }

    private PersonsFile() {
    }

    /** Reads and checks the whole file; {@code today} bounds the dates of birth. */
    static Contents read(byte[] bytes, LocalDate today) {
        List<Problem> problems = notUtf8(bytes);
        if (!problems.isEmpty()) {
            return new Contents(List.of(), problems, List.of());
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Csv csv = new Csv(text, separator(text));
        Csv.Record header = csv.next();
        if (header == null) {
            return new Contents(List.of(), List.of(new Problem(1, 0, "", "the file is empty: it needs a header row "
                    + "with the columns " + String.join(", ", COLUMNS.subList(0, REQUIRED)))), List.of());
        }
        if (header.problem() != null) {
            return new Contents(List.of(), List.of(header.problem()), List.of());
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            if (COLUMNS.contains(name)) {
                if (columns.putIfAbsent(name, i) != null) {
                    problems.add(new Problem(header.line(), i + 1, name, "the column appears twice"));
                }
            } else {
                ignored.add(name.isEmpty() ? "(column " + (i + 1) + ", no name)" : name);
            }
        }
        List<String> missing = COLUMNS.subList(0, REQUIRED).stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(new Problem(header.line(), 0, "", "the header has no column " + String.join(", ", missing)
                    + " (it needs " + String.join(", ", COLUMNS.subList(0, REQUIRED))
                    + "; optionally sex)"));
        }
        if (!problems.isEmpty()) {
            return new Contents(List.of(), problems, ignored);
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        for (Csv.Record record = csv.next(); record != null; record = csv.next()) {
            if (record.problem() != null) {
                problems.add(record.problem());
                continue;
            }
            if (record.isBlank()) {
                continue;
            }
            Line line = new Line(record, columns, problems);
            if (!line.fitsHeader(header.fields().size())) {
                continue;
            }
            String id = line.id(idLines);
            String surname = line.name("surname");
            String givenName = line.name("given_name");
            if (surname != null && givenName != null && surname.isEmpty() && givenName.isEmpty()) {
                line.problem("surname", "no surname and no given name: a record needs at least one of them");
            }
            String birthDate = line.birthDate(today);
            Sex sex = line.sex();
            if (!line.hasProblems()) {
                rows.add(new Row(record.line(), id, new PersonEncoding.Person(surname, givenName, birthDate,
                        sex)));
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(header.line(), 0, "", "the file has a header but no record"));
        }
        return new Contents(problems.isEmpty() ? rows : List.of(), problems, ignored);
    }

    /**
     * The lines that are not UTF-8, by number: 0x0A never occurs inside a UTF-8 sequence, so each line can be checked on
     * its own.
     */
    private static List<Problem> notUtf8(byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        int line = 1;
        for (int start = 0; start <= bytes.length;) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, end
                                - start));
            } catch (CharacterCodingException e) {
                problems.add(new Problem(line, 0, "", "not UTF-8 text: save the file as \"CSV UTF-8\""));
            }
            start = end + 1;
            line++;
        }
        return problems;
    }

    /** The separator of the header row: a semicolon when it has more of them than commas outside quotes. */
    private static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** One record's fields checked column by column, each problem added with its column. */
    private static final class Line {

        private final Csv.Record record;
        private final Map<String, Integer> columns;
        private final List<Problem> problems;
        private final int problemsBefore;

        Line(Csv.Record record, Map<String, Integer> columns, List<Problem> problems) {
            this.record = record;
            this.columns = columns;
            this.problems = problems;
            this.problemsBefore = problems.size();
        }

        /** Whether the line has the header's number of fields (more are allowed when empty, as spreadsheets add). */
        boolean fitsHeader(int fields) {
            int count = record.fields().size();
            while (count > fields && record.fields().get(count - 1).isBlank()) {
                count--;
            }
            if (count != fields) {
                problems.add(new Problem(record.line(), 0, "", count + (count == 1 ? " field" : " fields")
                        + " where the header has " + fields + " (a separator too many or too few?)"));
                return false;
            }
            return true;
        }

        boolean hasProblems() {
            return problems.size() > problemsBefore;
        }

        void problem(String column, String reason) {
            problems.add(new Problem(record.line(), columns.get(column) + 1, column, reason));
        }

        /** The value of a column, stripped; empty when the file has no such column. */
        private String value(String column) {
            Integer index = columns.get(column);
            return index == null ? "" : record.fields().get(index).strip();
        }

        String id(Map<String, Integer> idLines) {
            String id = value("id");
            if (id.isEmpty()) {
                problem("id", "no id: every record needs its pseudonymous id");
            } else if (!EncodedRecord.SUBMITTED_ID.matcher(id).matches()) {
                problem("id", "an id is 1 to 64 Latin letters, digits, '-' or '_'");
            } else {
                Integer first = idLines.putIfAbsent(id, record.line());
                if (first != null) {
                    problem("id", "the same id as line " + first + ": each record needs an id of its own");
                }
            }
            return id;
        }

        /** A name, empty when not given; null when it cannot be encoded (the problem is added). */
        String name(String column) {
            String name = value(column);
            if (name.isEmpty()) {
                return name;
            }
            if (DIGIT.matcher(name).find()) {
                problem(column, "a name with a digit: is a date or an id in this column?");
                return null;
            }
            if (PLACEHOLDERS.contains(name.toLowerCase(Locale.ROOT))) {
                problem(column, "a word for an unknown name: leave the field empty instead");
                return null;
            }
            if (NameFolding.givenName(name).isEmpty()) {
                problem(column, "no Cyrillic or Latin letter: leave the field empty when the name is unknown");
                return null;
            }
            return name;
        }

        /** The date of birth as yyyyMMdd or yyyy, empty when not given; null when wrong (the problem is added). */
        String birthDate(LocalDate today) {
            String value = value("birth_date");
            if (value.isEmpty()) {
                return value;
            }
            if (YEAR.matcher(value).matches()) {
                int year = Integer.parseInt(value);
                if (year < EARLIEST_YEAR || year > today.getYear()) {
                    problem("birth_date", "a year of birth before " + EARLIEST_YEAR + " or after this year");
                    return null;
                }
                return value;
            }
            Matcher iso = ISO_DATE.matcher(value);
            Matcher dotted = DOTTED_DATE.matcher(value);
            LocalDate date;
            try {
                if (iso.matches()) {
                    date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer
                            .parseInt(iso.group(3)));
                } else if (dotted.matches()) {
                    date = LocalDate.of(Integer.parseInt(dotted.group(3)), Integer.parseInt(dotted.group(2)), Integer
                            .parseInt(dotted.group(1)));
                } else {
                    problem("birth_date", "not a date: write yyyy-mm-dd, dd.mm.yyyy or the year alone");
                    return null;
                }
            } catch (DateTimeException e) {
                problem("birth_date", "no such day in the calendar");
                return null;
            }
            if (date.getYear() < EARLIEST_YEAR || date.isAfter(today)) {
                problem("birth_date", "a date of birth before " + EARLIEST_YEAR + " or after today");
                return null;
            }
            return PersonEncoding.Person.birthDate(date);
        }

        /** The sex: F or M (Latin or Cyrillic Ж, М, any case, or the words), empty when unknown. */
        Sex sex() {
            return switch (value("sex").toLowerCase(Locale.ROOT)) {
                case "" -> Sex.UNKNOWN;
                case "f", "female", "ж", "жен", "женский" -> Sex.FEMALE;
                case "m", "male", "м", "муж", "мужской" -> Sex.MALE;
                default -> {
                    problem("sex", "write F or M (or Ж, М), or leave it empty when unknown");
                    yield Sex.UNKNOWN;
                }
            };
        }
    }

    /**
     * An RFC 4180 reader over the whole text: fields separated by {@code separator}, a field in double quotes may hold
     * the separator, line breaks and doubled quotes. Records are numbered by the line they start on.
     */
    static final class Csv {

        /** One record: its first line, its fields, or the problem that made it unreadable. */
        record Record(int line, List<String> fields, Problem problem) {

            boolean isBlank() {
                return fields.stream().allMatch(String::isBlank);
            }
        }

        private final String text;
        private final char separator;
        private int position;
        private int line = 1;

        Csv(String text, char separator) {
            this.text = text;
            this.separator = separator;
        }

        /** The next record, or null at the end of the text. */
        Record next() {
            if (position >= text.length()) {
                return null;
            }
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            Problem problem = null;
            while (true) {
                int column = fields.size() + 1;
                if (position < text.length() && text.charAt(position) == '"' && field.toString().isBlank()) {
                    int opened = line;
                    field.setLength(0);
                    position++;
                    boolean closed = false;
                    while (position < text.length()) {
                        char c = text.charAt(position++);
                        if (c == '"') {
                            if (position < text.length() && text.charAt(position) == '"') {
                                field.append('"');
                                position++;
                            } else {
                                closed = true;
                                break;
                            }
                        } else {
                            if (c == '\n' || c == '\r' && !(position < text.length() && text.charAt(
                                    position) == '\n')) {
                                line++;
                            }
                            field.append(c);
                        }
                    }
                    if (!closed) {
                        return new Record(start, fields, new Problem(opened, column, "", "a quoted field is never "
                                + "closed: a quote (\") is missing"));
                    }
                    while (position < text.length() && (text.charAt(position) == ' ' || text.charAt(
                            position) == '\t')) {
                        position++;
                    }
                    if (position < text.length() && !isEnd(text.charAt(position))) {
                        problem = problem != null ? problem : new Problem(line, column, "", "text after the closing "
                                + "quote: a quote inside a quoted field is written twice (\"\")");
                        while (position < text.length() && !isEnd(text.charAt(position))) {
                            position++;
                        }
                    }
                }
                while (position < text.length() && !isEnd(text.charAt(position))) {
                    char c = text.charAt(position++);
                    if (c == '"' && problem == null) {
                        problem = new Problem(line, column, "", "a quote inside a field that does not start with "
                                + "one: quote the whole field and write the quote twice (\"\")");
                    }
                    field.append(c);
                }
                fields.add(field.toString());
                field.setLength(0);
                if (position >= text.length()) {
                    break;
                }
                char end = text.charAt(position++);
                if (end == separator) {
                    continue;
                }
                if (end == '\r' && position < text.length() && text.charAt(position) == '\n') {
                    position++;
                }
                line++;
                break;
            }
            return new Record(start, fields, problem);
        }

        private boolean isEnd(char c) {
            return c == separator || c == '\n' || c == '\r';
        }
    }
}
