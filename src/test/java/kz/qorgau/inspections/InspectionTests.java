package kz.qorgau.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.qorgau.cases.PoliceNotice;
import kz.qorgau.cases.PoliceNoticeTests;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.victims.IloIndicator;
import kz.qorgau.victims.IsicSection;

/** The rules of an inspection as recorded and of its notification to the police, without a database. */
class InspectionTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    /** A valid synthetic BIN (December 2016, resident legal entity, head office). */
    static final String BIN = "161240012341";

    static InspectionCommands.Recording recording(String bin, LocalDate started, int workers, int women, int men,
            int foreign, List<InspectionCommands.ForeignWorkers> byCitizenship, Set<IloIndicator> indicators) {
        return new InspectionCommands.Recording(null, "Synthetic Inspector", started, started, bin,
                "Synthetic Farm LLP", InspectionSite.FARM, IsicSection.A, new RegionCode("KZ-19"), null, null, true,
                false, InspectionTrigger.OWN_INITIATIVE, false, null, Set.of(), workers, women, men, 0, foreign,
                byCitizenship, List.of(), Set.of(), indicators);
    }

    static InspectionCommands.Recording valid(Set<IloIndicator> indicators) {
        return recording(BIN, TODAY.minusDays(2), 10, 4, 6, 3, List.of(new InspectionCommands.ForeignWorkers("UZ",
                3)), indicators);
    }

    @Test
    void aWellFormedInspectionHasNoErrors() {
        assertThat(valid(Set.of()).errors(TODAY)).isEmpty();
    }

    @Test
    void anInvalidBinADateInTheFutureAndMoreForeignWorkersThanWorkersAreEachRefusedOnTheirField() {
        var errors = recording("123456789012", TODAY.plusDays(1), 5, 2, 3, 7, List.of(), Set.of()).errors(TODAY);
        assertThat(errors).containsKeys("employerBin", "startedOn", "workersForeign");
        assertThat(errors.get("startedOn")).isEqualTo("inspection.error.future-date");
        assertThat(errors.get("workersForeign")).isEqualTo("inspection.error.more-than-workers");
        assertThat(errors.get("employerBin")).startsWith("bin.error.");
    }

    @Test
    void womenAndMenTogetherNeverExceedTheWorkersChecked() {
        assertThat(recording(BIN, TODAY, 5, 3, 3, 0, List.of(), Set.of()).errors(TODAY)).containsEntry("workersMen",
                "inspection.error.workers-by-sex");
    }

    @Test
    void theCitizenshipsAddUpToNoMoreThanTheForeignWorkersAndNeverNameKazakhstan() {
        assertThat(recording(BIN, TODAY, 10, 5, 5, 3, List.of(new InspectionCommands.ForeignWorkers("UZ", 2),
                new InspectionCommands.ForeignWorkers("KG", 2)), Set.of()).errors(TODAY)).containsEntry(
                        "foreignWorkers", "inspection.error.citizenships-exceed");
        assertThat(recording(BIN, TODAY, 10, 5, 5, 3, List.of(new InspectionCommands.ForeignWorkers("KZ", 2)), Set
                .of()).errors(TODAY)).containsEntry("foreignWorkers", "inspection.error.citizenship");
        assertThat(recording(BIN, TODAY, 10, 5, 5, 3, List.of(new InspectionCommands.ForeignWorkers("XX", 3)), Set
                .of()).errors(TODAY)).isEmpty();
    }

    @Test
    void anExemptionIsGivenOnlyUnderAMoratoriumAndIsRequiredThere() {
        var under = new InspectionCommands.Recording(null, "I", TODAY, TODAY, null, "E", InspectionSite.MARKET, null,
                new RegionCode("KZ-75"), null, null, false, true, InspectionTrigger.COMPLAINT, true, " ", Set.of(), 1,
                0, 1, 0, 0, List.of(), List.of(), Set.of(), Set.of());
        assertThat(under.errors(TODAY)).containsEntry("moratoriumExemption", "inspection.error.exemption-required");
        var without = new InspectionCommands.Recording(null, "I", TODAY, TODAY, null, "E", InspectionSite.MARKET,
                null, new RegionCode("KZ-75"), null, null, false, true, InspectionTrigger.COMPLAINT, false,
                "Complaint of a worker", Set.of(), 1, 0, 1, 0, 0, List.of(), List.of(), Set.of(), Set.of());
        assertThat(without.errors(TODAY)).containsEntry("moratoriumExemption",
                "inspection.error.exemption-without-moratorium");
    }

    @Test
    void anInspectionEndingBeforeItStartedIsRefused() {
        var backwards = new InspectionCommands.Recording(null, "I", TODAY, TODAY.minusDays(1), null, "E",
                InspectionSite.FACTORY, null, new RegionCode("KZ-75"), null, null, false, true,
                InspectionTrigger.PLAN, false, null, Set.of(), 1, 0, 1, 0, 0, List.of(), List.of(), Set.of(), Set
                        .of());
        assertThat(backwards.errors(TODAY)).containsEntry("endedOn", "inspection.error.ended-before-started");
    }

    @Test
    void aRecordedInspectionKeepsItsFindingsAndRefusesWhatIsWrong() {
        Inspection inspection = Inspection.record("L-ABCDEFGH", 1, valid(EnumSet.of(IloIndicator.DEBT_BONDAGE)),
                "inspector", TODAY, Instant.parse("2026-12-04T05:00:00Z"));
        assertThat(inspection.indicatorsFound()).isTrue();
        assertThat(inspection.indicators()).containsExactly(IloIndicator.DEBT_BONDAGE);
        assertThat(inspection.employerBin()).isEqualTo(BIN);
        assertThatThrownBy(() -> Inspection.record("L-ABCDEFGH", 1, recording(BIN, TODAY, 1, 0, 1, 2, List.of(), Set
                .of()), "inspector", TODAY, Instant.now())).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void onlyAnInspectionWithIndicatorsIsNotified() {
        Instant now = Instant.parse("2026-12-04T05:00:00Z");
        PoliceNotice notice = PoliceNoticeTests.sent(7, now, now.plusSeconds(86_400));
        Inspection clean = Inspection.record("L-ABCDEFGH", 1, valid(Set.of()), "inspector", TODAY, now);
        assertThatThrownBy(() -> PoliceNotification.of(clean, notice)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("inspection.error.no-indicators");
        Inspection found = Inspection.record("L-ABCDEFGH", 1, valid(EnumSet.of(IloIndicator.ISOLATION)), "inspector",
                TODAY, now);
        assertThat(PoliceNotification.of(found, notice).notice()).isSameAs(notice);
    }
}
