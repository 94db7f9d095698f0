package kz.qorgau.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The fitted model's weights, term-frequency adjustment, decisions and explanations, on parameters set here. */
class LinkageModelTests {

    static final Map<String, Double> SURNAMES = Map.of("ivanov", 0.2, "seitov", 0.001, "omarov", 0.05);

    static LinkageModel model() {
        return new LinkageModel(List.of(
                LinkageModel.field("surname", FieldComparator.exact(), new double[]{ 0.1, 0.9 }, new double[]{ 0.9,
                        0.1 }, SURNAMES),
                LinkageModel.field("document", FieldComparator.exact(), new double[]{ 0.2, 0.8 }, new double[]{
                        0.999, 0.001 }, null)),
                0.01, Thresholds.DEFAULT);
    }

    @Test
    void aLevelWeighsLog2OfMOverU() {
        assertThat(model().weight("surname", AgreementLevel.EXACT, "omarov")).as("adjusted by the value's frequency")
                .isCloseTo(Math.log(0.9 / 0.1) / Math.log(2) + Math.log(ratio("omarov")) / Math.log(2), within(1e-9));
        assertThat(model().weight("document", AgreementLevel.DISAGREE, "")).isCloseTo(Math.log(0.2 / 0.999) / Math
                .log(2), within(1e-9));
        assertThat(model().weight("document", AgreementLevel.MISSING, "")).isZero();
    }

    @Test
    void agreeingOnARareSurnameWeighsMoreThanOnACommonOne() {
        LinkageModel model = model();
        assertThat(model.weight("surname", AgreementLevel.EXACT, "seitov")).isGreaterThan(model.weight("surname",
                AgreementLevel.EXACT, "ivanov"));
    }

    @Test
    void aCommonSurnameStillWeighsNoLessThanDisagreeing() {
        // one surname of three in ten records among seventy rare ones: its adjustment is log2(0.097 / 0.3) = -1.6 bits
        Map<String, Double> frequencies = new HashMap<>();
        IntStream.range(0, 70).forEach(v -> frequencies.put("rare" + v, 0.01));
        frequencies.put("ivanov", 0.3);
        LinkageModel model = new LinkageModel(List.of(LinkageModel.field("surname", FieldComparator.exact(),
                new double[]{ 0.45, 0.55 }, new double[]{ 0.55, 0.45 }, frequencies)), 0.1, Thresholds.DEFAULT);

        assertThat(model.weight("surname", AgreementLevel.EXACT, "ivanov")).isEqualTo(model.weight("surname",
                AgreementLevel.DISAGREE, ""));
        assertThat(model.weight("surname", AgreementLevel.EXACT, "rare1")).isGreaterThan(model.weights("surname")[1]);
    }

    @Test
    void keyedFrequenciesAdjustAnExactAgreementExplainedFromItsLevelsAlone() {
        // the registry keeps no values: the frequencies and the shared value are keys of the names
        LinkageModel plain = new LinkageModel(List.of(LinkageModel.field("surname", FieldComparator.jaroWinkler(),
                new double[]{ 0.05, 0.05, 0.1, 0.8 }, new double[]{ 0.7, 0.1, 0.1, 0.1 }, null)), 0.1,
                Thresholds.DEFAULT);
        LinkageModel keyed = plain.withFrequencies(Map.of("surname", Map.of("k-common", 0.6, "k-rare", 0.001,
                "k-other", 0.399)));
        List<AgreementLevel> exact = List.of(AgreementLevel.EXACT);

        PairExplanation rare = keyed.explain("a", "b", exact, List.of("k-rare"));
        PairExplanation common = keyed.explain("a", "b", exact, List.of("k-common"));
        PairExplanation unknown = keyed.explain("a", "b", exact, List.of("k-never-seen"));
        assertThat(rare.total()).isGreaterThan(plain.explain("a", "b", exact).total()).isGreaterThan(common.total());
        assertThat(rare.fields().getFirst().termFrequencyAdjusted()).isTrue();
        assertThat(unknown.total()).as("a value without a frequency weighs as before").isEqualTo(plain.explain("a",
                "b", exact).total());
        assertThat(unknown.fields().getFirst().termFrequencyAdjusted()).isFalse();
        assertThat(common.fields().getFirst().weight()).as("never below the level under exact").isGreaterThanOrEqualTo(
                keyed.weights("surname")[2]);
        PairExplanation close = keyed.explain("a", "b", List.of(AgreementLevel.CLOSE), List.of("k-rare"));
        assertThat(close.fields().getFirst().weight()).as("only exact agreement is adjusted").isEqualTo(
                keyed.weights("surname")[2]);
    }

    @Test
    void anExplanationSumsThePriorAndTheFieldsAndDecidesOnThePosterior() {
        PairExplanation explanation = model().explain("a", List.of("seitov", "N1"), "b", List.of("seitov", "N1"));

        assertThat(explanation.fields()).extracting(PairExplanation.Evidence::level).containsExactly(
                AgreementLevel.EXACT, AgreementLevel.EXACT);
        assertThat(explanation.fields().getFirst().termFrequencyAdjusted()).isTrue();
        assertThat(explanation.total()).isCloseTo(explanation.prior() + explanation.fields().get(0).weight()
                + explanation.fields().get(1).weight(), within(1e-9));
        assertThat(explanation.probability()).isGreaterThan(0.9);
        assertThat(explanation.decision()).isEqualTo(PairExplanation.Decision.MATCH);

        PairExplanation missing = model().explain("a", List.of("ivanov", ""), "b", List.of("ivanov", "N2"));
        assertThat(missing.fields().get(1).level()).isEqualTo(AgreementLevel.MISSING);
        assertThat(missing.decision()).isEqualTo(PairExplanation.Decision.NON_MATCH);
    }

    @Test
    void thresholdsMustBeOrderedProbabilities() {
        assertThatThrownBy(() -> new Thresholds(0.5, 0.9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Thresholds(1, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Thresholds.DEFAULT.decide(0.7)).isEqualTo(PairExplanation.Decision.POSSIBLE_MATCH);
    }

    @Test
    void matchesChainedThroughAThirdRecordAreOnePerson() {
        Clusters clusters = new Clusters(5);
        clusters.join(0, 1);
        clusters.join(1, 2);
        clusters.join(3, 4);
        clusters.join(2, 0);

        assertThat(clusters.groups(new String[]{ "a", "b", "c", "d", "e" })).containsExactlyInAnyOrder(List.of("a",
                "b", "c"), List.of("d", "e"));
    }

    /** The frequency adjustment of a value: the chance two random records agree over its own share. */
    private static double ratio(String value) {
        double expected = SURNAMES.values().stream().mapToDouble(f -> f * f).sum();
        return expected / SURNAMES.get(value);
    }
}
