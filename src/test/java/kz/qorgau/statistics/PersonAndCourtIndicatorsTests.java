package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kz.qorgau.cases.AppealOutcome;
import kz.qorgau.cases.Charge;
import kz.qorgau.cases.EventType;
import kz.qorgau.cases.Sentence;
import kz.qorgau.cases.TerminationReason;
import kz.qorgau.cases.VerdictOutcome;
import kz.qorgau.persons.PersonDetails;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.Sex;

/**
 * Offences by article, persons suspected, prosecuted and convicted by sex, age group and citizenship, court outcomes,
 * terms of imprisonment, distinct persons against convictions, and terminations by grounds, on cases of a region the
 * demo data and the other tests leave alone (West Kazakhstan), in 2023–2024:
 * <ul>
 * <li>A, registered in March 2023 under Art. 128 (two parts) and 135, with three suspects: a girl born in 2006 and a
 * citizen of Kazakhstan (a suspect from 5 March), a man born in 1980 and a citizen of Uzbekistan (no date: the
 * registration's), and a person of unknown sex, birth year and citizenship (from 1 December 2023); sent to court in
 * January 2024; the girl convicted (18 months, upheld on appeal), the man convicted (60 months), a retrial ordered on
 * appeal and convicted again (130 months), the third acquitted;</li>
 * <li>B, registered in June 2023 under Art. 308, without suspects, terminated for insufficient evidence, reopened, and
 * terminated again for want of corpus delicti, all in 2023;</li>
 * <li>C, registered in July 2023 under Art. 128, whose suspect is the same man, sent to court and convicted (24 months)
 * in 2024.</li>
 * </ul>
 */
class PersonAndCourtIndicatorsTests extends RegionalIndicatorsTests {

    @Autowired
    IndicatorLabels labels;

    PersonAndCourtIndicatorsTests() {
        super("KZ-27", 88_000_000_000L);
    }

    @Override
    void recordCases() {
        long girl = person(LocalDate.of(2006, 5, 1), Sex.FEMALE, CountryCode.KAZAKHSTAN);
        long man = person(LocalDate.of(1980, 2, 1), Sex.MALE, CountryCode.of("UZ"));
        long unknown = person(null, Sex.UNKNOWN, null);

        long a = register("2023-03-01", new Charge("128", 1), new Charge("128", 2), new Charge("135", null));
        suspect(a, girl, false, LocalDate.parse("2023-03-05"), null);
        suspect(a, man, false, null, null);
        suspect(a, unknown, false, LocalDate.parse("2023-12-01"), null);
        record(a, court("2024-01-15"));
        verdict(a, "2024-03-01", 0, VerdictOutcome.CONVICTED, 18);
        verdict(a, "2024-03-01", 1, VerdictOutcome.CONVICTED, 60);
        verdict(a, "2024-03-01", 2, VerdictOutcome.ACQUITTED, null);
        record(a, appeal(0, "2024-04-01", AppealOutcome.UPHELD));
        record(a, appeal(1, "2024-05-01", AppealOutcome.RETRIAL_ORDERED));
        verdict(a, "2024-08-01", 1, VerdictOutcome.CONVICTED, 130);

        long b = register("2023-06-01", new Charge("308", null));
        record(b, investigation(EventType.TERMINATED, "2023-09-01", TerminationReason.INSUFFICIENT_EVIDENCE));
        record(b, investigation(EventType.REOPENED, "2023-10-01", null));
        record(b, investigation(EventType.TERMINATED, "2023-11-01", TerminationReason.NO_CORPUS_DELICTI));

        long c = register("2023-07-01", new Charge("128", 1));
        suspect(c, man, false, null, null);
        record(c, court("2024-02-01"));
        verdict(c, "2024-03-15", 0, VerdictOutcome.CONVICTED, 24);
    }

    @Test
    void offencesCountOncePerArticleOfTheRegistrationWhateverItsParts() {
        assertThat(figures(2023)).containsEntry("offences.recorded", 4L)
                .containsEntry("offences.recorded.article.128", 2L)
                .containsEntry("offences.recorded.article.135", 1L)
                .containsEntry("offences.recorded.article.308", 1L)
                .containsEntry("offences.recorded.article.134", 0L)
                .containsEntry("offences.recorded.article.other", 0L)
                .containsEntry("offences.recorded.article.unknown", 0L);
    }

    @Test
    void suspectsCountOnTheDateTheyBecameSuspectsBySexAgeAndCitizenship() {
        assertThat(figures(2023)).containsEntry("suspects.persons", 4L)
                .containsEntry("suspects.persons.female", 1L)
                .containsEntry("suspects.persons.male", 2L)
                .containsEntry("suspects.persons.sex_unknown", 1L)
                .as("the girl was 16 or 17 in 2023").containsEntry("suspects.persons.minors", 1L)
                .containsEntry("suspects.persons.adults", 2L)
                .containsEntry("suspects.persons.age_unknown", 1L)
                .containsEntry("suspects.persons.citizens", 1L)
                .containsEntry("suspects.persons.foreign", 2L)
                .containsEntry("suspects.persons.citizenship_unknown", 1L)
                .containsEntry("suspects.persons.citizenship.kz", 1L)
                .containsEntry("suspects.persons.citizenship.uz", 2L)
                .containsEntry("suspects.persons.citizenship.other", 0L)
                .containsEntry("suspects.persons.citizenship.unknown", 1L);
        assertThat(figures(2024)).containsEntry("suspects.persons", 0L);
    }

    @Test
    void defendantsAndConvictedPersonsByTheirAgeOnTheDateCounted() {
        assertThat(figures(2024)).containsEntry("prosecutions.defendants", 4L)
                .as("the girl was 17 or 18 when her case was sent to court: unknown by the birth year alone")
                .containsEntry("prosecutions.defendants.minors", 0L)
                .containsEntry("prosecutions.defendants.adults", 2L)
                .containsEntry("prosecutions.defendants.age_unknown", 2L)
                .containsEntry("prosecutions.defendants.female", 1L)
                .containsEntry("prosecutions.defendants.foreign", 2L)
                .containsEntry("convictions.persons", 3L)
                .containsEntry("convictions.persons.female", 1L)
                .containsEntry("convictions.persons.male", 2L)
                .containsEntry("convictions.persons.citizens", 1L)
                .containsEntry("convictions.persons.citizenship.uz", 2L)
                .containsEntry("convictions.persons.age_unknown", 1L)
                .containsEntry("convictions.persons.adults", 2L);
    }

    @Test
    void aPersonConvictedInTwoCasesIsTwoConvictionsAndOneDistinctPerson() {
        assertThat(figures(2024)).containsEntry("convictions.count", 3L)
                .containsEntry("convictions.distinct_persons", 2L);
    }

    @Test
    void courtOutcomesCountEveryVerdictAndAppealDecisionOfTheYear() {
        assertThat(figures(2024)).as("the retrial's verdict as well as the verdict it replaced")
                .containsEntry("court.first_instance", 5L)
                .containsEntry("court.first_instance.convicted", 4L)
                .containsEntry("court.first_instance.acquitted", 1L)
                .containsEntry("court.first_instance.dismissed", 0L)
                .containsEntry("court.first_instance.outcome_unknown", 0L)
                .containsEntry("court.appeals", 2L)
                .containsEntry("court.appeals.upheld", 1L)
                .containsEntry("court.appeals.retrial_ordered", 1L)
                .containsEntry("court.appeals.conviction_quashed", 0L);
        assertThat(figures(2023)).containsEntry("court.first_instance", 0L).containsEntry("court.appeals", 0L);
    }

    @Test
    void termsOfImprisonmentInBandsOfTheCountedVerdicts() {
        assertThat(figures(2024)).containsEntry("sentences.imprisonment.persons", 3L)
                .containsEntry("sentences.imprisonment.persons.under_1_year", 0L)
                .containsEntry("sentences.imprisonment.persons.1_to_3_years", 2L)
                .containsEntry("sentences.imprisonment.persons.5_to_10_years", 0L)
                .as("the retrial's term, not the replaced one's")
                .containsEntry("sentences.imprisonment.persons.10_years_or_more", 1L);
    }

    @Test
    void aCaseTerminatedTwiceInAYearCountsOnceByItsLastGrounds() {
        assertThat(figures(2023)).containsEntry("cases.terminated", 1L)
                .containsEntry("cases.terminated.reason_no_corpus_delicti", 1L)
                .containsEntry("cases.terminated.reason_insufficient_evidence", 0L)
                .containsEntry("cases.terminated.reason_unknown", 0L);
    }

    @Test
    void theNewCategoriesAreNamedInEachLanguage() {
        Indicator uzbek = statistics.indicator("convictions.persons.citizenship.uz").orElseThrow();
        assertThat(labels.name(uzbek, Locale.ENGLISH)).isEqualTo("Persons convicted — citizens of Uzbekistan");
        assertThat(labels.name(statistics.indicator("sentences.imprisonment.persons.10_years_or_more").orElseThrow(),
                Locale.forLanguageTag("ru"))).endsWith("10 лет и более");
        assertThat(statistics.indicator("offences.recorded").orElseThrow().unit()).isEqualTo(Indicator.Unit.OFFENCES);
        assertThat(statistics.indicator("convictions.count").orElseThrow().unit()).isEqualTo(
                Indicator.Unit.CONVICTIONS);
        assertThat(statistics.indicator("convictions.distinct_persons").orElseThrow().unit()).isEqualTo(
                Indicator.Unit.PERSONS);
    }

    private long person(LocalDate birthDate, Sex sex, CountryCode citizenship) {
        return persons.register(new PersonDetails("Тестова", "Проба", null, birthDate, sex, citizenship == null ? Set
                .of() : Set.of(citizenship), null, List.of(), null, null, null)).value();
    }

    private long register(String date, Charge... charges) {
        return register(date, Set.of(ExploitationForm.SEXUAL_EXPLOITATION), charges);
    }

    private void verdict(long caseId, String date, int defendant, VerdictOutcome outcome, Integer months) {
        record(caseId, verdict(defendant, date, outcome, outcome == VerdictOutcome.CONVICTED ? "128" : null, null,
                months == null ? null : Sentence.imprisonment(months)));
    }
}
