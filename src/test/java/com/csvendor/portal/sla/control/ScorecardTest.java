package com.csvendor.portal.sla.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.csvendor.portal.sla.control.Scorecard.Candidate;
import com.csvendor.portal.sla.control.Scorecard.Scored;
import com.csvendor.portal.sla.entity.Criterion;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    private static Candidate<String> candidate(String key, Object... criterionValue) {
        Map<Criterion, BigDecimal> values = new HashMap<>();
        for (int i = 0; i < criterionValue.length; i += 2) {
            Object v = criterionValue[i + 1];
            values.put((Criterion) criterionValue[i], v == null ? null : new BigDecimal(v.toString()));
        }
        return new Candidate<>(key, values);
    }

    private static Map<Criterion, Integer> weights(Object... criterionWeight) {
        Map<Criterion, Integer> w = new EnumMap<>(Criterion.class);
        for (int i = 0; i < criterionWeight.length; i += 2) {
            w.put((Criterion) criterionWeight[i], (Integer) criterionWeight[i + 1]);
        }
        return w;
    }

    private static List<String> order(List<Scored<String>> ranked) {
        return ranked.stream().map(Scored::key).toList();
    }

    @Test
    void higherIsBetterScoresTheHighestOneAndTheLowestZeroAndTheRestInProportion() {
        List<Scored<String>> ranked = Scorecard.rank(List.of(candidate("a", Criterion.CONVERSION_RATE, "20"),
                candidate("b", Criterion.CONVERSION_RATE, "40"), candidate("c", Criterion.CONVERSION_RATE, "25")),
                weights(Criterion.CONVERSION_RATE, 10));
        assertEquals(List.of("b", "c", "a"), order(ranked));
        assertEquals(new BigDecimal("100.00"), ranked.get(0).score());
        assertEquals(new BigDecimal("25.00"), ranked.get(1).score(), "(25 - 20) / (40 - 20)");
        assertEquals(new BigDecimal("0.00"), ranked.get(2).score());
    }

    @Test
    void lowerIsBetterTurnsTheScaleAround() {
        List<Scored<String>> ranked = Scorecard.rank(List.of(candidate("fast", Criterion.FIRST_RESPONSE_SECONDS, "10"),
                candidate("slow", Criterion.FIRST_RESPONSE_SECONDS, "40"),
                candidate("mid", Criterion.FIRST_RESPONSE_SECONDS, "30")), weights(Criterion.FIRST_RESPONSE_SECONDS, 5));
        assertEquals(List.of("fast", "mid", "slow"), order(ranked));
        assertEquals(new BigDecimal("33.33"), ranked.get(1).score(), "(40 - 30) / (40 - 10)");
        assertEquals(new BigDecimal("0.333333"), ranked.get(1).normalised().get(Criterion.FIRST_RESPONSE_SECONDS));
    }

    @Test
    void theScoreIsTheWeightedMeanOfTheNormalisedCriteriaAndWeightsDecideTheRanking() {
        List<Candidate<String>> vendors = List.of(
                candidate("converts", Criterion.CONVERSION_RATE, "40", Criterion.SATISFACTION_RATE, "80"),
                candidate("pleases", Criterion.CONVERSION_RATE, "20", Criterion.SATISFACTION_RATE, "95"));
        List<Scored<String>> conversionFirst = Scorecard.rank(vendors,
                weights(Criterion.CONVERSION_RATE, 30, Criterion.SATISFACTION_RATE, 10));
        assertEquals(List.of("converts", "pleases"), order(conversionFirst));
        assertEquals(new BigDecimal("75.00"), conversionFirst.get(0).score(), "30 × 1 + 10 × 0 over 40");
        assertEquals(new BigDecimal("25.00"), conversionFirst.get(1).score());
        List<Scored<String>> satisfactionFirst = Scorecard.rank(vendors,
                weights(Criterion.CONVERSION_RATE, 10, Criterion.SATISFACTION_RATE, 30));
        assertEquals(List.of("pleases", "converts"), order(satisfactionFirst));
    }

    @Test
    void noValueScoresZeroAndEqualValuesScoreOne() {
        List<Scored<String>> ranked = Scorecard.rank(List.of(
                candidate("rated", Criterion.SATISFACTION_RATE, "90", Criterion.REFUND_RATE, "2"),
                candidate("unrated", Criterion.SATISFACTION_RATE, null, Criterion.REFUND_RATE, "2")),
                weights(Criterion.SATISFACTION_RATE, 1, Criterion.REFUND_RATE, 1));
        assertEquals(List.of("rated", "unrated"), order(ranked));
        assertEquals(new BigDecimal("100.00"), ranked.get(0).score());
        assertEquals(new BigDecimal("50.00"), ranked.get(1).score());
        assertEquals(BigDecimal.ONE.setScale(6), ranked.get(1).normalised().get(Criterion.REFUND_RATE));
    }

    @Test
    void withAllWeightsZeroEveryScoreIsZeroAndTheOrderIsKept() {
        List<Scored<String>> ranked = Scorecard.rank(List.of(candidate("b", Criterion.CONVERSION_RATE, "10"),
                candidate("a", Criterion.CONVERSION_RATE, "50")), weights(Criterion.CONVERSION_RATE, 0));
        assertEquals(List.of("b", "a"), order(ranked));
        assertEquals(new BigDecimal("0.00"), ranked.get(1).score());
    }

    @Test
    void eachCriterionsPointsAreItsShareOfTheScoreAndAddUpToItExactly() {
        List<Scored<String>> ranked = Scorecard.rank(List.of(
                candidate("a", Criterion.CONVERSION_RATE, "40", Criterion.SATISFACTION_RATE, "80",
                        Criterion.REFUND_RATE, "2"),
                candidate("b", Criterion.CONVERSION_RATE, "10", Criterion.SATISFACTION_RATE, "95",
                        Criterion.REFUND_RATE, "5"),
                candidate("c", Criterion.CONVERSION_RATE, "20", Criterion.SATISFACTION_RATE, "85",
                        Criterion.REFUND_RATE, "3")),
                weights(Criterion.CONVERSION_RATE, 20, Criterion.SATISFACTION_RATE, 20, Criterion.REFUND_RATE, 20));
        Scored<String> c = ranked.stream().filter(s -> s.key().equals("c")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("11.11"), c.points().get(Criterion.CONVERSION_RATE), "1/3 × 20/60 × 100");
        assertEquals(new BigDecimal("11.11"), c.points().get(Criterion.SATISFACTION_RATE), "5/15 × 20/60 × 100");
        assertEquals(new BigDecimal("22.22"), c.points().get(Criterion.REFUND_RATE), "2/3 × 20/60 × 100");
        for (Scored<String> s : ranked) {
            assertEquals(s.score(), s.points().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                    () -> s.key() + ": the points add up to the score");
        }
    }

    @Test
    void thereIsNoRankingWithFewerThanTwoCandidatesWithAFigureForAWeighedCriterionOrWithoutAnyWeight() {
        Map<Criterion, Integer> conversionOnly = weights(Criterion.CONVERSION_RATE, 10, Criterion.REFUND_RATE, 0);
        assertEquals(true, Scorecard.hasFigure(candidate("a", Criterion.CONVERSION_RATE, "20"), conversionOnly));
        assertEquals(false, Scorecard.hasFigure(candidate("b", Criterion.REFUND_RATE, "2",
                Criterion.CONVERSION_RATE, null), conversionOnly), "a figure only where nothing weighs");
        assertEquals(RankingWithheld.NO_FIGURES, Scorecard.withheld(0, conversionOnly));
        assertEquals(RankingWithheld.ONLY_ONE, Scorecard.withheld(1, conversionOnly));
        assertEquals(null, Scorecard.withheld(2, conversionOnly));
        assertEquals(RankingWithheld.NO_WEIGHT, Scorecard.withheld(5, weights(Criterion.CONVERSION_RATE, 0)));
    }
}
