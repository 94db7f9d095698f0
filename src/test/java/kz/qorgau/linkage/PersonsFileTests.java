package kz.qorgau.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.qorgau.linkage.PersonEncoding.Person;
import kz.qorgau.linkage.PersonsFile.Contents;
import kz.qorgau.linkage.PersonsFile.Row;
import kz.qorgau.shared.Sex;

/** The records file of the offline encoding tool, read and checked; made-up persons only. */
class PersonsFileTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static Contents read(String text) {
        return PersonsFile.read(text.getBytes(StandardCharsets.UTF_8), TODAY);
    }

    private static List<String> problems(String text) {
        return read(text).problems().stream().map(PersonsFile.Problem::toString).toList();
    }

    @Test
    void readsCommasAndQuotedFieldsWithSeparatorsQuotesAndLineBreaks() {
        Contents contents = read("""
                id,surname,given_name,birth_date,sex,note
                shelter-17,"Сейітова","Жанар",1994-03-12,F,"came back, ""twice"" in May"
                shelter-18,Demova,"Aizhan
                Serikovna",1990,,"one line
                and another"
                shelter-19,Testov,Ivan,,M,
                """);

        assertThat(contents.problems()).isEmpty();
        assertThat(contents.ignoredColumns()).containsExactly("note");
        assertThat(contents.rows()).extracting(Row::line, Row::id, Row::person).containsExactly(
                tuple(2, "shelter-17", new Person("Сейітова", "Жанар", "19940312",
                        Sex.FEMALE)),
                tuple(3, "shelter-18", new Person("Demova", "Aizhan\nSerikovna", "1990",
                        Sex.UNKNOWN)),
                tuple(6, "shelter-19", new Person("Testov", "Ivan", "", Sex.MALE)));
    }

    @Test
    void readsSemicolonsAsASpreadsheetSavesThemWithItsByteOrderMarkAndEmptyTrailingFields() {
        Contents contents = read("\uFEFFID;Surname;Given name;Birth date;Sex\r\n"
                + "a-1;Демова;Айжан;12.03.1994;ж;;\r\n"
                + ";;;;\r\n"
                + "a-2;\"Testova; Kim\";Sara;1.2.2001;f\r\n");

        assertThat(contents.problems()).isEmpty();
        assertThat(contents.rows()).extracting(Row::id, Row::person).containsExactly(
                tuple("a-1", new Person("Демова", "Айжан", "19940312", Sex.FEMALE)),
                tuple("a-2", new Person("Testova; Kim", "Sara", "20010201",
                        Sex.FEMALE)));
    }

    @Test
    void readsAnIsoDateADottedDateAndAYearAloneAndLeavesAnUnknownDateEmpty() {
        Contents contents = read("""
                id,surname,given_name,birth_date
                a,Testov,Ivan,1994-03-12
                b,Testov,Ivan,12.03.1994
                c,Testov,Ivan,1994
                d,Testov,Ivan,
                """);

        assertThat(contents.rows()).extracting(row -> row.person().birthDate()).containsExactly("19940312",
                "19940312", "1994", "");
    }

    @Test
    void reportsEveryBadLineWithItsLineAndColumnAndNeverItsValue() {
        String file = """
                id,surname,given_name,birth_date,sex
                ok-1,Testov,Ivan,1994-03-12,M
                has space,Testov,Ivan,1994-03-12,M
                ,Testov,Ivan,1994-03-12,M
                ok-1,Testova,Anna,1990-01-01,F
                ok-4,Testov7,Ivan,1994-03-12,M
                ok-5,,,1994-03-12,M
                ok-6,Testov,Ivan,12/03/1994,M
                ok-7,Testov,Ivan,30.02.1994,M
                ok-8,Testov,Ivan,2031-01-01,M
                ok-9,Testov,Ivan,1994-03-12,X
                ok-10,Testov,Ivan,1994-03-12
                ok-11,Test"ov,Ivan,1994-03-12,M
                ok-12,unknown,Ivan,1994-03-12,M
                ok-13,Testov,--,1994-03-12,M
                ok-14,Testov,Ivan,1899,M
                """;

        assertThat(read(file).rows()).isEmpty();
        assertThat(problems(file)).containsExactly(
                "line 3, column 1 (id): an id is 1 to 64 Latin letters, digits, '-' or '_'",
                "line 4, column 1 (id): no id: every record needs its pseudonymous id",
                "line 5, column 1 (id): the same id as line 2: each record needs an id of its own",
                "line 6, column 2 (surname): a name with a digit: is a date or an id in this column?",
                "line 7, column 2 (surname): no surname and no given name: a record needs at least one of them",
                "line 8, column 4 (birth_date): not a date: write yyyy-mm-dd, dd.mm.yyyy or the year alone",
                "line 9, column 4 (birth_date): no such day in the calendar",
                "line 10, column 4 (birth_date): a date of birth before 1900 or after today",
                "line 11, column 5 (sex): write F or M (or Ж, М), or leave it empty when unknown",
                "line 12: 4 fields where the header has 5 (a separator too many or too few?)",
                "line 13, column 2: a quote inside a field that does not start with one: quote the whole field and "
                        + "write the quote twice (\"\")",
                "line 14, column 2 (surname): a word for an unknown name: leave the field empty instead",
                "line 15, column 3 (given_name): no Cyrillic or Latin letter: leave the field empty when the name is "
                        + "unknown",
                "line 16, column 4 (birth_date): a year of birth before 1900 or after this year");
        assertThat(String.join("\n", problems(file))).doesNotContain("Testov", "Ivan", "has space", "1994", "12/03",
                "2031");
    }

    @Test
    void reportsAQuoteNeverClosedAtTheLineItOpens() {
        assertThat(problems("""
                id,surname,given_name,birth_date
                a,Testov,Ivan,1994
                b,"Testov,Ivan,1994
                c,Testov,Ivan,1994
                """)).containsExactly("line 3, column 2: a quoted field is never closed: a quote (\") is missing");
    }

    @Test
    void refusesAHeaderWithoutTheColumnsOrWithOneTwiceAndAFileWithoutRecords() {
        assertThat(problems("id;surname;birth_date\na;Testov;1994\n")).containsExactly(
                "line 1: the header has no column given_name (it needs id, surname, given_name, birth_date; "
                        + "optionally sex)");
        assertThat(problems("id,surname,given_name,birth_date,surname\n")).containsExactly(
                "line 1, column 5 (surname): the column appears twice");
        assertThat(problems("id,surname,given_name,birth_date\n")).containsExactly(
                "line 1: the file has a header but no record");
        assertThat(problems("")).containsExactly("line 1: the file is empty: it needs a header row with the columns "
                + "id, surname, given_name, birth_date");
    }

    @Test
    void refusesTextThatIsNotUtf8ByItsLine() {
        byte[] windows1251 = "id,surname,given_name,birth_date\na,Testov,Ivan,1994\nb,Тестов,Иван,1994\n".getBytes(
                Charset.forName("windows-1251"));

        assertThat(PersonsFile.read(windows1251, TODAY).problems()).extracting(PersonsFile.Problem::toString)
                .containsExactly("line 3: not UTF-8 text: save the file as \"CSV UTF-8\"");
    }

    @Test
    void readsTheSexInLatinOrCyrillicLettersOrWords() {
        Contents contents = read("""
                id,surname,given_name,birth_date,sex
                a,Testov,Ivan,,m
                b,Testova,Anna,,Ж
                c,Testov,Ivan,,Male
                d,Testov,Ivan,,М
                e,Testova,Anna,,
                """);

        assertThat(contents.rows()).extracting(row -> row.person().sex()).containsExactly(Sex.MALE, Sex.FEMALE,
                Sex.MALE, Sex.MALE, Sex.UNKNOWN);
    }
}
