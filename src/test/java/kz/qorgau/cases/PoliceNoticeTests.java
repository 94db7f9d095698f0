package kz.qorgau.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.RuleViolationException;

/** The one rule of a notification to the police: answered once, overdue only while unanswered after its deadline. */
public class PoliceNoticeTests {

    /** A notice sent to the unit at the time given, for the tests of the modules that keep one. */
    public static PoliceNotice sent(long unit, Instant at, Instant due) {
        return PoliceNotice.sent(unit, "sender", at, due);
    }

    @Test
    void answeredOnceAndOverdueOnlyWhileUnansweredAfterTheDeadline() {
        Instant now = Instant.parse("2026-12-04T05:00:00Z");
        PoliceNotice notice = sent(7, now, now.plusSeconds(86_400));
        assertThat(notice.state(now.plusSeconds(3_600))).isEqualTo(PoliceNotice.State.AWAITING);
        assertThat(notice.overdue(now.plusSeconds(90_000))).isTrue();
        assertThat(notice.state(now.plusSeconds(90_000))).isEqualTo(PoliceNotice.State.OVERDUE);
        assertThatThrownBy(() -> notice.refused(" ", "police", now)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("police.error.refusal-reason");
        assertThatThrownBy(() -> notice.refused("x".repeat(PoliceNotice.REASON_LENGTH + 1), "police", now))
                .hasMessageContaining("police.error.too-long");
        notice.refused("No offence found on the spot", "police", now.plusSeconds(60));
        assertThat(notice.answer()).isEqualTo(PoliceAnswer.REFUSED);
        assertThat(notice.overdue(now.plusSeconds(90_000))).isFalse();
        assertThat(notice.state(now.plusSeconds(90_000))).isEqualTo(PoliceNotice.State.REFUSED);
        assertThatThrownBy(() -> notice.registered(5, "police", now.plusSeconds(120)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("police.error.already-answered");
    }

    @Test
    void theDeadlineComesAfterTheNotification() {
        Instant now = Instant.parse("2026-12-04T05:00:00Z");
        assertThatThrownBy(() -> sent(7, now, now)).isInstanceOf(IllegalArgumentException.class);
    }
}
