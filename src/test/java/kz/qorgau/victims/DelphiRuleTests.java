package kz.qorgau.victims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.qorgau.victims.DelphiIndicator.Dimension;
import kz.qorgau.victims.DelphiRule.Outcome;

/** The ILO-EC combination rule of shared/reference/screening-indicators.md, dimension by dimension and overall. */
class DelphiRuleTests {

    static Map<DelphiIndicator, Answer> present(DelphiIndicator... indicators) {
        Map<DelphiIndicator, Answer> answers = new EnumMap<>(DelphiIndicator.class);
        for (DelphiIndicator indicator : DelphiIndicator.values()) {
            answers.put(indicator, Answer.ABSENT);
        }
        for (DelphiIndicator indicator : indicators) {
            answers.put(indicator, Answer.PRESENT);
        }
        return answers;
    }

    @ParameterizedTest(name = "{0} strong, {1} medium, {2} weak -> {3}")
    @CsvSource({ "2,0,0,true", "1,1,0,true", "1,0,1,true", "0,3,0,true", "0,2,1,true",
            "1,0,0,false", "0,2,0,false", "0,1,2,false", "0,0,3,false", "0,0,0,false" })
    void aDimensionIsPositiveWithEnoughIndicatorsOfTheRightWeights(int strong, int medium, int weak, boolean positive) {
        assertThat(DelphiRule.positive(strong, medium, weak)).isEqualTo(positive);
    }

    @Test
    void countsOnlyIndicatorsOfTheDimensionThatArePresent() {
        var suggestion = DelphiRule.assess(present(DelphiIndicator.CD_DOCUMENTS_CONFISCATED,
                DelphiIndicator.CD_THREAT_TO_INFORM_FAMILY, DelphiIndicator.EX_NO_ACCESS_TO_EDUCATION), false);
        var coercion = suggestion.dimension(Dimension.COERCION_AT_DESTINATION);
        assertThat(coercion.outcome()).isEqualTo(Outcome.POSITIVE);
        assertThat(coercion.strong()).isEqualTo(1);
        assertThat(coercion.weak()).isEqualTo(1);
        assertThat(suggestion.dimension(Dimension.EXPLOITATION).outcome()).isEqualTo(Outcome.NEGATIVE);
    }

    @Test
    void anAdultIsSuggestedAVictimWithRecruitmentExploitationAndCoercion() {
        var answers = present(DelphiIndicator.DR_NATURE_OF_JOB, DelphiIndicator.DR_WAGES,
                DelphiIndicator.EX_EXCESSIVE_HOURS, DelphiIndicator.EX_LOW_OR_NO_SALARY,
                DelphiIndicator.CD_DOCUMENTS_CONFISCATED, DelphiIndicator.CD_DEBT_BONDAGE);
        assertThat(DelphiRule.assess(answers, false).trafficking()).isEqualTo(Outcome.POSITIVE);
    }

    @Test
    void anAdultWithoutMeansAtDestinationIsNot() {
        var answers = present(DelphiIndicator.DR_NATURE_OF_JOB, DelphiIndicator.DR_WAGES,
                DelphiIndicator.EX_EXCESSIVE_HOURS, DelphiIndicator.EX_LOW_OR_NO_SALARY);
        assertThat(DelphiRule.assess(answers, false).trafficking()).isEqualTo(Outcome.NEGATIVE);
    }

    @Test
    void forAChildTheMeansAreNotRequired() {
        var answers = present(DelphiIndicator.DR_NATURE_OF_JOB, DelphiIndicator.DR_WAGES,
                DelphiIndicator.EX_EXCESSIVE_HOURS, DelphiIndicator.EX_LOW_OR_NO_SALARY);
        assertThat(DelphiRule.assess(answers, true).trafficking()).isEqualTo(Outcome.POSITIVE);
        assertThat(DelphiRule.assess(answers, true).child()).isTrue();
    }

    @Test
    void anyOfTheThreeRecruitmentDimensionsWillDo() {
        var answers = present(DelphiIndicator.VR_ILLEGAL_STATUS, DelphiIndicator.VR_ECONOMIC_REASONS,
                DelphiIndicator.VR_LACK_OF_INFORMATION, DelphiIndicator.EX_EXCESSIVE_HOURS,
                DelphiIndicator.EX_HAZARDOUS_WORK, DelphiIndicator.VD_DEPENDENCY_ON_EXPLOITERS,
                DelphiIndicator.VD_UNKNOWN_AREA, DelphiIndicator.VD_PAST_DIFFICULTIES);
        var suggestion = DelphiRule.assess(answers, false);
        assertThat(suggestion.dimension(Dimension.RECRUITMENT_BY_ABUSE_OF_VULNERABILITY).outcome())
                .isEqualTo(Outcome.POSITIVE);
        assertThat(suggestion.dimension(Dimension.DECEPTIVE_RECRUITMENT).outcome()).isEqualTo(Outcome.NEGATIVE);
        assertThat(suggestion.trafficking()).isEqualTo(Outcome.POSITIVE);
    }

    @Test
    void unknownAnswersThatCouldTipADimensionLeaveItUndetermined() {
        var answers = present(DelphiIndicator.DR_NATURE_OF_JOB, DelphiIndicator.DR_WAGES,
                DelphiIndicator.EX_EXCESSIVE_HOURS, DelphiIndicator.EX_LOW_OR_NO_SALARY,
                DelphiIndicator.CD_DOCUMENTS_CONFISCATED);
        // one strong indicator of coercion present: negative now, positive if an unknown one is present
        answers.put(DelphiIndicator.CD_DEBT_BONDAGE, Answer.UNKNOWN);
        answers.put(DelphiIndicator.CD_VIOLENCE, Answer.UNKNOWN);
        var suggestion = DelphiRule.assess(answers, false);
        assertThat(suggestion.dimension(Dimension.COERCION_AT_DESTINATION).outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(suggestion.dimension(Dimension.COERCION_AT_DESTINATION).unknown()).isEqualTo(2);
        assertThat(suggestion.trafficking()).isEqualTo(Outcome.UNDETERMINED);
    }

    @Test
    void nothingAnsweredIsUndeterminedNotNegative() {
        assertThat(DelphiRule.assess(Map.of(), false).trafficking()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(DelphiRule.assess(present(), false).trafficking()).isEqualTo(Outcome.NEGATIVE);
    }

    @Test
    void aNegativeDimensionOutweighsAnUndeterminedOne() {
        var answers = present(DelphiIndicator.DR_NATURE_OF_JOB, DelphiIndicator.DR_WAGES);
        answers.put(DelphiIndicator.CD_VIOLENCE, Answer.UNKNOWN);
        answers.put(DelphiIndicator.CD_ISOLATION, Answer.UNKNOWN);
        // exploitation is answered absent throughout: whatever the unknowns, not trafficking
        assertThat(DelphiRule.assess(answers, false).trafficking()).isEqualTo(Outcome.NEGATIVE);
    }

    @Test
    void theTranscribedListHasSixDimensionsAndItsWeights() {
        assertThat(Dimension.DECEPTIVE_RECRUITMENT.indicators()).hasSize(10);
        assertThat(Dimension.COERCIVE_RECRUITMENT.indicators()).hasSize(10);
        assertThat(Dimension.RECRUITMENT_BY_ABUSE_OF_VULNERABILITY.indicators()).hasSize(15);
        assertThat(Dimension.EXPLOITATION.indicators()).hasSize(9);
        assertThat(Dimension.COERCION_AT_DESTINATION.indicators()).hasSize(15);
        assertThat(Dimension.ABUSE_OF_VULNERABILITY_AT_DESTINATION.indicators()).hasSize(7);
        assertThat(Dimension.COERCION_AT_DESTINATION.indicators()).filteredOn(i -> i
                .weight() == DelphiIndicator.Weight.STRONG)
                .hasSize(4);
    }

    @Test
    void theIloIndicatorsFoundSuggestTheirHtcdsMethodsOfControl() {
        assertThat(Screening.controlMethods(Map.of(IloIndicator.RETENTION_OF_IDENTITY_DOCUMENTS, Answer.PRESENT,
                IloIndicator.DEBT_BONDAGE, Answer.PRESENT, IloIndicator.DECEPTION, Answer.ABSENT)))
                .containsExactlyInAnyOrder(ControlMethod.WITHHOLDS_DOCUMENTS, ControlMethod.DEBT_BONDAGE);
    }
}
