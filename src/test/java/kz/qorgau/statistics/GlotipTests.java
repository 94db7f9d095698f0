package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlotipTests {

    @Test
    void countsFromOneToFourArePublishedAsUnderFiveAndZeroAsZero() {
        assertThat(Glotip.published(0)).isEqualTo("0");
        for (int count = 1; count <= 4; count++) {
            assertThat(Glotip.published(count)).isEqualTo("<5");
        }
        assertThat(Glotip.published(5)).isEqualTo("5");
        assertThat(Glotip.published(24)).isEqualTo("24");
    }
}
