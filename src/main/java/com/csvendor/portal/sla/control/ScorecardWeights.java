package com.csvendor.portal.sla.control;

import com.csvendor.portal.shared.ReadCache;
import com.csvendor.portal.sla.entity.Criterion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Each user's scorecard weights ({@code user_scorecard}); the defaults for criteria a user never set.
 * Read on every comparison, so kept per user; saving evicts them at once and again when the saving
 * transaction completed.
 */
@ApplicationScoped
public class ScorecardWeights {

    /** Fired when a user's weights were replaced. */
    public record Saved(String user) {
    }

    private final ReadCache<String, Map<Criterion, Integer>> kept = new ReadCache<>(Duration.ofMinutes(10),
            Clock.systemUTC(), 10_000);

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Saved> saved;

    public Map<Criterion, Integer> of(String user) {
        return new EnumMap<>(kept.get(user, u -> Optional.of(read(u))).orElseThrow());
    }

    private Map<Criterion, Integer> read(String user) {
        Map<Criterion, Integer> weights = defaults();
        for (Object o : em.createNativeQuery("SELECT criterion, weight FROM user_scorecard WHERE user_name = ?1")
                .setParameter(1, user).getResultList()) {
            Object[] row = (Object[]) o;
            try {
                weights.put(Criterion.valueOf((String) row[0]), ((Number) row[1]).intValue());
            } catch (IllegalArgumentException retired) {
                // A criterion no longer offered: its stored weight no longer counts.
            }
        }
        return weights;
    }

    /** Replaces the user's weights with these (criteria left out keep their default). */
    public void save(String user, Map<Criterion, Integer> weights) {
        saved.fire(new Saved(user));
        em.createNativeQuery("DELETE FROM user_scorecard WHERE user_name = ?1").setParameter(1, user).executeUpdate();
        for (Map.Entry<Criterion, Integer> w : weights.entrySet()) {
            em.createNativeQuery("INSERT INTO user_scorecard (user_name, criterion, weight) VALUES (?1, ?2, ?3)")
                    .setParameter(1, user).setParameter(2, w.getKey().name()).setParameter(3, w.getValue())
                    .executeUpdate();
        }
    }

    void saving(@Observes Saved s) {
        kept.evict(s.user());
    }

    void committed(@Observes(during = TransactionPhase.AFTER_COMPLETION) Saved s) {
        kept.evict(s.user());
    }

    public static Map<Criterion, Integer> defaults() {
        Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            weights.put(c, c.defaultWeight());
        }
        return weights;
    }
}
