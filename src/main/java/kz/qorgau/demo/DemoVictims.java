package kz.qorgau.demo;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.annotation.Conditional;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.qorgau.cases.CaseCommands;
import kz.qorgau.cases.CaseList;
import kz.qorgau.cases.CaseViews;
import kz.qorgau.cases.Charge;
import kz.qorgau.cases.CriminalCases;
import kz.qorgau.cases.Qualification;
import kz.qorgau.cases.VictimRole;
import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.ActingAs;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.persons.PersonDetails;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.Sex;
import kz.qorgau.system.DeploymentMode;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.victims.Answer;
import kz.qorgau.victims.CompensationRoute;
import kz.qorgau.victims.ConsentDecision;
import kz.qorgau.victims.ConsentScope;
import kz.qorgau.victims.ControlMethod;
import kz.qorgau.victims.DelphiIndicator;
import kz.qorgau.victims.ExploitationKind;
import kz.qorgau.victims.IloIndicator;
import kz.qorgau.victims.InterviewPlace;
import kz.qorgau.victims.IsicSection;
import kz.qorgau.victims.NonPunishmentContext;
import kz.qorgau.victims.NonPunishmentResult;
import kz.qorgau.victims.OffenceKind;
import kz.qorgau.victims.OnlinePlatform;
import kz.qorgau.victims.PermitKind;
import kz.qorgau.victims.PermitOutcome;
import kz.qorgau.victims.RecruiterRelationship;
import kz.qorgau.victims.RecruitmentMethod;
import kz.qorgau.victims.ScreeningContext;
import kz.qorgau.victims.SexExploitationType;
import kz.qorgau.victims.TraffickingStatus;
import kz.qorgau.victims.VictimCommands;
import kz.qorgau.victims.VictimRegistry;
import kz.qorgau.victims.VictimRight;
import kz.qorgau.victims.VictimViews;
import kz.qorgau.victims.Vulnerability;

/**
 * Demo mode: a handful of synthetic victim records, each entered by the demo user whose agency meets such
 * victims, through the same application services (so audited and sealed like real ones): a farm worker
 * from Uzbekistan screened by the labour inspectorate and linked to an Almaty forced-labour case; a woman
 * abroad counted anonymously by the consulate; a foreign woman screened before deportation, not punished,
 * with a residence permit; an unaccompanied child reported to the hotline. Dates are relative to today,
 * so that the deadlines dashboard has something to show. Seeded once: nothing is added when victim records
 * exist. Every name is invented.
 */
@Component
@Conditional(DeploymentMode.DemoCondition.class)
class DemoVictims implements DemoData {

    private final VictimRegistry victims;
    private final PersonRegistry persons;
    private final CriminalCases cases;
    private final CaseList caseList;
    private final Accounts accounts;
    private final DisplayFormat format;
    private final JdbcClient jdbc;
    private final DemoVictimYears years;

    DemoVictims(VictimRegistry victims, PersonRegistry persons, CriminalCases cases, CaseList caseList,
            Accounts accounts, DisplayFormat format, JdbcClient jdbc, DemoVictimYears years) {
        this.victims = victims;
        this.persons = persons;
        this.cases = cases;
        this.caseList = caseList;
        this.accounts = accounts;
        this.format = format;
        this.jdbc = jdbc;
        this.years = years;
    }

    @Override
    public Class<?> module() {
        return VictimRegistry.class;
    }

    /** These few first, then the victims of the years ({@link DemoVictimYears}), which the referrals build on. */
    @Override
    public void enter() {
        handful();
        years.enter();
    }

    private void handful() {
        if (jdbc.sql("select count(*) from victims_victim").query(Long.class).single() > 0
                || accounts.principal("inspector").isEmpty()) {
            return;
        }
        LocalDate today = format.today();
        farmWorker(today.minusDays(170));
        womanAbroad(today.minusDays(20));
        beforeDeportation(today.minusDays(95));
        unaccompaniedChild(today.minusDays(6));
        metTwice(today.minusDays(12));
    }

    /**
     * One woman met by the Almaty police and, a few days later, by the consulate abroad, each registering her in their
     * own script (Cyrillic with the Kazakh letter і; a passport's Latin) with day and month of birth swapped: two person
     * records and two victim records, which the registry proposes as a possible duplicate for the supervisor's review.
     */
    private void metTwice(LocalDate screened) {
        LocalDate born = LocalDate.of(1994, 3, 12);
        enterMet(user("investigator"), new PersonDetails("Сейітова", "Жанар", null, born, Sex.FEMALE, Set.of(
                CountryCode.KAZAKHSTAN), null, List.of(), null, null, null), screened.minusDays(4), "KZ-75",
                ScreeningContext.POLICE, Map.of(ConsentScope.PROCESSING, ConsentDecision.GIVEN, ConsentScope.REFERRAL,
                        ConsentDecision.GIVEN));
        enterMet(user("consul"), new PersonDetails("Seitova", "Zhanar", null, LocalDate.of(1994, 12, 3), Sex.FEMALE,
                Set.of(CountryCode.KAZAKHSTAN), null, List.of(), null, null, null), screened, null,
                ScreeningContext.CONSULAR, Map.of(ConsentScope.PROCESSING, ConsentDecision.GIVEN, ConsentScope.REFERRAL,
                        ConsentDecision.GIVEN, ConsentScope.LAW_ENFORCEMENT, ConsentDecision.GIVEN));
    }

    private void enterMet(QorgauUser user, PersonDetails details, LocalDate screened, String region,
            ScreeningContext context, Map<ConsentScope, ConsentDecision> consents) {
        long person = ActingAs.call(user, () -> persons.register(details)).value();
        ActingAs.call(user, () -> victims.register(new VictimCommands.Registration(person, false,
                new VictimCommands.Situation(Sex.FEMALE, screened.getYear() - 1994, region, Set.of(
                        ExploitationForm.SEXUAL_EXPLOITATION), Set.of(SexExploitationType.PROSTITUTION), null, Set.of(
                                RecruitmentMethod.THROUGH_ONLINE_SOCIAL_NETWORKS), null,
                        RecruiterRelationship.UNACQUAINTED, null, Set.of(ControlMethod.WITHHOLDS_DOCUMENTS), null,
                        Set.of(CountryCode.KAZAKHSTAN), Set.of(CountryCode.KAZAKHSTAN), null, Set.of(CountryCode.of(
                                "AE")), null, null),
                new VictimCommands.Screening(screened, context, false, ExploitationKind.SEXUAL, Map.of(), Map.of(),
                        TraffickingStatus.PRESUMED, "Демо: признаки торговли людьми выявлены при беседе."),
                consents)));
    }

    /** Screened on a farm in Almaty region; the police link him to their forced-labour case. */
    private void farmWorker(LocalDate screened) {
        QorgauUser inspector = user("inspector");
        long person = ActingAs.call(inspector, () -> persons.register(new PersonDetails("Демоев", "Рустам", null,
                LocalDate.of(1984, 5, 17), Sex.MALE, Set.of(CountryCode.of("UZ")), null, List.of(), null, null, null)))
                .value();
        Map<DelphiIndicator, Answer> delphi = new EnumMap<>(DelphiIndicator.class);
        for (DelphiIndicator indicator : List.of(DelphiIndicator.DR_NATURE_OF_JOB, DelphiIndicator.DR_WAGES,
                DelphiIndicator.VR_ECONOMIC_REASONS, DelphiIndicator.EX_EXCESSIVE_HOURS,
                DelphiIndicator.EX_LOW_OR_NO_SALARY,
                DelphiIndicator.EX_BAD_LIVING_CONDITIONS, DelphiIndicator.CD_DOCUMENTS_CONFISCATED,
                DelphiIndicator.CD_DEBT_BONDAGE)) {
            delphi.put(indicator, Answer.PRESENT);
        }
        VictimViews.VictimView victim = ActingAs.call(inspector, () -> victims.register(new VictimCommands.Registration(
                person, false,
                new VictimCommands.Situation(Sex.MALE, screened.getYear() - 1984, "KZ-19",
                        Set.of(ExploitationForm.FORCED_LABOUR), null, IsicSection.A,
                        Set.of(RecruitmentMethod.THROUGH_FRIENDS_OR_SOCIAL_EVENTS), null,
                        RecruiterRelationship.ACQUAINTED,
                        "Демо: рынок труда в Ташкенте", Set.of(ControlMethod.TAKES_EARNINGS),
                        Set.of(Vulnerability.UNDOCUMENTED_MIGRANT, Vulnerability.NO_IDENTITY_DOCUMENT),
                        Set.of(CountryCode.of("UZ")), Set.of(CountryCode.of("UZ")), Set.of(),
                        Set.of(CountryCode.KAZAKHSTAN), 39, "Демо: работал на ферме без оплаты, паспорт у хозяина."),
                new VictimCommands.Screening(screened, ScreeningContext.LABOUR_INSPECTION, false,
                        ExploitationKind.LABOUR,
                        Map.of(IloIndicator.RETENTION_OF_IDENTITY_DOCUMENTS, Answer.PRESENT,
                                IloIndicator.EXCESSIVE_OVERTIME,
                                Answer.PRESENT, IloIndicator.WITHHOLDING_OF_WAGES, Answer.PRESENT),
                        delphi, TraffickingStatus.PRESUMED, "Демо: индикаторы МОТ подтверждены при проверке фермы."),
                Map.of(ConsentScope.PROCESSING, ConsentDecision.GIVEN, ConsentScope.REFERRAL, ConsentDecision.GIVEN,
                        ConsentScope.LAW_ENFORCEMENT, ConsentDecision.GIVEN))));
        ActingAs.call(inspector, () -> victims.informOfRight(victim.id(), new VictimCommands.RightInformedOf(
                VictimRight.SERVICES_REGARDLESS_OF_COOPERATION, screened)));
        ActingAs.call(inspector, () -> victims.informOfRight(victim.id(), new VictimCommands.RightInformedOf(
                VictimRight.REFLECTION_PERIOD, screened)));
        ActingAs.call(inspector, () -> victims.startReflectionPeriod(victim.id()));
        QorgauUser investigator = user("investigator");
        LocalDate registered = screened.plusDays(4);
        String erdr = String.format("%02d1750%09d", registered.getYear() % 100, 900_001);
        CaseViews.CaseListItem existing = ActingAs.call(investigator, () -> caseList.search(new CaseCommands.Search(
                erdr, null, null,
                null, null, null, null, null, null), PageRequest.of(0, 1))).items().stream().findFirst().orElse(null);
        long caseId = existing != null ? existing.id() : ActingAs.call(investigator, () -> cases.register(
                new CaseCommands.Registration(erdr, registered, "KZ-75", null, new Qualification(
                        List.of(new Charge("128", 2)), Set.of(ExploitationForm.FORCED_LABOUR), Set.of()),
                        "Демо: принудительный труд на ферме, работники из Узбекистана."))).id();
        ActingAs.call(investigator, () -> victims.linkToCase(new VictimCommands.CaseLink(victim.reference(), caseId,
                VictimRole.INJURED_PARTY, registered)));
        ActingAs.call(investigator, () -> victims.decideStatus(victim.id(), new VictimCommands.StatusDecision(
                TraffickingStatus.CONFIRMED, registered, "Демо: признан потерпевшим по уголовному делу.")));
        ActingAs.call(investigator, () -> victims.recordTestimony(victim.id(), new VictimCommands.Testimony(registered
                .plusDays(2),
                caseId, InterviewPlace.SHELTER, true, true)));
        ActingAs.call(investigator, () -> victims.fileCompensation(victim.id(), new VictimCommands.CompensationFiling(
                CompensationRoute.CIVIL_CLAIM_IN_CRIMINAL_CASE, caseId, registered.plusDays(10), 1_450_000L)));
    }

    /** A citizen abroad who will not give her name nor speak to the police: counted anonymously. */
    private void womanAbroad(LocalDate screened) {
        QorgauUser consul = user("consul");
        VictimViews.VictimView victim = ActingAs.call(consul, () -> victims.register(new VictimCommands.Registration(
                null, true,
                new VictimCommands.Situation(Sex.FEMALE, 24, null, Set.of(ExploitationForm.SEXUAL_EXPLOITATION),
                        Set.of(SexExploitationType.PROSTITUTION), null, Set.of(
                                RecruitmentMethod.THROUGH_ONLINE_SOCIAL_NETWORKS),
                        Set.of(OnlinePlatform.INSTAGRAM), RecruiterRelationship.UNACQUAINTED, null,
                        Set.of(ControlMethod.WITHHOLDS_DOCUMENTS, ControlMethod.DEBT_BONDAGE), Set.of(),
                        Set.of(CountryCode.KAZAKHSTAN), Set.of(CountryCode.KAZAKHSTAN), Set.of(CountryCode.of("TR")),
                        Set.of(CountryCode.of("AE")), 23, null),
                new VictimCommands.Screening(screened, ScreeningContext.CONSULAR, false, ExploitationKind.SEXUAL, Map
                        .of(),
                        Map.of(), TraffickingStatus.POSSIBLE,
                        "Демо: обратилась в консульство без паспорта, просит вернуться домой."),
                Map.of(ConsentScope.PROCESSING, ConsentDecision.REFUSED, ConsentScope.LAW_ENFORCEMENT,
                        ConsentDecision.REFUSED))));
        ActingAs.call(consul, () -> victims.informOfRight(victim.id(), new VictimCommands.RightInformedOf(
                VictimRight.SERVICES_REGARDLESS_OF_COOPERATION, screened)));
    }

    /** Screened by the migration service before removal: not punished, a residence permit granted. */
    private void beforeDeportation(LocalDate screened) {
        QorgauUser migration = user("migration");
        long person = ActingAs.call(migration, () -> persons.register(new PersonDetails("Демоева", "Нилуфар", null,
                LocalDate.of(1998, 11, 2), Sex.FEMALE, Set.of(CountryCode.of("TJ")), null, List.of(), null, null,
                null)))
                .value();
        VictimViews.VictimView victim = ActingAs.call(migration, () -> victims.register(new VictimCommands.Registration(
                person, false,
                new VictimCommands.Situation(Sex.FEMALE, screened.getYear() - 1998, "KZ-71",
                        Set.of(ExploitationForm.SERVITUDE), null, IsicSection.T, Set.of(
                                RecruitmentMethod.THROUGH_AN_ONLINE_ADVERTISEMENT),
                        Set.of(OnlinePlatform.TELEGRAM), RecruiterRelationship.UNACQUAINTED, null,
                        Set.of(ControlMethod.RESTRICTS_MOVEMENT, ControlMethod.WITHHOLDS_DOCUMENTS),
                        Set.of(Vulnerability.UNDOCUMENTED_MIGRANT), Set.of(CountryCode.of("TJ")), Set.of(CountryCode.of(
                                "TJ")),
                        Set.of(CountryCode.of("UZ")), Set.of(CountryCode.KAZAKHSTAN), null, null),
                new VictimCommands.Screening(screened, ScreeningContext.PRE_DEPORTATION, false, ExploitationKind.LABOUR,
                        Map.of(IloIndicator.ISOLATION, Answer.PRESENT, IloIndicator.RESTRICTION_OF_MOVEMENT,
                                Answer.PRESENT),
                        Map.of(), TraffickingStatus.PRESUMED, "Демо: домашняя прислуга без права выхода из дома."),
                Map.of(ConsentScope.PROCESSING, ConsentDecision.GIVEN, ConsentScope.REFERRAL, ConsentDecision.GIVEN))));
        ActingAs.call(migration, () -> victims.recordNonPunishment(victim.id(), new VictimCommands.NonPunishment(
                screened,
                NonPunishmentContext.BEFORE_DEPORTATION, OffenceKind.IMMIGRATION, NonPunishmentResult.NOT_PUNISHED)));
        ActingAs.call(migration, () -> victims.startReflectionPeriod(victim.id()));
        ActingAs.call(migration, () -> victims.applyForPermit(victim.id(), new VictimCommands.PermitApplication(
                PermitKind.TEMPORARY_RESIDENCE, screened.plusDays(10))));
        ActingAs.call(migration, () -> victims.decidePermit(victim.id(), new VictimCommands.PermitDecision(0,
                PermitOutcome.GRANTED,
                screened.plusDays(40), screened.plusDays(40).plusMonths(3))));
        ActingAs.call(migration, () -> victims.applyForPermit(victim.id(), new VictimCommands.PermitApplication(
                PermitKind.WORK,
                screened.plusDays(45))));
    }

    /** A 15-year-old reported to the hotline: a possible victim, to be referred only where children are taken. */
    private void unaccompaniedChild(LocalDate screened) {
        QorgauUser hotline = user("hotline");
        long person = ActingAs.call(hotline, () -> persons.register(new PersonDetails("Демоева", "Айгерим", null, null,
                Sex.FEMALE,
                Set.of(CountryCode.KAZAKHSTAN), null, List.of(), null, null, null))).value();
        ActingAs.call(hotline, () -> victims.register(new VictimCommands.Registration(person, false,
                new VictimCommands.Situation(Sex.FEMALE, 15, "KZ-79", Set.of(ExploitationForm.SEXUAL_EXPLOITATION),
                        null,
                        null, Set.of(RecruitmentMethod.THROUGH_ONLINE_SOCIAL_NETWORKS), Set.of(OnlinePlatform.TIKTOK),
                        null,
                        null, null, Set.of(Vulnerability.UNACCOMPANIED_CHILD), Set.of(CountryCode.KAZAKHSTAN), null,
                        null,
                        null, null, null),
                new VictimCommands.Screening(screened, ScreeningContext.HOTLINE, true, ExploitationKind.SEXUAL, Map
                        .of(),
                        Map.of(), TraffickingStatus.POSSIBLE, "Демо: звонок подруги, девочка ушла из дома."),
                Map.of(ConsentScope.REFERRAL, ConsentDecision.GIVEN))));
    }

    private QorgauUser user(String username) {
        return accounts.principal(username).orElseThrow();
    }
}
