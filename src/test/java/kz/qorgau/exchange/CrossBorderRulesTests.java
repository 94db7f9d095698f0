package kz.qorgau.exchange;

import static kz.qorgau.exchange.CrossBorderStep.Side.RECEIVER;
import static kz.qorgau.exchange.CrossBorderStep.Side.SENDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The rules of a referral between countries, which both sides apply: who takes which step, in which order and on
 * which dates; the status each step leads to; the follow-ups due 3 and 12 months after the return, only with consent.
 */
class CrossBorderRulesTests {

    private static final LocalDate SENT = LocalDate.of(2026, 3, 2);
    private static final LocalDate TODAY = LocalDate.of(2027, 6, 1);

    private static CrossBorderReferral referral(TransferPurpose purpose, boolean followUp) {
        return new CrossBorderReferral(purpose, followUp, List.of(new CrossBorderReferral.Step(CrossBorderStep.SENT,
                SENT, null)));
    }

    private static CrossBorderReferral.Step step(CrossBorderStep kind, LocalDate on, String detail) {
        return new CrossBorderReferral.Step(kind, on, detail);
    }

    private static Optional<String> refusal(CrossBorderReferral referral, CrossBorderStep kind, LocalDate on,
            String detail, CrossBorderStep.Side by) {
        return referral.refusal(step(kind, on, detail), by, TODAY);
    }

    @Test
    void aReturnHomeGoesFromAnswerToDepartureArrivalAndFollowUps() {
        CrossBorderReferral referral = referral(TransferPurpose.REPATRIATION, true);
        assertThat(referral.status()).isEqualTo(CrossBorderReferral.Status.OPEN);
        // only the receiver answers; nothing of the journey before the answer
        assertThat(refusal(referral, CrossBorderStep.ACCEPTED, SENT, null, SENDER)).contains(
                "exchange.referral.error.side");
        assertThat(refusal(referral, CrossBorderStep.DEPARTED, SENT, null, SENDER)).contains(
                "exchange.referral.error.not-accepted");
        assertThat(refusal(referral, CrossBorderStep.ACCEPTED, SENT.minusDays(1), null, RECEIVER)).contains(
                "exchange.referral.error.date-before-sent");
        assertThat(refusal(referral, CrossBorderStep.ACCEPTED, TODAY.plusDays(1), null, RECEIVER)).contains(
                "exchange.referral.error.date-future");
        assertThat(refusal(referral, CrossBorderStep.ACCEPTED, SENT, "NO_CAPACITY", RECEIVER)).contains(
                "exchange.referral.error.detail");

        referral = referral.with(step(CrossBorderStep.ACCEPTED, SENT.plusDays(1), null));
        assertThat(referral.status()).isEqualTo(CrossBorderReferral.Status.ACCEPTED);
        assertThat(refusal(referral, CrossBorderStep.DECLINED, SENT.plusDays(2), "NO_CAPACITY", RECEIVER)).contains(
                "exchange.referral.error.answered");
        assertThat(referral.due(CrossBorderStep.FOLLOW_UP_3_MONTHS)).as("counted from the arrival").isEmpty();
        assertThat(refusal(referral, CrossBorderStep.COMPLETED, SENT.plusDays(2), null, RECEIVER)).contains(
                "exchange.referral.error.not-arrived");

        LocalDate departed = LocalDate.of(2026, 3, 10);
        assertThat(refusal(referral, CrossBorderStep.DEPARTED, departed, null, SENDER)).isEmpty();
        referral = referral.with(step(CrossBorderStep.DEPARTED, departed, null));
        assertThat(refusal(referral, CrossBorderStep.DEPARTED, departed, null, SENDER)).contains(
                "exchange.referral.error.again");
        assertThat(refusal(referral, CrossBorderStep.ARRIVED, departed.minusDays(1), null, RECEIVER)).contains(
                "exchange.referral.error.arrival-before-departure");
        LocalDate arrived = departed.plusDays(1);
        referral = referral.with(step(CrossBorderStep.ARRIVED, arrived, null));
        assertThat(referral.due(CrossBorderStep.FOLLOW_UP_3_MONTHS)).contains(LocalDate.of(2026, 6, 11));
        assertThat(referral.due(CrossBorderStep.FOLLOW_UP_12_MONTHS)).contains(LocalDate.of(2027, 3, 11));

        assertThat(refusal(referral, CrossBorderStep.SERVICE, arrived, null, RECEIVER)).contains(
                "exchange.referral.error.detail");
        referral = referral.with(step(CrossBorderStep.SERVICE, arrived, "MEDICAL"))
                .with(step(CrossBorderStep.SERVICE, arrived.plusDays(3), "EMPLOYMENT"));
        assertThat(refusal(referral, CrossBorderStep.FOLLOW_UP_3_MONTHS, arrived.minusDays(1), "SETTLED",
                RECEIVER)).contains("exchange.referral.error.date-before-start");
        referral = referral.with(step(CrossBorderStep.COMPLETED, arrived.plusDays(30), null));
        assertThat(referral.status()).isEqualTo(CrossBorderReferral.Status.COMPLETED);
        assertThat(refusal(referral, CrossBorderStep.SERVICE, arrived.plusDays(31), "MEDICAL", RECEIVER)).contains(
                "exchange.referral.error.not-accepted");
        // the follow-ups come after the completion of the services
        assertThat(refusal(referral, CrossBorderStep.FOLLOW_UP_3_MONTHS, LocalDate.of(2026, 6, 15), "SETTLED",
                RECEIVER)).isEmpty();
        referral = referral.with(step(CrossBorderStep.FOLLOW_UP_3_MONTHS, LocalDate.of(2026, 6, 15), "SETTLED"));
        assertThat(referral.due(CrossBorderStep.FOLLOW_UP_3_MONTHS)).isEmpty();
        assertThat(refusal(referral, CrossBorderStep.FOLLOW_UP_3_MONTHS, LocalDate.of(2026, 6, 16), "SETTLED",
                RECEIVER)).contains("exchange.referral.error.again");
        assertThat(refusal(referral, CrossBorderStep.FOLLOW_UP_12_MONTHS, LocalDate.of(2027, 3, 20), "UNKNOWN",
                RECEIVER)).contains("exchange.referral.error.detail");
        assertThat(refusal(referral, CrossBorderStep.FOLLOW_UP_12_MONTHS, LocalDate.of(2027, 3, 20),
                "NEEDS_SUPPORT", RECEIVER)).isEmpty();
    }

    @Test
    void withoutConsentToFollowUpNoFollowUpIsDueOrRecorded() {
        CrossBorderReferral referral = referral(TransferPurpose.REINTEGRATION, false).with(step(
                CrossBorderStep.ACCEPTED, SENT, null));
        assertThat(referral.due(CrossBorderStep.FOLLOW_UP_3_MONTHS)).isEmpty();
        assertThat(refusal(referral, CrossBorderStep.FOLLOW_UP_3_MONTHS, SENT.plusMonths(3), "SETTLED", RECEIVER))
                .contains("exchange.referral.error.no-follow-up-consent");
        // no journey for a purpose that is not a return
        assertThat(refusal(referral, CrossBorderStep.DEPARTED, SENT, null, SENDER)).contains(
                "exchange.referral.error.no-return");
        assertThat(refusal(referral, CrossBorderStep.COMPLETED, SENT.plusDays(5), null, RECEIVER)).isEmpty();
    }

    @Test
    void aDeclinedReferralEndsThere() {
        CrossBorderReferral referral = referral(TransferPurpose.SERVICES, true).with(step(CrossBorderStep.DECLINED,
                SENT, "OUTSIDE_AREA"));
        assertThat(referral.status()).isEqualTo(CrossBorderReferral.Status.DECLINED);
        assertThat(referral.due(CrossBorderStep.FOLLOW_UP_3_MONTHS)).isEmpty();
        for (CrossBorderStep kind : CrossBorderStep.values()) {
            String detail = kind.detail() == null ? null : kind.detail().getEnumConstants()[0].name();
            assertThat(refusal(referral, kind, SENT.plusDays(1), detail, kind.side())).as(kind.name()).isPresent();
        }
    }

    @Test
    void eachPurposeCarriesItsFieldsOnlyAndServicesNameNoOne() {
        assertThat(TransferPurpose.SERVICES.identifies()).isFalse();
        assertThat(TransferPurpose.SERVICES.fields()).doesNotContain(TransferField.FIRST_NAME,
                TransferField.SECOND_NAME, TransferField.MIDDLE_NAME, TransferField.BIRTHDATE,
                TransferField.CITIZENSHIP);
        assertThat(TransferPurpose.REPATRIATION.fields()).doesNotContain(TransferField.EXPLOITATION,
                TransferField.NEEDS);
        for (TransferPurpose purpose : TransferPurpose.values()) {
            assertThat(purpose.fields()).as(purpose.name()).isNotEmpty().doesNotContainNull();
        }
    }
}
