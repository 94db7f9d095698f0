package kz.qorgau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;
import org.springframework.test.util.ReflectionTestUtils;

class UserAccountTests {

    static final LoginSettings POLICY = new LoginSettings(3, Duration.ofSeconds(30), 5, Duration.ofMinutes(15));
    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    static UserAccount investigator() {
        return saved(UserAccount.create("investigator", new UserProfile("Test Investigator", null, 1L,
                Set.of(Role.INVESTIGATOR), false, Set.of(new RegionCode("KZ-75"))), "{noop}x", false, NOW));
    }

    /** As the repository would return it after saving. */
    static UserAccount saved(UserAccount account) {
        ReflectionTestUtils.setField(account, "id", 1L);
        return account;
    }

    @Test
    void twoFailuresDoNotLockTheAccount() {
        UserAccount account = investigator();
        account.loginFailed(POLICY, NOW);
        account.loginFailed(POLICY, NOW);
        assertThat(account.lockedAt(NOW)).isFalse();
    }

    @Test
    void theThirdFailureThrottlesForThirtySeconds() {
        UserAccount account = investigator();
        for (int i = 0; i < 3; i++) {
            account.loginFailed(POLICY, NOW);
        }
        assertThat(account.lockedAt(NOW.plusSeconds(29))).isTrue();
        assertThat(account.lockedOut(POLICY, NOW)).isFalse();
        assertThat(account.lockedAt(NOW.plusSeconds(30))).isFalse();
    }

    @Test
    void theFifthFailureLocksForFifteenMinutes() {
        UserAccount account = investigator();
        for (int i = 0; i < 5; i++) {
            account.loginFailed(POLICY, NOW);
        }
        assertThat(account.lockedOut(POLICY, NOW)).isTrue();
        assertThat(account.lockedAt(NOW.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(account.lockedAt(NOW.plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(account.principal(NOW).isAccountNonLocked()).isFalse();
    }

    @Test
    void aSuccessfulLoginResetsTheCounter() {
        UserAccount account = investigator();
        account.loginFailed(POLICY, NOW);
        account.loginFailed(POLICY, NOW);
        account.loginSucceeded(NOW);
        account.loginFailed(POLICY, NOW);
        account.loginFailed(POLICY, NOW);
        assertThat(account.lockedAt(NOW)).isFalse();
    }

    @Test
    void aResetPasswordMustBeChangedAndLiftsTheLock() {
        UserAccount account = investigator();
        for (int i = 0; i < 5; i++) {
            account.loginFailed(POLICY, NOW);
        }
        account.resetPassword("{noop}temporary", NOW);
        assertThat(account.lockedAt(NOW)).isFalse();
        assertThat(account.principal(NOW).mustChangePassword()).isTrue();
        account.changePassword("{noop}chosen", NOW);
        assertThat(account.principal(NOW).mustChangePassword()).isFalse();
    }

    @Test
    void refusesToDisableTwice() {
        UserAccount account = investigator();
        account.disable(NOW);
        assertThat(account.principal(NOW).isEnabled()).isFalse();
        assertThatThrownBy(() -> account.disable(NOW)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void requiresARole() {
        assertThatThrownBy(() -> UserAccount.create("nobody", new UserProfile("No Role", null, 1L, Set.of(), true,
                Set.of()), "{noop}x", false, NOW)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("user.error.no-role");
    }

    @Test
    void requiresRegionsUnlessNational() {
        assertThatThrownBy(() -> UserAccount.create("nowhere", new UserProfile("No Scope", null, 1L,
                Set.of(Role.ANALYST), false, Set.of()), "{noop}x", false, NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("user.error.no-scope");
    }

    @Test
    void nationalScopeCoversEveryRegionAndRegionalScopeOnlyItsOwn() {
        QorgauUser regional = investigator().principal(NOW);
        assertThat(regional.covers(new RegionCode("KZ-75"))).isTrue();
        assertThat(regional.covers(new RegionCode("KZ-71"))).isFalse();
        QorgauUser national = saved(UserAccount.create("analyst", new UserProfile("Analyst", null, 1L,
                Set.of(Role.ANALYST), true, Set.of(new RegionCode("KZ-75"))), "{noop}x", false, NOW)).principal(NOW);
        assertThat(national.covers(new RegionCode("KZ-71"))).isTrue();
        assertThat(national.regions()).isEmpty();
    }

    @Test
    void reportsWhatAChangeChanged() {
        UserAccount account = investigator();
        var changes = account.change(new UserProfile("Renamed Investigator", null, 1L, Set.of(Role.INVESTIGATOR), false,
                Set.of(new RegionCode("KZ-75"))), NOW);
        assertThat(changes).containsOnlyKeys("fullName");
    }
}
