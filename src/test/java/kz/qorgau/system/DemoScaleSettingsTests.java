package kz.qorgau.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** qorgau.demo.scale: a whole number from 1 (the demo data set alone) to 1000. */
class DemoScaleSettingsTests {

    @Test
    void acceptsScalesFromOneToAThousand() {
        assertThat(new SystemSettings.Demo(null, 1, null).scale()).isEqualTo(1);
        assertThat(new SystemSettings.Demo(null, SystemSettings.Demo.MAX_SCALE, null).scale()).isEqualTo(1000);
    }

    @Test
    void rejectsAScaleBelowOneOrAboveAThousand() {
        assertThatThrownBy(() -> new SystemSettings.Demo(null, 0, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("qorgau.demo.scale");
        assertThatThrownBy(() -> new SystemSettings.Demo(null, 1001, null)).isInstanceOf(
                IllegalArgumentException.class);
    }
}
