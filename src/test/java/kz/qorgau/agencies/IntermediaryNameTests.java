package kz.qorgau.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two reports name the same intermediary when their names have the same normal form, and only then. */
class IntermediaryNameTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ТОО «Асыл Жол»|Асыл жол ТОО|true",
            "ТОО \"Асыл Жол\"|жол, асыл|true",
            "Асыл-Жол LLP|ASYL ЖОЛ|false",
            "Иванов Иван|Иван  ИВАНОВ|true",
            "Семёнов Пётр|Семенов Петр|true",
            "ИП Ахметов Нурлан|Нурлан Ахметов|true",
            "Асыл Жол ２|Асыл Жол 2|true",
            "Асыл Жол|Асыл Жол Сервис|false",
            "Иванов Иван|Иванова Ивана|false" })
    void sameNormalFormOnlyForTheSameName(String one, String other, String same) {
        boolean expected = Boolean.parseBoolean(same);
        assertThat(IntermediaryName.normalised(one).equals(IntermediaryName.normalised(other))).as(one + " / " + other)
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "ТОО", "«»", "-", "LLP ..." })
    void punctuationAndLegalFormsAloneAreNoName(String name) {
        assertThat(IntermediaryName.normalised(name)).isEmpty();
    }
}
