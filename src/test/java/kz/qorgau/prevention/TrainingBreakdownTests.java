package kz.qorgau.prevention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A training's participants by sex, unknown a category of its own: the sexes sum to the total given, none is negative,
 * and a training has participants; a task's status from its closing and due date.
 */
class TrainingBreakdownTests {

    static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    static TrainingCommands.Training training(Long total, Long women, Long men, Long unknown) {
        return new TrainingCommands.Training("Тест", "МВД", null, LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 2),
                null, Audience.PEACEKEEPERS, total, women, men, unknown, 8L, Set.of(), null);
    }

    @Test
    void theSexesSumToTheTotalWithUnknownAsACategory() {
        assertThat(training(30L, 10L, 18L, 2L).errors(TODAY)).isEmpty();
        assertThat(training(30L, 10L, 18L, 2L).bySex().total()).isEqualTo(30);
        assertThat(training(30L, 10L, 20L, 2L).errors(TODAY)).containsEntry("participants", "training.error.sum");
        assertThat(training(30L, 10L, 20L, 0L).errors(TODAY)).isEmpty();
        assertThat(training(0L, 0L, 0L, 0L).errors(TODAY)).containsEntry("participants",
                "training.error.no-participants");
        assertThat(training(3L, -1L, 4L, 0L).errors(TODAY)).containsEntry("women", "prevention.error.negative")
                .doesNotContainKey("participants");
        assertThat(training(null, 1L, 1L, 0L).errors(TODAY)).containsEntry("participants", "prevention.error.required");
    }

    @Test
    void datesHoursAndRequiredFieldsAreChecked() {
        var future = new TrainingCommands.Training("Тест", "МВД", null, TODAY, TODAY.plusDays(1), null, Audience.POLICE,
                1L, 1L, 0L, 0L, 8L, null, null);
        assertThat(future.errors(TODAY)).containsEntry("endsOn", "prevention.error.future");
        assertThat(future.topics()).isEmpty();
        var blank = new TrainingCommands.Training(" ", null, null, null, null, null, null, 1L, 1L, 0L, 0L, 0L, Set.of(),
                null);
        assertThat(blank.errors(TODAY)).containsEntry("title", "prevention.error.required").containsEntry("organiser",
                "prevention.error.required").containsEntry("startsOn", "prevention.error.required").containsEntry(
                        "audience", "prevention.error.required").containsEntry("hours", "training.error.hours");
    }

    @Test
    void anOpenTaskIsLateFromTheDayAfterItsDueDate() {
        assertThat(TaskStatus.of(null, TODAY, TODAY)).isEqualTo(TaskStatus.OPEN);
        assertThat(TaskStatus.of(null, TODAY.minusDays(1), TODAY)).isEqualTo(TaskStatus.LATE);
        assertThat(TaskStatus.of("DONE", TODAY.minusDays(100), TODAY)).isEqualTo(TaskStatus.DONE);
        assertThat(TaskStatus.of("DROPPED", TODAY.minusDays(100), TODAY)).isEqualTo(TaskStatus.DROPPED);
    }
}
