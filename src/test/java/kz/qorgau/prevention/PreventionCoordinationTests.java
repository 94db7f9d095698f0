package kz.qorgau.prevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;

import kz.qorgau.ModuleDatabase;
import kz.qorgau.SignedIn;
import kz.qorgau.Staff;
import kz.qorgau.audit.AuditAssertions;
import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.identity.Role;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.system.DisplayFormat;

/**
 * Coordination and trainings on a database of their own: a body's members join and leave on dated days (one
 * membership at a time, never before the body), its meetings and their follow-up tasks, late when open past their due
 * date, closed as done or dropped with a reason; a year's bodies for the report; a training with its participants by
 * sex; bad input changes nothing, and those without the permission are refused.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = { "identity", "organisations" })
@ModuleDatabase
class PreventionCoordinationTests {

    static final Locale RU = Locale.forLanguageTag("ru");

    final Coordination coordination;
    final CoordinationBodies bodies;
    final Trainings trainings;
    final TrainingRecords trainingRecords;
    final Staff staff;
    final JdbcClient jdbc;
    final AuditAssertions audit;
    final LocalDate today;

    PreventionCoordinationTests(Coordination coordination, CoordinationBodies bodies, Trainings trainings,
            TrainingRecords trainingRecords, OrganisationRegistry organisations, Accounts accounts, JdbcClient jdbc,
            DisplayFormat format) {
        this.coordination = coordination;
        this.bodies = bodies;
        this.trainings = trainings;
        this.trainingRecords = trainingRecords;
        this.staff = new Staff(organisations, accounts);
        this.jdbc = jdbc;
        this.audit = new AuditAssertions(jdbc);
        this.today = format.today();
    }

    QorgauUser analyst() {
        return staff.user(OrganisationType.CENTRAL_GOVERNMENT_ORGANISATION, null, Role.ANALYST);
    }

    static CoordinationCommands.NewBody iwg(LocalDate createdOn) {
        return new CoordinationCommands.NewBody(BodyKind.INTERAGENCY, "МРГ (тест)", "ВЖТ (тест)", "IWG (test)",
                "МВД", null, createdOn);
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void membersJoinAndLeaveOnDatedDaysAndAYearListsThoseOfTheYear() {
        QorgauUser analyst = analyst();
        long body = SignedIn.as(analyst, () -> coordination.create(iwg(LocalDate.of(2019, 3, 1))));
        long mvd = SignedIn.as(analyst, () -> coordination.join(body, new CoordinationCommands.Join("МВД",
                LocalDate.of(2019, 3, 1))));
        long labour = SignedIn.as(analyst, () -> coordination.join(body, new CoordinationCommands.Join(
                "Министерство труда", LocalDate.of(2019, 3, 1))));
        SignedIn.as(analyst, () -> coordination.join(body, new CoordinationCommands.Join("Омбудсмен", LocalDate.of(
                2022, 7, 15))));
        SignedIn.run(analyst, () -> coordination.leave(body, new CoordinationCommands.Leave(labour, LocalDate.of(
                2021, 12, 31))));
        SignedIn.as(analyst, () -> coordination.meet(body, new CoordinationCommands.Meeting(LocalDate.of(2022, 7, 15),
                "МВД, Омбудсмен", "Состав", "Расширить состав")));

        assertThatThrownBy(() -> SignedIn.as(analyst, () -> coordination.join(body, new CoordinationCommands.Join(
                "мвд", LocalDate.of(2020, 1, 1))))).as("one membership at a time").hasMessageContaining(
                        "coordination.error.already-member");
        assertThatThrownBy(() -> SignedIn.as(analyst, () -> coordination.join(body, new CoordinationCommands.Join(
                "НПО", LocalDate.of(2018, 1, 1))))).hasMessageContaining("coordination.error.before-body");
        assertThatThrownBy(() -> SignedIn.run(analyst, () -> coordination.leave(body, new CoordinationCommands.Leave(
                labour, LocalDate.of(2022, 1, 1))))).hasMessageContaining("coordination.error.left");
        assertThatThrownBy(() -> SignedIn.run(analyst, () -> coordination.leave(body, new CoordinationCommands.Leave(
                mvd, LocalDate.of(2019, 1, 1))))).hasMessageContaining("coordination.error.left-before-join");

        var of2022 = SignedIn.as(analyst, () -> bodies.ofYear(2022, RU)).stream().filter(b -> b.id() == body)
                .findFirst().orElseThrow();
        assertThat(of2022.members()).containsExactlyInAnyOrder("МВД", "Омбудсмен");
        assertThat(of2022.meetings()).isEqualTo(1);
        var of2021 = SignedIn.as(analyst, () -> bodies.ofYear(2021, Locale.ENGLISH)).stream().filter(b -> b
                .id() == body).findFirst().orElseThrow();
        assertThat(of2021.name()).isEqualTo("IWG (test)");
        assertThat(of2021.members()).containsExactlyInAnyOrder("Министерство труда", "МВД");
        assertThat(of2021.meetings()).isZero();
        assertThat(SignedIn.as(analyst, () -> bodies.ofYear(2018, RU))).noneMatch(b -> b.id() == body);
        assertThat(audit.action("COORDINATION_MEMBER_LEFT").record("coordination", body).count()).isEqualTo(1);
    }

    @Test
    void aTaskIsLateWhenOpenPastItsDueDateAndADroppedOneSaysWhy() {
        QorgauUser analyst = analyst();
        long body = SignedIn.as(analyst, () -> coordination.create(iwg(LocalDate.of(2020, 1, 10))));
        LocalDate held = today.minusDays(30);
        long meeting = SignedIn.as(analyst, () -> coordination.meet(body, new CoordinationCommands.Meeting(held,
                "МВД, МТСЗН", "План", "Подготовить проект закона")));
        long late = SignedIn.as(analyst, () -> coordination.assign(body, new CoordinationCommands.Task(meeting,
                "Проект закона", "МВД", held.plusDays(10))));
        long open = SignedIn.as(analyst, () -> coordination.assign(body, new CoordinationCommands.Task(meeting,
                "Памятка", "МИД", today)));
        long dropped = SignedIn.as(analyst, () -> coordination.assign(body, new CoordinationCommands.Task(meeting,
                "Обзор", "МТСЗН", today.plusDays(30))));
        assertThatThrownBy(() -> SignedIn.as(analyst, () -> coordination.assign(body, new CoordinationCommands.Task(
                meeting, "Раньше", "МВД", held.minusDays(1))))).hasMessageContaining(
                        "coordination.error.due-before-meeting");
        assertThatThrownBy(() -> SignedIn.run(analyst, () -> coordination.close(body, new CoordinationCommands.Closing(
                dropped, TaskStatus.DROPPED, today, " ")))).hasMessageContaining("coordination.error.drop-reason");
        SignedIn.run(analyst, () -> coordination.close(body, new CoordinationCommands.Closing(dropped,
                TaskStatus.DROPPED, today, "Вошло в проект закона")));
        assertThatThrownBy(() -> SignedIn.run(analyst, () -> coordination.close(body, new CoordinationCommands.Closing(
                dropped, TaskStatus.DONE, today, null)))).hasMessageContaining("coordination.error.closed");

        var page = SignedIn.as(analyst, () -> bodies.page(body, RU));
        var statuses = page.meetings().getFirst().tasks().stream().collect(Collectors.toMap(
                CoordinationBodies.Task::id, CoordinationBodies.Task::status));
        assertThat(statuses).containsEntry(late, TaskStatus.LATE).containsEntry(open, TaskStatus.OPEN).containsEntry(
                dropped, TaskStatus.DROPPED);
        var listed = SignedIn.as(analyst, () -> bodies.all(RU)).stream().filter(b -> b.id() == body).findFirst()
                .orElseThrow();
        assertThat(listed.openTasks()).isEqualTo(2);
        assertThat(listed.lateTasks()).isEqualTo(1);
        assertThat(audit.action("COORDINATION_TASK_CLOSED").record("coordination", body).count()).isEqualTo(1);
    }

    @Test
    void aTrainingIsRecordedWithItsParticipantsBySexAndTopics() {
        QorgauUser analyst = analyst();
        long id = SignedIn.as(analyst, () -> trainings.record(new TrainingCommands.Training(
                "Обучение дипломатов (тест)",
                "МИД", "МОМ", LocalDate.of(2015, 5, 10), LocalDate.of(2015, 5, 11), null, Audience.DIPLOMATS, 25L, 11L,
                13L, 1L, 16L, Set.of(TrainingTopic.NON_PUNISHMENT, TrainingTopic.COMPENSATION),
                "https://example.org")));
        var year = SignedIn.as(analyst, () -> trainingRecords.of(2015));
        assertThat(year.trainings()).extracting(TrainingRecords.Training::id).containsExactly(id);
        assertThat(year.participants()).isEqualTo(new Participants(11, 13, 1));
        assertThat(year.byAudience()).containsEntry(Audience.DIPLOMATS, new Participants(11, 13, 1));
        assertThat(year.trainings().getFirst().topics()).containsExactlyInAnyOrder(TrainingTopic.NON_PUNISHMENT,
                TrainingTopic.COMPENSATION);
        assertThat(audit.action("TRAINING_RECORDED").record("training", id).count()).isEqualTo(1);
    }

    @Test
    void badInputChangesNothing() {
        QorgauUser analyst = analyst();
        long body = SignedIn.as(analyst, () -> coordination.create(iwg(LocalDate.of(2020, 1, 10))));
        long before = count("prevention_body") + count("prevention_body_member") + count("prevention_meeting")
                + count("prevention_task") + count("prevention_training");
        assertThatThrownBy(() -> SignedIn.as(analyst, () -> coordination.create(iwg(today.plusDays(1)))))
                .hasMessageContaining("prevention.error.future");
        assertThatThrownBy(() -> SignedIn.as(analyst, () -> coordination.create(new CoordinationCommands.NewBody(
                BodyKind.REGIONAL, "Комиссия", null, null, "Акимат", null, LocalDate.of(2020, 1, 1)))))
                .hasMessageContaining("coordination.error.region");
        assertThatThrownBy(() -> SignedIn.as(analyst, () -> coordination.create(new CoordinationCommands.NewBody(
                BodyKind.TRANSNATIONAL, "Группа", null, null, "МВД", RegionCode.of("KZ-75"), LocalDate.of(2022, 8,
                        1))))).hasMessageContaining("coordination.error.no-region");
        assertThatThrownBy(() -> SignedIn.as(analyst, () -> coordination.meet(body, new CoordinationCommands.Meeting(
                LocalDate.of(2021, 1, 1), " ", "Повестка", "Решения")))).hasMessageContaining(
                        "prevention.error.required");
        assertThatThrownBy(() -> SignedIn.as(analyst, () -> trainings.record(new TrainingCommands.Training("Тест",
                "МВД", null, LocalDate.of(2022, 5, 2), LocalDate.of(2022, 5, 1), null, Audience.POLICE, 10L, 5L, 5L,
                0L, 8L, Set.of(), null)))).hasMessageContaining("training.error.end-before-start");
        assertThatThrownBy(() -> SignedIn.as(analyst, () -> trainings.record(new TrainingCommands.Training("Тест",
                "МВД", null, LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 1), null, Audience.POLICE, 10L, 5L, 4L,
                0L, 8L, Set.of(), null)))).hasMessageContaining("training.error.sum");
        assertThatThrownBy(() -> SignedIn.as(analyst, () -> trainings.record(new TrainingCommands.Training("Тест",
                "МВД", null, LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 1), null, Audience.POLICE, 10L, -1L, 11L,
                0L, 8L, Set.of(), null)))).hasMessageContaining("prevention.error.negative");
        QorgauUser inspector = staff.user(OrganisationType.LABOUR_INSPECTORATE, "KZ-19", Role.LABOUR_INSPECTOR);
        assertThatThrownBy(() -> SignedIn.as(inspector, () -> coordination.create(iwg(LocalDate.of(2020, 1, 1)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(inspector, () -> bodies.all(RU))).isInstanceOf(
                AccessDeniedException.class);
        assertThat(count("prevention_body") + count("prevention_body_member") + count("prevention_meeting") + count(
                "prevention_task") + count("prevention_training")).isEqualTo(before);
    }
}
