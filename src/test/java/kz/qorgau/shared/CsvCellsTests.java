package kz.qorgau.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTests {

    @ParameterizedTest
    @ValueSource(strings = { "=1+2", "+7 701 000", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "=HYPERLINK(\"x\")" })
    void cellsThatCouldBeFormulasArePrefixedWithAQuote(String text) {
        assertThat(CsvCells.protect(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Торговля людьми", "victims.identified", "24", "a=b", "1-2", "'quoted" })
    void otherCellsStayAsTheyAre(String text) {
        assertThat(CsvCells.protect(text)).isEqualTo(text);
    }

    @Test
    void nullAndEmptyAreEmpty() {
        assertThat(CsvCells.protect(null)).isEmpty();
        assertThat(CsvCells.protect("")).isEmpty();
        assertThat(CsvCells.number(null)).isEmpty();
    }

    @Test
    void cellsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        assertThat(CsvCells.text("a;b", ';')).isEqualTo("\"a;b\"");
        assertThat(CsvCells.text("say \"hi\"", ';')).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvCells.text("a,b", ';')).isEqualTo("a,b");
        assertThat(CsvCells.text("=1;2", ';')).isEqualTo("\"'=1;2\"");
    }

    @Test
    void aLineIsProtectedSeparatedAndEndsWithCrLf() {
        assertThat(CsvCells.line(List.of("x", "=cmd", "-1"), ';')).isEqualTo("x;'=cmd;'-1\r\n");
    }

    @Test
    void numbersAreNotPrefixed() {
        assertThat(CsvCells.number(-5)).isEqualTo("-5");
    }
}
