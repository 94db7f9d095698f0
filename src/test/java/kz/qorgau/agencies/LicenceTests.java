package kz.qorgau.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.RuleViolationException;

/** A licence's status over time follows from its issue, its expiry and the dated decisions up to the day. */
class LicenceTests {

    static final LocalDate ISSUED = LocalDate.of(2019, 3, 1);
    static final LocalDate EXPIRES = LocalDate.of(2024, 3, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static Licence licence() {
        return new Licence(ISSUED, EXPIRES, List.of());
    }

    static Licence.Decision decision(DecisionKind kind, LocalDate on) {
        return new Licence.Decision(kind, on, null, "Управление занятости", "Приказ № 1");
    }

    @Test
    void aLicenceIsNoneBeforeItsIssueActiveUntilItsExpiryAndExpiredAfter() {
        Licence licence = licence();
        assertThat(licence.on(ISSUED.minusDays(1))).isEqualTo(LicenceStatus.NONE);
        assertThat(licence.on(ISSUED)).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(licence.on(EXPIRES)).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(licence.on(EXPIRES.plusDays(1))).isEqualTo(LicenceStatus.EXPIRED);
        assertThat(new Licence(ISSUED, null, List.of()).on(TODAY)).as("a notification does not expire")
                .isEqualTo(LicenceStatus.ACTIVE);
    }

    @Test
    void aSuspensionHoldsUntilReinstatedAndARevocationIsFinal() {
        LocalDate suspended = LocalDate.of(2020, 5, 10);
        LocalDate reinstated = LocalDate.of(2020, 8, 1);
        LocalDate revoked = LocalDate.of(2021, 2, 1);
        Licence licence = licence().decide(decision(DecisionKind.SUSPENDED, suspended), TODAY)
                .decide(decision(DecisionKind.REINSTATED, reinstated), TODAY)
                .decide(decision(DecisionKind.REVOKED, revoked), TODAY);

        assertThat(licence.on(suspended.minusDays(1))).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(licence.on(suspended)).isEqualTo(LicenceStatus.SUSPENDED);
        assertThat(licence.on(reinstated)).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(licence.on(revoked)).isEqualTo(LicenceStatus.REVOKED);
        assertThat(licence.on(TODAY)).isEqualTo(LicenceStatus.REVOKED);
        assertThatThrownBy(() -> licence.decide(new Licence.Decision(DecisionKind.RENEWED, TODAY, TODAY.plusYears(5),
                "Управление", "Приказ"), TODAY)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("agency.error.not-allowed.renewed");
        assertThatThrownBy(() -> licence.decide(decision(DecisionKind.REVOKED, TODAY), TODAY))
                .hasMessageContaining("agency.error.not-allowed.revoked");
    }

    @Test
    void aRenewalMovesTheExpiryFromItsDayOn() {
        LocalDate renewedOn = EXPIRES.minusMonths(1);
        Licence licence = licence().decide(new Licence.Decision(DecisionKind.RENEWED, renewedOn, EXPIRES.plusYears(5),
                "Управление", "Приказ"), TODAY);
        assertThat(licence.on(EXPIRES.plusDays(1))).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(licence.expiryOn(renewedOn.minusDays(1))).isEqualTo(EXPIRES);
        assertThat(licence.expiryOn(TODAY)).isEqualTo(EXPIRES.plusYears(5));
        assertThatThrownBy(() -> licence.decide(new Licence.Decision(DecisionKind.RENEWED, TODAY, EXPIRES.plusYears(
                5), "Управление", "Приказ"), TODAY)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("agency.error.renewal-expiry");
    }

    @Test
    void decisionsThatTheLicenceDoesNotAllowAreRefused() {
        assertThatThrownBy(() -> licence().decide(decision(DecisionKind.REINSTATED, TODAY), TODAY))
                .hasMessageContaining("agency.error.not-allowed.reinstated");
        assertThatThrownBy(() -> licence().decide(decision(DecisionKind.SUSPENDED, TODAY), TODAY))
                .as("an expired licence is not suspended").hasMessageContaining("agency.error.not-allowed.suspended");
        assertThatThrownBy(() -> licence().decide(decision(DecisionKind.SUSPENDED, ISSUED.minusDays(1)), TODAY))
                .hasMessageContaining("agency.error.before-issue");
        assertThatThrownBy(() -> licence().decide(decision(DecisionKind.REVOKED, TODAY.plusDays(1)), TODAY))
                .hasMessageContaining("agency.error.future-date");
        Licence suspended = licence().decide(decision(DecisionKind.SUSPENDED, LocalDate.of(2021, 1, 1)), TODAY);
        assertThatThrownBy(() -> suspended.decide(decision(DecisionKind.REINSTATED, LocalDate.of(2020, 12, 31)),
                TODAY)).hasMessageContaining("agency.error.before-last-decision");
        assertThatThrownBy(() -> licence().decide(new Licence.Decision(DecisionKind.SUSPENDED, ISSUED, ISSUED
                .plusYears(1), "Управление", "Приказ"), TODAY)).hasMessageContaining(
                        "agency.error.expiry-only-renewal");
        assertThatThrownBy(() -> licence().decide(new Licence.Decision(DecisionKind.SUSPENDED, ISSUED, null, " ",
                "Приказ"), TODAY)).hasMessageContaining("agency.error.required");
    }

    static Stream<Long> seeds() {
        return IntStream.rangeClosed(1, 300).mapToObj(seed -> (long) seed);
    }

    /**
     * A past day's status changes only through a decision dated up to that day: whatever is decided later leaves
     * every earlier day as it was. Random decisions on random days (plain JUnit over fixed seeds, so that a failure
     * is reproduced by its seed), those the licence refuses left out.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aLaterDecisionNeverChangesAnEarlierDay(long seed) {
        Random random = new Random(seed);
        Licence licence = licence();
        LocalDate on = ISSUED;
        for (int n = 1 + random.nextInt(12); n > 0; n--) {
            int step = random.nextInt(10_000);
            on = on.plusDays(1 + Math.floorMod(step, 200));
            if (on.isAfter(TODAY)) {
                break;
            }
            DecisionKind kind = DecisionKind.values()[Math.floorMod(step, DecisionKind.values().length)];
            Licence.Decision decision = kind == DecisionKind.RENEWED
                    ? new Licence.Decision(kind, on, TODAY.plusYears(1).plusDays(Math.floorMod(step, 900)), "У", "П")
                    : decision(kind, on);
            Licence next;
            try {
                next = licence.decide(decision, TODAY);
            } catch (RuleViolationException | InvalidFieldException refused) {
                continue;
            }
            List<LocalDate> before = new ArrayList<>();
            for (LocalDate day = ISSUED.minusDays(3); day.isBefore(on); day = day.plusDays(17)) {
                before.add(day);
            }
            Licence previous = licence;
            assertThat(before).allSatisfy(day -> assertThat(next.on(day)).isEqualTo(previous.on(day)));
            licence = next;
        }
    }
}
