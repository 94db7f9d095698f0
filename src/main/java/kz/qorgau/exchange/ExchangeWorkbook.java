package kz.qorgau.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kz.qorgau.organisations.Region;
import kz.qorgau.organisations.Regions;
import kz.qorgau.victims.TraffickingStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The spreadsheet form of the exchange format, for the organisations that keep their records in spreadsheets: a
 * template (XLSX) with a sheet of persons, one of victim records, one of later status decisions and one of screenings
 * (the indicators found present, absent or not known, by code, in three columns), each column a
 * field of the format and, where the schema has a vocabulary, a list of its codes to choose from (read from the
 * schema, so that the template follows it); and the reading of a filled template into a document of the format
 * (the current version), which then goes through the same checks and the same import as a JSON document.
 * <p>
 * A sheet's references (the {@code reference} columns) are the organisation's own: they become the records' external
 * ids ({@code KZ-XLSX:person:<reference>}), so that importing the workbook again is idempotent as a document is. Record
 * number N of a kind in a report is row N + 1 of its sheet.
 */
@Component
class ExchangeWorkbook {

    static final String SYSTEM = "KZ-XLSX";
    static final String PERSONS = "persons";
    static final String VICTIMS = "victims";
    static final String DECISIONS = "decisions";
    static final String SCREENINGS = "screenings";
    static final String LISTS = "lists";
    static final List<String> PERSON_COLUMNS = List.of("reference", "secondName", "firstName", "middleName",
            "birthdate", "gender", "citizenship", "stateless", "identityNumber", "passportNumber", "passportCountry");
    static final List<String> VICTIM_COLUMNS = List.of("reference", "person", "anonymous", "region", "identifiedOn",
            "traffickingStatusDetail", "gender", "ageAtIdentification", "child", "typeOfExploitation",
            "citizenship", "exploitationCountry", "consentToProcessing");
    static final List<String> DECISION_COLUMNS = List.of("victim", "decidedOn", "traffickingStatusDetail");
    static final List<String> SCREENING_COLUMNS = List.of("victim", "screenedOn", "context", "exploitation", "child",
            "traffickingStatusDetail", "present", "absent", "unknown");
    /** The columns of a screening's answers, in order: each the answer's code in the format, in lower case. */
    static final List<String> ANSWER_COLUMNS = List.of("present", "absent", "unknown");
    /** The rows of the template that offer the lists (data validation). */
    static final int ROWS = 5_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private final Regions regions;
    private final MessageSource messages;

    ExchangeWorkbook(Regions regions, MessageSource messages) {
        this.regions = regions;
        this.messages = messages;
    }

    /** The template, its explanations in the language given. */
    byte[] template(Locale locale) {
        JsonNode defs = schema().get("$defs");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet help = workbook.createSheet(messages.getMessage("exchange.workbook.help", null, locale));
            Sheet persons = header(workbook.createSheet(PERSONS), PERSON_COLUMNS, bold);
            Sheet victims = header(workbook.createSheet(VICTIMS), VICTIM_COLUMNS, bold);
            Sheet decisions = header(workbook.createSheet(DECISIONS), DECISION_COLUMNS, bold);
            Sheet screenings = header(workbook.createSheet(SCREENINGS), SCREENING_COLUMNS, bold);
            Sheet lists = workbook.createSheet(LISTS);
            Map<String, List<String>> vocabularies = new LinkedHashMap<>();
            vocabularies.put("gender", codes(defs, "gender"));
            vocabularies.put("status", List.of("Possible", "Presumed", "NotAVictim"));
            vocabularies.put("decision", codes(defs, "traffickingStatusDetail"));
            vocabularies.put("typeOfExploitation", codes(defs, "typeOfExploitation"));
            vocabularies.put("consent", codes(defs, "consentDecision"));
            vocabularies.put("context", codes(defs, "screeningContext"));
            vocabularies.put("exploitation", codes(defs, "screeningExploitation"));
            List<String> indicators = new ArrayList<>(codes(defs, "iloIndicator"));
            indicators.addAll(codes(defs, "delphiIndicator"));
            vocabularies.put("indicator", indicators);
            vocabularies.put("region", regions.all().stream().map(Region::code).map(code -> code.value())
                    .distinct().sorted().toList());
            vocabularies.put("boolean", List.of("TRUE", "FALSE"));
            int column = 0;
            Map<String, String> ranges = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> vocabulary : vocabularies.entrySet()) {
                List<String> values = vocabulary.getValue();
                for (int i = 0; i < values.size(); i++) {
                    Row row = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
                    row.createCell(column).setCellValue(values.get(i));
                }
                String letter = String.valueOf((char) ('A' + column));
                ranges.put(vocabulary.getKey(), LISTS + "!$" + letter + "$1:$" + letter + "$" + values.size());
                column++;
            }
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
            choose(persons, PERSON_COLUMNS, "gender", ranges.get("gender"));
            choose(persons, PERSON_COLUMNS, "stateless", ranges.get("boolean"));
            choose(victims, VICTIM_COLUMNS, "anonymous", ranges.get("boolean"));
            choose(victims, VICTIM_COLUMNS, "child", ranges.get("boolean"));
            choose(victims, VICTIM_COLUMNS, "region", ranges.get("region"));
            choose(victims, VICTIM_COLUMNS, "traffickingStatusDetail", ranges.get("status"));
            choose(victims, VICTIM_COLUMNS, "gender", ranges.get("gender"));
            choose(victims, VICTIM_COLUMNS, "typeOfExploitation", ranges.get("typeOfExploitation"));
            choose(victims, VICTIM_COLUMNS, "consentToProcessing", ranges.get("consent"));
            choose(decisions, DECISION_COLUMNS, "traffickingStatusDetail", ranges.get("decision"));
            choose(screenings, SCREENING_COLUMNS, "context", ranges.get("context"));
            choose(screenings, SCREENING_COLUMNS, "exploitation", ranges.get("exploitation"));
            choose(screenings, SCREENING_COLUMNS, "child", ranges.get("boolean"));
            choose(screenings, SCREENING_COLUMNS, "traffickingStatusDetail", ranges.get("status"));
            for (String answer : ANSWER_COLUMNS) {
                choose(screenings, SCREENING_COLUMNS, answer, ranges.get("indicator"));
            }
            int line = 0;
            for (String key : List.of("intro", "persons", "victims", "decisions", "screenings", "lists", "dates",
                    "rows")) {
                help.createRow(line++).createCell(0).setCellValue(messages.getMessage("exchange.workbook.help."
                        + key, null, locale));
            }
            help.setColumnWidth(0, 150 * 256);
            workbook.setActiveSheet(workbook.getSheetIndex(persons));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet header(Sheet sheet, List<String> columns, CellStyle bold) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, 22 * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /**
     * A column's list of codes: offered, and warned about when something else is typed (not refused, so that several
     * codes can be given in one cell, separated by semicolons, where the format takes a list).
     */
    private static void choose(Sheet sheet, List<String> columns, String column, String range) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int index = columns.indexOf(column);
        DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(range),
                new CellRangeAddressList(1, ROWS, index, index));
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    private static List<String> codes(JsonNode defs, String definition) {
        List<String> codes = new ArrayList<>();
        defs.get(definition).get("enum").forEach(code -> codes.add(code.asString()));
        return codes;
    }

    private static JsonNode schema() {
        return JSON.readTree(ExchangeSchemas.text(ExchangeDocument.VERSION).orElseThrow());
    }

    /** Whether the bytes are a workbook (an XLSX file is a ZIP archive). */
    static boolean isWorkbook(byte[] bytes) {
        return bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /**
     * A filled template as a document of the format (version 2). What a cell holds is carried over as it is (a date
     * cell as a date, a text as a text): whether it is right is the schema's and the import's to say, by record and
     * field.
     *
     * @throws IOException when the bytes are not a workbook
     */
    ObjectNode read(InputStream in) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(in)) {
            ObjectNode document = JSON.createObjectNode();
            document.put("format", ExchangeDocument.FORMAT);
            document.put("version", ExchangeDocument.VERSION);
            document.putObject("sender").put("country", "KZ").put("system", SYSTEM);
            document.put("createdAt", Instant.now().truncatedTo(ChronoUnit.SECONDS)
                    .toString());
            ArrayNode persons = document.putArray("persons");
            ArrayNode victims = document.putArray("victims");
            Map<String, ArrayNode> later = new LinkedHashMap<>();
            for (Map<String, Object> row : rows(workbook.getSheet(DECISIONS), DECISION_COLUMNS)) {
                ObjectNode decision = JSON.createObjectNode();
                text(decision, "decidedOn", row.get("decidedOn"));
                String detail = string(row.get("traffickingStatusDetail"));
                status(decision, detail);
                later.computeIfAbsent(String.valueOf(string(row.get("victim"))), key -> JSON.createArrayNode()).add(
                        decision);
            }
            Map<String, ArrayNode> screeningsOf = new LinkedHashMap<>();
            Set<String> ilo = Set.copyOf(codes(schema().get("$defs"), "iloIndicator"));
            for (Map<String, Object> row : rows(workbook.getSheet(SCREENINGS), SCREENING_COLUMNS)) {
                ObjectNode screening = JSON.createObjectNode();
                text(screening, "screenedOn", row.get("screenedOn"));
                text(screening, "context", row.get("context"));
                text(screening, "exploitation", row.get("exploitation"));
                flag(screening, "child", row.get("child"));
                // each indicator in the list it belongs to: a code of neither is left in the Delphi list, where the
                // schema names it
                for (String column : ANSWER_COLUMNS) {
                    for (String indicator : split(row.get(column))) {
                        String list = ilo.contains(indicator) ? "ilo" : "delphi";
                        ObjectNode answers = screening.has(list) ? (ObjectNode) screening.get(list)
                                : screening.putObject(list);
                        answers.put(indicator, Character.toUpperCase(column.charAt(0)) + column.substring(1));
                    }
                }
                status(screening, string(row.get("traffickingStatusDetail")));
                screeningsOf.computeIfAbsent(String.valueOf(string(row.get("victim"))), key -> JSON
                        .createArrayNode()).add(screening);
            }
            for (Map<String, Object> row : rows(workbook.getSheet(PERSONS), PERSON_COLUMNS)) {
                ObjectNode person = persons.addObject();
                person.put("externalId", SYSTEM + ":person:" + string(row.get("reference")));
                person.put("pseudonymous", false);
                for (String field : List.of("secondName", "firstName", "middleName", "gender", "identityNumber")) {
                    text(person, field, row.get(field));
                }
                text(person, "birthdate", row.get("birthdate"));
                list(person, "citizenship", row.get("citizenship"));
                flag(person, "stateless", row.get("stateless"));
                if (row.get("passportNumber") != null) {
                    ObjectNode passport = person.putArray("identityDocuments").addObject();
                    passport.put("type", "Passport");
                    text(passport, "number", row.get("passportNumber"));
                    text(passport, "country", row.get("passportCountry"));
                }
            }
            for (Map<String, Object> row : rows(workbook.getSheet(VICTIMS), VICTIM_COLUMNS)) {
                ObjectNode victim = victims.addObject();
                String reference = string(row.get("reference"));
                victim.put("externalId", SYSTEM + ":victim:" + reference);
                boolean anonymous = row.get("anonymous") != null && truth(row.get("anonymous"));
                if (row.get("person") != null) {
                    victim.put("person", SYSTEM + ":person:" + string(row.get("person")));
                }
                victim.put("anonymous", anonymous);
                text(victim, "region", row.get("region"));
                text(victim, "identifiedOn", row.get("identifiedOn"));
                String detail = string(row.get("traffickingStatusDetail"));
                ArrayNode history = victim.putArray("statusHistory");
                ObjectNode first = history.addObject();
                text(first, "decidedOn", row.get("identifiedOn"));
                status(first, detail);
                ArrayNode more = later.getOrDefault(reference, JSON.createArrayNode());
                more.forEach(history::add);
                JsonNode last = history.get(history.size() - 1);
                if (last.has("traffickingStatus")) {
                    victim.set("traffickingStatus", last.get("traffickingStatus"));
                }
                if (last.has("traffickingStatusDetail")) {
                    victim.set("traffickingStatusDetail", last.get("traffickingStatusDetail"));
                }
                text(victim, "gender", row.get("gender"));
                number(victim, "ageAtIdentification", row.get("ageAtIdentification"));
                flag(victim, "child", row.get("child"));
                list(victim, "typeOfExploitation", row.get("typeOfExploitation"));
                ArrayNode countries = victim.putArray("countries");
                for (String country : split(row.get("citizenship"))) {
                    countries.addObject().put("country", country).put("role", "Citizenship");
                }
                for (String country : split(row.get("exploitationCountry"))) {
                    countries.addObject().put("country", country).put("role", "Exploitation");
                }
                ArrayNode consents = victim.putArray("consents");
                if (row.get("consentToProcessing") != null) {
                    ObjectNode consent = consents.addObject();
                    consent.put("scope", "Processing");
                    text(consent, "decision", row.get("consentToProcessing"));
                    text(consent, "decidedOn", row.get("identifiedOn"));
                }
                if (screeningsOf.containsKey(reference)) {
                    victim.set("screenings", screeningsOf.get(reference));
                }
            }
            return document;
        } catch (RuntimeException e) {
            // POI's own refusal of what is not a workbook it reads
            throw new IOException("not a workbook", e);
        }
    }

    /** The filled rows of a sheet (an empty row ends nothing: it is skipped), each by its column's field. */
    private static List<Map<String, Object>> rows(Sheet sheet, List<String> columns) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (sheet == null) {
            return rows;
        }
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<String, Object> values = new LinkedHashMap<>();
            if (row != null) {
                for (int c = 0; c < columns.size(); c++) {
                    Object value = value(row.getCell(c));
                    if (value != null) {
                        values.put(columns.get(c), value);
                    }
                }
            }
            if (!values.isEmpty()) {
                rows.add(values);
            }
        }
        return rows;
    }

    /** A cell's value: a date cell as a date, a number as a whole number where it is one, a boolean, or a text. */
    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell
                .getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
                    : cell.getNumericCellValue() == Math.rint(cell.getNumericCellValue())
                            ? (Object) (long) cell.getNumericCellValue() : (Object) cell.getNumericCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            case STRING -> {
                String text = new DataFormatter().formatCellValue(cell).strip();
                yield text.isEmpty() ? null : text;
            }
            default -> null;
        };
    }

    private static String string(Object value) {
        return value == null ? null : value instanceof LocalDate date ? date.toString() : String.valueOf(value);
    }

    /** A text field; a date written as dd.mm.yyyy becomes ISO, as the format writes it. */
    private static void text(ObjectNode node, String field, Object value) {
        if (value == null) {
            return;
        }
        String text = string(value);
        if (text.matches("\\d{2}\\.\\d{2}\\.\\d{4}")) {
            try {
                text = LocalDate.parse(text, DOTTED).toString();
            } catch (DateTimeParseException e) {
                // left as typed: the schema says it is not a date
            }
        }
        node.put(field, text);
    }

    private static void number(ObjectNode node, String field, Object value) {
        if (value instanceof Long number) {
            node.put(field, number);
        } else if (value != null) {
            node.put(field, string(value));
        }
    }

    private static void flag(ObjectNode node, String field, Object value) {
        if (value != null) {
            node.put(field, truth(value));
        }
    }

    private static boolean truth(Object value) {
        if (value instanceof Boolean flag) {
            return flag;
        }
        return List.of("true", "да", "иә", "ооба", "ha", "yes", "1").contains(string(value).toLowerCase(
                Locale.ROOT));
    }

    private static void list(ObjectNode node, String field, Object value) {
        List<String> values = split(value);
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(field);
            values.forEach(array::add);
        }
    }

    private static List<String> split(Object value) {
        List<String> values = new ArrayList<>();
        if (value != null) {
            for (String part : string(value).split("[;,]")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return values;
    }

    /** The status of a decision from Qorgau's detail code, with HTCDS's code beside it (an unknown detail as typed). */
    private static void status(ObjectNode decision, String detail) {
        if (detail == null) {
            return;
        }
        String htcds = detail;
        for (TraffickingStatus status : TraffickingStatus.values()) {
            if (Vocabulary.code(status).equals(detail)) {
                htcds = Vocabulary.traffickingStatus(status);
            }
        }
        decision.put("traffickingStatus", htcds);
        decision.put("traffickingStatusDetail", detail);
    }
}
