package kz.qorgau.victims;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.Sex;

/** Synthetic screenings and registrations for tests: a farm worker from Uzbekistan, a woman abroad. */
public final class SyntheticVictims {

    private SyntheticVictims() {
    }

    /** Answers of a worker deceived about wages, made to work excessive hours, documents confiscated. */
    public static VictimCommands.Screening farmScreening(LocalDate on, TraffickingStatus decision) {
        Map<IloIndicator, Answer> ilo = new EnumMap<>(IloIndicator.class);
        ilo.put(IloIndicator.RETENTION_OF_IDENTITY_DOCUMENTS, Answer.PRESENT);
        ilo.put(IloIndicator.EXCESSIVE_OVERTIME, Answer.PRESENT);
        ilo.put(IloIndicator.DECEPTION, Answer.PRESENT);
        Map<DelphiIndicator, Answer> delphi = new EnumMap<>(DelphiIndicator.class);
        for (DelphiIndicator indicator : DelphiIndicator.values()) {
            delphi.put(indicator, Answer.ABSENT);
        }
        delphi.put(DelphiIndicator.DR_WAGES, Answer.PRESENT);
        delphi.put(DelphiIndicator.DR_NATURE_OF_JOB, Answer.PRESENT);
        delphi.put(DelphiIndicator.EX_EXCESSIVE_HOURS, Answer.PRESENT);
        delphi.put(DelphiIndicator.EX_LOW_OR_NO_SALARY, Answer.PRESENT);
        delphi.put(DelphiIndicator.CD_DOCUMENTS_CONFISCATED, Answer.PRESENT);
        delphi.put(DelphiIndicator.CD_DEBT_BONDAGE, Answer.PRESENT);
        return new VictimCommands.Screening(on, ScreeningContext.LABOUR_INSPECTION, false, ExploitationKind.LABOUR, ilo,
                delphi, decision, "Synthetic: passport held by the farm owner, 14-hour days, no pay for 3 months.");
    }

    public static VictimCommands.Situation farmWorker(String citizenship) {
        return new VictimCommands.Situation(Sex.MALE, 34, "KZ-19", Set.of(ExploitationForm.FORCED_LABOUR), null,
                IsicSection.A, null, null, null, "Synthetic village, Almaty region", null, null,
                Set.of(CountryCode.of(citizenship)), null, null, Set.of(CountryCode.KAZAKHSTAN), null,
                "Synthetic narrative of a farm worker.");
    }

    /** An identified adult who consents to processing and to referral; law enforcement as given. */
    public static VictimCommands.Registration identified(long personId, LocalDate on, ConsentDecision lawEnforcement) {
        Map<ConsentScope, ConsentDecision> consents = new EnumMap<>(ConsentScope.class);
        consents.put(ConsentScope.PROCESSING, ConsentDecision.GIVEN);
        consents.put(ConsentScope.REFERRAL, ConsentDecision.GIVEN);
        if (lawEnforcement != null) {
            consents.put(ConsentScope.LAW_ENFORCEMENT, lawEnforcement);
        }
        return new VictimCommands.Registration(personId, false, farmWorker("UZ"),
                farmScreening(on, TraffickingStatus.PRESUMED), consents);
    }

    /** An adult citizen abroad who refuses to be identified and to share with the police. */
    public static VictimCommands.Registration anonymousAbroad(LocalDate on) {
        VictimCommands.Situation situation = new VictimCommands.Situation(Sex.FEMALE, 27, null,
                Set.of(ExploitationForm.SEXUAL_EXPLOITATION), Set.of(SexExploitationType.PROSTITUTION), null, null,
                null,
                null, null, null, null, Set.of(CountryCode.KAZAKHSTAN), null, null, Set.of(CountryCode.of("AE")), null,
                null);
        VictimCommands.Screening screening = new VictimCommands.Screening(on, ScreeningContext.CONSULAR, false,
                ExploitationKind.SEXUAL, Map.of(), Map.of(), TraffickingStatus.POSSIBLE,
                "Synthetic: came to the consulate without documents, asks to go home.");
        return new VictimCommands.Registration(null, true, situation, screening,
                Map.of(ConsentScope.PROCESSING, ConsentDecision.REFUSED, ConsentScope.LAW_ENFORCEMENT,
                        ConsentDecision.REFUSED));
    }
}
