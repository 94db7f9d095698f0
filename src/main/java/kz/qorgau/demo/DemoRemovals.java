package kz.qorgau.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.ActingAs;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.inspections.NoScreeningReason;
import kz.qorgau.inspections.RemovalCommands;
import kz.qorgau.inspections.RemovalKind;
import kz.qorgau.inspections.RemovalProceedings;
import kz.qorgau.persons.PersonDetails;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Sex;
import kz.qorgau.shared.Today;
import kz.qorgau.system.DeploymentMode;
import kz.qorgau.victims.Answer;
import kz.qorgau.victims.ConsentDecision;
import kz.qorgau.victims.ConsentScope;
import kz.qorgau.victims.ExploitationKind;
import kz.qorgau.victims.IloIndicator;
import kz.qorgau.victims.ScreeningContext;
import kz.qorgau.victims.TraffickingStatus;
import kz.qorgau.victims.VictimCommands;

/**
 * Demo mode: the Astana migration service's removal proceedings of the current year, one in each state a migration
 * officer meets: a deportation of an Uzbek worker decided a few days ago, not screened yet (the removal the officer
 * cannot execute before screening); a Kyrgyz national screened, not a victim, and deported; a Tajik national whom
 * screening found a possible victim of forced labour, the removal stopped and the reflection period started; and an
 * expulsion executed after the person could not be screened (no interpreter), which is counted.
 * <p>
 * Synthetic persons only. Seeded once: nothing is added when a removal exists. Entered with the inspections
 * ({@link DemoInspections}), the demo data of the same module.
 */
@Component
@Conditional(DeploymentMode.DemoCondition.class)
class DemoRemovals {

    private static final RegionCode ASTANA = RegionCode.of("KZ-71");

    private final RemovalProceedings removals;
    private final PersonRegistry persons;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Today today;

    DemoRemovals(RemovalProceedings removals, PersonRegistry persons, Accounts accounts, JdbcClient jdbc,
            TransactionTemplate transactions, Today today) {
        this.removals = removals;
        this.persons = persons;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.today = today;
    }

    /** Enters the removals once (with the inspections: one module's demo data). */
    void enter() {
        if (jdbc.sql("select count(*) from inspections_removal").query(Long.class).single() > 0
                || accounts.principal("migration").isEmpty()) {
            return;
        }
        QorgauUser migration = accounts.principal("migration").orElseThrow();
        transactions.executeWithoutResult(status -> ActingAs.call(migration, () -> {
            long pending = removal("Демоев", "Бахтиёр", LocalDate.of(1995, 4, 12), Sex.MALE, "UZ",
                    RemovalKind.DEPORTATION, "ДП-17/2026", day(4));
            long screened = removal("Демоев", "Нурлан", LocalDate.of(1989, 9, 3), Sex.MALE, "KG",
                    RemovalKind.DEPORTATION, "ДП-09/2026", day(60));
            removals.screen(screened, screening(day(58), Sex.MALE, "KG", Map.of(), TraffickingStatus.NOT_A_VICTIM,
                    "Демо: работал по договору, документы при себе, признаков эксплуатации нет."));
            removals.execute(screened, new RemovalCommands.Execution(day(50)));
            long stopped = removal("Демоева", "Мадина", LocalDate.of(2001, 2, 20), Sex.FEMALE, "TJ",
                    RemovalKind.EXPULSION, "5-1204/2026", day(30));
            removals.screen(stopped, screening(day(29), Sex.FEMALE, "TJ", Map.of(
                    IloIndicator.RETENTION_OF_IDENTITY_DOCUMENTS,
                    Answer.PRESENT, IloIndicator.WITHHOLDING_OF_WAGES, Answer.PRESENT, IloIndicator.DEBT_BONDAGE,
                    Answer.PRESENT), TraffickingStatus.POSSIBLE,
                    "Демо: паспорт у работодателя, зарплата не выплачивалась полгода, «долг» за дорогу."));
            long notPossible = removal("Демоев", "Фарход", LocalDate.of(1992, 7, 7), Sex.MALE, "AF",
                    RemovalKind.EXPULSION, "5-0871/2026", day(45));
            removals.screeningNotPossible(notPossible, new RemovalCommands.NoScreening(NoScreeningReason.NO_INTERPRETER,
                    day(44)));
            removals.execute(notPossible, new RemovalCommands.Execution(day(40)));
            return pending;
        }));
    }

    private long removal(String surname, String givenName, LocalDate born, Sex sex, String citizenship,
            RemovalKind kind, String number, LocalDate decided) {
        long person = persons.register(new PersonDetails(surname, givenName, null, born, sex, Set.of(CountryCode.of(
                citizenship)), null, List.of(), null, null, null)).value();
        return removals.decide(new RemovalCommands.Decision(person, kind, number, decided, CountryCode.of(citizenship),
                ASTANA));
    }

    private static VictimCommands.Registration screening(LocalDate on, Sex sex, String citizenship,
            Map<IloIndicator, Answer> ilo, TraffickingStatus decision, String reason) {
        Set<ExploitationForm> forms = decision == TraffickingStatus.NOT_A_VICTIM ? Set.of() : Set.of(
                ExploitationForm.FORCED_LABOUR);
        return new VictimCommands.Registration(null, false, new VictimCommands.Situation(sex, null, ASTANA.value(),
                forms, null, null, null, null, null, null, null, Set.of(), Set.of(CountryCode.of(citizenship)), null,
                null, null, null, null), new VictimCommands.Screening(on, ScreeningContext.PRE_DEPORTATION, false,
                        ExploitationKind.LABOUR, ilo, Map.of(), decision, reason), Map.of(ConsentScope.PROCESSING,
                                ConsentDecision.GIVEN));
    }

    /** A day some days ago, within the current year (the demo's removals are all of this year). */
    private LocalDate day(int daysAgo) {
        LocalDate day = today.date().minusDays(daysAgo);
        LocalDate first = today.date().withDayOfYear(1);
        return day.isBefore(first) ? first : day;
    }
}
