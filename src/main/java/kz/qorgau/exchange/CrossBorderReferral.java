package kz.qorgau.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a referral between countries, the same on both sides, so that each side applies a step the other took
 * exactly as it was applied there: who takes which step, in which order, on which dates. Its status follows from its
 * steps: open until answered; accepted; declined; completed. A return home is departure (sender) then arrival
 * (receiver); the follow-ups are due 3 and 12 months after the arrival (after the acceptance for other purposes) and
 * may be recorded only when the victim consented to the receiving side reporting back.
 *
 * @param purpose what the referral is for
 * @param followUpConsent whether the victim consented to being followed up and the follow-ups told to the sender
 * @param steps the steps taken, in the order taken (the first is always {@link CrossBorderStep#SENT})
 */
record CrossBorderReferral(TransferPurpose purpose, boolean followUpConsent, List<Step> steps) {

    /** The answer and the progress of the referral. */
    public enum Status {
        OPEN, ACCEPTED, DECLINED, COMPLETED;

        public String messageKey() {
            return "exchange.referral.status." + name();
        }
    }

    /** A step taken, on its date, with its detail's code (null when it has none). */
    record Step(CrossBorderStep kind, LocalDate on, String detail) {
    }

    CrossBorderReferral {
        steps = List.copyOf(steps);
    }

    Status status() {
        if (has(CrossBorderStep.DECLINED)) {
            return Status.DECLINED;
        }
        if (has(CrossBorderStep.COMPLETED)) {
            return Status.COMPLETED;
        }
        return has(CrossBorderStep.ACCEPTED) ? Status.ACCEPTED : Status.OPEN;
    }

    LocalDate sentOn() {
        return date(CrossBorderStep.SENT).orElseThrow();
    }

    boolean has(CrossBorderStep kind) {
        return date(kind).isPresent();
    }

    Optional<LocalDate> date(CrossBorderStep kind) {
        return steps.stream().filter(step -> step.kind() == kind).map(Step::on).findFirst();
    }

    /** When the follow-ups count from: the arrival for a return home, the acceptance otherwise; empty before it. */
    Optional<LocalDate> followUpStart() {
        return purpose.returnsHome() ? date(CrossBorderStep.ARRIVED) : date(CrossBorderStep.ACCEPTED);
    }

    /** When a follow-up is due; empty when it is not to be done (no consent, not started, declined) or done. */
    Optional<LocalDate> due(CrossBorderStep followUp) {
        if (!followUpConsent || has(followUp) || status() == Status.DECLINED) {
            return Optional.empty();
        }
        return followUpStart().map(start -> start.plusMonths(followUp == CrossBorderStep.FOLLOW_UP_3_MONTHS ? 3 : 12));
    }

    /**
     * Why the side may not take the step now (a message key), or empty when it may. {@code today} is the latest date
     * a step may have: the day it is recorded, or the day its message was sent.
     */
    Optional<String> refusal(Step step, CrossBorderStep.Side by, LocalDate today) {
        CrossBorderStep kind = step.kind();
        if (kind == null || kind == CrossBorderStep.SENT) {
            return Optional.of("exchange.referral.error.step");
        }
        if (kind.side() != by) {
            return Optional.of("exchange.referral.error.side");
        }
        if (step.on() == null) {
            return Optional.of("exchange.referral.error.date-required");
        }
        if (step.on().isAfter(today)) {
            return Optional.of("exchange.referral.error.date-future");
        }
        if (step.on().isBefore(sentOn())) {
            return Optional.of("exchange.referral.error.date-before-sent");
        }
        if (!kind.acceptsDetail(step.detail())) {
            return Optional.of("exchange.referral.error.detail");
        }
        Status status = status();
        return switch (kind) {
            case ACCEPTED, DECLINED -> status == Status.OPEN ? Optional.empty()
                    : Optional.of("exchange.referral.error.answered");
            case DEPARTED, ARRIVED -> journey(step, status);
            case SERVICE -> status == Status.ACCEPTED ? Optional.empty()
                    : Optional.of("exchange.referral.error.not-accepted");
            case FOLLOW_UP_3_MONTHS, FOLLOW_UP_12_MONTHS -> followUp(step, status);
            case COMPLETED -> status != Status.ACCEPTED ? Optional.of("exchange.referral.error.not-accepted")
                    : purpose.returnsHome() && !has(CrossBorderStep.ARRIVED)
                            ? Optional.of("exchange.referral.error.not-arrived")
                    : Optional.empty();
            case SENT -> Optional.of("exchange.referral.error.step");
        };
    }

    private Optional<String> journey(Step step, Status status) {
        if (!purpose.returnsHome()) {
            return Optional.of("exchange.referral.error.no-return");
        }
        if (status != Status.ACCEPTED) {
            return Optional.of("exchange.referral.error.not-accepted");
        }
        if (has(step.kind())) {
            return Optional.of("exchange.referral.error.again");
        }
        Optional<LocalDate> departed = step.kind() == CrossBorderStep.DEPARTED ? Optional.of(step.on())
                : date(CrossBorderStep.DEPARTED);
        Optional<LocalDate> arrived = step.kind() == CrossBorderStep.ARRIVED ? Optional.of(step.on())
                : date(CrossBorderStep.ARRIVED);
        if (departed.isPresent() && arrived.isPresent() && arrived.get().isBefore(departed.get())) {
            return Optional.of("exchange.referral.error.arrival-before-departure");
        }
        return Optional.empty();
    }

    private Optional<String> followUp(Step step, Status status) {
        if (!followUpConsent) {
            return Optional.of("exchange.referral.error.no-follow-up-consent");
        }
        if (status != Status.ACCEPTED && status != Status.COMPLETED) {
            return Optional.of("exchange.referral.error.not-accepted");
        }
        Optional<LocalDate> start = followUpStart();
        if (start.isEmpty()) {
            return Optional.of("exchange.referral.error.not-arrived");
        }
        if (has(step.kind())) {
            return Optional.of("exchange.referral.error.again");
        }
        if (step.on().isBefore(start.get())) {
            return Optional.of("exchange.referral.error.date-before-start");
        }
        return Optional.empty();
    }

    /** The referral with the step taken. */
    CrossBorderReferral with(Step step) {
        List<Step> more = new ArrayList<>(steps);
        more.add(step);
        return new CrossBorderReferral(purpose, followUpConsent, more);
    }
}
