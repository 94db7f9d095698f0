package kz.qorgau.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Demo users exempted from the second factor: only demo users, and only in demo mode, where alone the exemption
 * exists (production has none: {@code kz.qorgau.system.DeploymentModeTests}).
 */
class DemoSecondFactorExemptionsTests {

    @Test
    void demoUsersAreExemptedOnlyInDemoModeAndOnlyDemoUsers() {
        assertThat(DemoSecondFactorExemptions.exempted(List.of("*"), "investigator")).isTrue();
        assertThat(DemoSecondFactorExemptions.exempted(List.of("*"), "someone.else")).isFalse();
        assertThat(DemoSecondFactorExemptions.exempted(List.of("caseworker"), "investigator")).isFalse();
    }
}
