package kz.qorgau.exchange;

import kz.qorgau.referrals.DeclineReason;
import kz.qorgau.referrals.ServiceType;

/**
 * A dated step of a referral between countries, and which side takes it: the sending country sends and, for a return
 * home, records the departure; the receiving country answers (accepts or declines, as inside the country), records the
 * arrival, the services in the home country, the follow-ups 3 and 12 months after the return, and the completion.
 * Each step's detail is a code of its own vocabulary, never a text.
 */
public enum CrossBorderStep {
    SENT(Side.SENDER, null),
    ACCEPTED(Side.RECEIVER, null),
    DECLINED(Side.RECEIVER, DeclineReason.class),
    DEPARTED(Side.SENDER, null),
    ARRIVED(Side.RECEIVER, null),
    SERVICE(Side.RECEIVER, ServiceType.class),
    FOLLOW_UP_3_MONTHS(Side.RECEIVER, FollowUpOutcome.class),
    FOLLOW_UP_12_MONTHS(Side.RECEIVER, FollowUpOutcome.class),
    COMPLETED(Side.RECEIVER, null);

    /** The two sides of a referral between countries. */
    public enum Side {
        SENDER, RECEIVER
    }

    private final Side side;
    private final Class<? extends Enum<?>> detail;

    CrossBorderStep(Side side, Class<? extends Enum<?>> detail) {
        this.side = side;
        this.detail = detail;
    }

    /** The side that takes the step. */
    public Side side() {
        return side;
    }

    /** The vocabulary of the step's detail, null when it has none. */
    public Class<? extends Enum<?>> detail() {
        return detail;
    }

    /** Whether the detail is one of the step's codes (or absent when the step has none). */
    public boolean acceptsDetail(String value) {
        if (detail == null) {
            return value == null;
        }
        if (value == null) {
            return false;
        }
        for (Enum<?> constant : detail.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** The message key of the detail's code. */
    public String detailKey(String value) {
        if (detail == DeclineReason.class) {
            return DeclineReason.valueOf(value).messageKey();
        }
        if (detail == ServiceType.class) {
            return ServiceType.valueOf(value).messageKey();
        }
        return FollowUpOutcome.valueOf(value).messageKey();
    }

    public boolean followUp() {
        return this == FOLLOW_UP_3_MONTHS || this == FOLLOW_UP_12_MONTHS;
    }

    public String messageKey() {
        return "exchange.referral.step." + name();
    }

    static CrossBorderStep of(String value) {
        for (CrossBorderStep step : values()) {
            if (step.name().equals(value)) {
                return step;
            }
        }
        return null;
    }
}
