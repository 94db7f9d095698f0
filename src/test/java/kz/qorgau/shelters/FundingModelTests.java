package kz.qorgau.shelters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import kz.qorgau.shared.RegionCode;
import kz.qorgau.shelters.FundingModel.ShelterFigures;
import kz.qorgau.shelters.FundingModel.ShelterLine;

/**
 * The funding model on three shelters in two regions and a third region without one, worked out by hand: 3,000,000
 * tenge given, (a) shared 2:1 by the two regions' cases and within Almaty by beds, (b) 6:2:2 by victims served, (c)
 * 600:100:300 by bed-nights.
 */
class FundingModelTests {

    static final RegionCode ALMATY = new RegionCode("KZ-75");
    static final RegionCode KARAGANDA = new RegionCode("KZ-35");
    static final RegionCode TURKISTAN = new RegionCode("KZ-61");

    static final ShelterFigures FIRST = new ShelterFigures(1, "SH-1", "A", ShelterKind.SHELTER, ALMATY,
            Settlement.URBAN, 10, 6, 600, 3_650, 1_000_000, 0);
    static final ShelterFigures SECOND = new ShelterFigures(2, "SH-2", "B", ShelterKind.CRISIS_CENTRE, ALMATY,
            Settlement.URBAN, 30, 2, 100, 10_950, 2_000_000, 0);
    static final ShelterFigures THIRD = new ShelterFigures(3, "SH-3", "C", ShelterKind.SHELTER, KARAGANDA,
            Settlement.RURAL, 10, 2, 300, 3_650, 0, 500_000);

    static final RegionalCaseload.Caseload CASELOAD = new RegionalCaseload.Caseload(Map.of(ALMATY, 2L, KARAGANDA,
            1L, TURKISTAN, 5L), Map.of(ALMATY, 10L, KARAGANDA, 4L, TURKISTAN, 20L), 1, 3);

    FundingModel model = FundingModel.of(2022, LocalDate.of(2022, 12, 31), List.of(THIRD, SECOND, FIRST), CASELOAD,
            List.of(KARAGANDA, ALMATY, TURKISTAN));

    ShelterLine line(long id) {
        return model.shelters().stream().filter(line -> line.figures().shelterId() == id).findFirst().orElseThrow();
    }

    @Test
    void eachModelSharesTheStateMoneyGivenAndTheShortfallIsTheVictimsPartLessWhatWasGiven() {
        assertThat(model.stateTotal()).isEqualTo(3_000_000);
        assertThat(model.total().figures().otherKzt()).isEqualTo(500_000);
        assertThat(List.of(line(1).byCases(), line(2).byCases(), line(3).byCases()))
                .containsExactly(500_000L, 1_500_000L, 1_000_000L);
        assertThat(List.of(line(1).byVictims(), line(2).byVictims(), line(3).byVictims()))
                .containsExactly(1_800_000L, 600_000L, 600_000L);
        assertThat(List.of(line(1).byBedNights(), line(2).byBedNights(), line(3).byBedNights()))
                .containsExactly(1_800_000L, 300_000L, 900_000L);
        assertThat(List.of(line(1).shortfall(), line(2).shortfall(), line(3).shortfall()))
                .containsExactly(800_000L, -1_400_000L, 600_000L);
        assertThat(model.total().byCases()).isEqualTo(3_000_000L);
        assertThat(model.total().byVictims()).isEqualTo(3_000_000L);
        assertThat(model.total().byBedNights()).isEqualTo(3_000_000L);
    }

    @Test
    void theRatiosAreWholeTengeAndOccupancyIsOfTheAvailableBedNights() {
        assertThat(line(1).perVictimServed()).isEqualTo(166_667L);
        assertThat(line(1).perBedNight()).isEqualTo(1_667L);
        assertThat(line(3).perVictimServed()).isZero();
        assertThat(line(1).occupancyPercent()).isCloseTo(16.44, Offset.offset(0.01));
        assertThat(model.total().figures().victimsServed()).isEqualTo(10);
        assertThat(model.total().figures().beds()).isEqualTo(50);
        assertThat(model.total().perVictimServed()).isEqualTo(300_000L);
    }

    @Test
    void theShelterLinesAreOrderedByRegionCodeAndName() {
        assertThat(model.shelters()).extracting(line -> line.figures().shelterId()).containsExactly(3L, 1L, 2L);
    }

    @Test
    void everyRegionIsListedWithItsCaseloadAndTheUnknownSumToTheNationalFigures() {
        assertThat(model.regions()).extracting(FundingModel.RegionLine::region).containsExactly(KARAGANDA, ALMATY,
                TURKISTAN);
        FundingModel.RegionLine almaty = model.regions().get(1);
        assertThat(almaty.casesRegistered()).isEqualTo(2);
        assertThat(almaty.victimsIdentified()).isEqualTo(10);
        assertThat(almaty.shelters()).isEqualTo(2);
        assertThat(almaty.beds()).isEqualTo(40);
        assertThat(almaty.victimsPerBed()).isEqualTo(0.25);
        assertThat(almaty.byCases()).isEqualTo(2_000_000L);
        assertThat(almaty.byVictims()).isEqualTo(2_400_000L);
        assertThat(almaty.shortfall()).isEqualTo(-600_000L);
        FundingModel.RegionLine turkistan = model.regions().get(2);
        assertThat(turkistan.shelters()).isZero();
        assertThat(turkistan.victimsPerBed()).isNull();
        assertThat(turkistan.byCases()).isNull();
        assertThat(turkistan.shortfall()).isNull();
        assertThat(model.regions().stream().mapToLong(FundingModel.RegionLine::casesRegistered).sum()
                + model.casesRegionUnknown()).isEqualTo(9);
        assertThat(model.regions().stream().mapToLong(FundingModel.RegionLine::victimsIdentified).sum()
                + model.victimsRegionUnknown()).isEqualTo(37);
    }

    @Test
    void aRegionalOverseerSeesTheirSheltersAndTheNationalSums() {
        FundingModel karaganda = model.withShelters(line -> line.figures().region().equals(KARAGANDA));
        assertThat(karaganda.shelters()).extracting(line -> line.figures().shelterId()).containsExactly(3L);
        assertThat(karaganda.stateTotal()).isEqualTo(3_000_000);
        assertThat(karaganda.regions()).hasSize(3);
        assertThat(karaganda.shelters().getFirst().byCases()).isEqualTo(1_000_000L);
    }

    @Test
    void withoutAVictimServedOrACaseThereIsNoPartByThem() {
        ShelterFigures empty = new ShelterFigures(4, "SH-4", "D", ShelterKind.SHELTER, ALMATY, Settlement.URBAN, 5,
                0, 0, 1_825, 700_000, 0);
        FundingModel none = FundingModel.of(2022, LocalDate.of(2022, 12, 31), List.of(empty),
                new RegionalCaseload.Caseload(Map.of(), Map.of(), 0, 0), List.of(ALMATY));
        ShelterLine line = none.shelters().getFirst();
        assertThat(line.byCases()).isNull();
        assertThat(line.byVictims()).isNull();
        assertThat(line.byBedNights()).isNull();
        assertThat(line.shortfall()).isNull();
        assertThat(line.perVictimServed()).isNull();
        assertThat(line.occupancyPercent()).isZero();
        assertThat(none.total().byVictims()).isNull();
    }
}
