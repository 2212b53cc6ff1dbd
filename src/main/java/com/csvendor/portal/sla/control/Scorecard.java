package com.csvendor.portal.sla.control;

import com.csvendor.portal.sla.entity.Criterion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks candidates (vendors, or a vendor's agents) by a weighted scorecard. Each criterion is
 * normalised min–max across the candidates compared, in its better direction: the best value
 * scores 1, the worst 0, the others in proportion; when all candidates with a value have the same
 * value, each of them scores 1. A candidate without a value for a criterion (no ratings, no fee)
 * scores 0 on it — the same as the worst candidate with a value: no evidence, no credit, so
 * absence is never rewarded (a vendor whose exports have no refund column gets no refund points).
 * Its weight stays in the total rather than being renormalised away, which would let a vendor
 * raise its score by leaving out a column it does badly on; the comparison flags such a criterion
 * and shows "—" for its value. A criterion earns points = normalised × weight / Σ weight × 100, to
 * two decimals (HALF_UP); the score, 0–100, is the sum of the points, so the breakdown a manager
 * reads adds up to the score exactly. With all weights 0 every score is 0. Ties keep the given order.
 */
public final class Scorecard {

    public static final int SCORE_SCALE = 2;
    static final int NORMALISED_SCALE = 6;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scorecard() {
    }

    /** A candidate's values per criterion (null: not measured). */
    public record Candidate<T>(T key, Map<Criterion, BigDecimal> values) {
    }

    /** A candidate's normalised value (0–1) and points per criterion, and its score (the sum of the points). */
    public record Scored<T>(T key, Map<Criterion, BigDecimal> normalised, Map<Criterion, BigDecimal> points,
            BigDecimal score) {
    }

    /** The candidates with their scores, best first; criteria without a weight are left out. */
    public static <T> List<Scored<T>> rank(List<Candidate<T>> candidates, Map<Criterion, Integer> weights) {
        Map<Criterion, BigDecimal[]> ranges = new EnumMap<>(Criterion.class);
        for (Criterion c : weights.keySet()) {
            ranges.put(c, range(candidates, c));
        }
        int totalWeight = weights.values().stream().mapToInt(Integer::intValue).sum();
        List<Scored<T>> out = new ArrayList<>();
        for (Candidate<T> candidate : candidates) {
            Map<Criterion, BigDecimal> normalised = new EnumMap<>(Criterion.class);
            Map<Criterion, BigDecimal> points = new EnumMap<>(Criterion.class);
            BigDecimal score = BigDecimal.ZERO.setScale(SCORE_SCALE);
            for (Map.Entry<Criterion, Integer> w : weights.entrySet()) {
                BigDecimal n = normalise(candidate.values().get(w.getKey()), ranges.get(w.getKey()),
                        w.getKey().higherIsBetter());
                BigDecimal p = points(n, w.getValue(), totalWeight);
                normalised.put(w.getKey(), n);
                points.put(w.getKey(), p);
                score = score.add(p);
            }
            out.add(new Scored<>(candidate.key(), normalised, points, score));
        }
        out.sort(Comparator.comparing((Scored<T> s) -> s.score()).reversed());
        return out;
    }

    /** Whether the candidate has a value for any weighed criterion: without one it cannot be scored. */
    public static boolean hasFigure(Candidate<?> candidate, Map<Criterion, Integer> weights) {
        return candidate.values().entrySet().stream()
                .anyMatch(e -> e.getValue() != null && weights.getOrDefault(e.getKey(), 0) > 0);
    }

    /**
     * Why there is no ranking, or null: fewer than two candidates with a figure (one alone would
     * score 100 against nobody), or every weight 0 (everybody would score 0).
     */
    public static RankingWithheld withheld(long withFigures, Map<Criterion, Integer> weights) {
        if (weights.values().stream().allMatch(w -> w == 0)) {
            return RankingWithheld.NO_WEIGHT;
        }
        return withFigures == 0 ? RankingWithheld.NO_FIGURES : withFigures == 1 ? RankingWithheld.ONLY_ONE : null;
    }

    /** What a criterion adds to the score: normalised × its share of all the weight × 100. */
    static BigDecimal points(BigDecimal normalised, int weight, int totalWeight) {
        return totalWeight == 0 ? BigDecimal.ZERO.setScale(SCORE_SCALE)
                : normalised.multiply(BigDecimal.valueOf(weight)).multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(totalWeight), SCORE_SCALE, RoundingMode.HALF_UP);
    }

    /** 0–1: where the value lies between the worst and the best of the candidates. */
    static BigDecimal normalise(BigDecimal value, BigDecimal[] range, boolean higherIsBetter) {
        if (value == null) {
            return BigDecimal.ZERO.setScale(NORMALISED_SCALE);
        }
        BigDecimal min = range[0];
        BigDecimal max = range[1];
        BigDecimal span = max.subtract(min);
        if (span.signum() == 0) {
            return BigDecimal.ONE.setScale(NORMALISED_SCALE);
        }
        BigDecimal distance = higherIsBetter ? value.subtract(min) : max.subtract(value);
        return distance.divide(span, NORMALISED_SCALE, RoundingMode.HALF_UP);
    }

    private static <T> BigDecimal[] range(List<Candidate<T>> candidates, Criterion c) {
        BigDecimal min = null;
        BigDecimal max = null;
        for (Candidate<T> candidate : candidates) {
            BigDecimal v = candidate.values().get(c);
            if (v != null) {
                min = min == null || v.compareTo(min) < 0 ? v : min;
                max = max == null || v.compareTo(max) > 0 ? v : max;
            }
        }
        return new BigDecimal[] {min, max};
    }
}
