package com.csvendor.portal.sla.control;

import com.csvendor.portal.sla.entity.Criterion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.Map;

/** Each user's scorecard weights ({@code user_scorecard}); the defaults for criteria a user never set. */
@ApplicationScoped
public class ScorecardWeights {

    @PersistenceContext
    EntityManager em;

    public Map<Criterion, Integer> of(String user) {
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
        em.createNativeQuery("DELETE FROM user_scorecard WHERE user_name = ?1").setParameter(1, user).executeUpdate();
        for (Map.Entry<Criterion, Integer> w : weights.entrySet()) {
            em.createNativeQuery("INSERT INTO user_scorecard (user_name, criterion, weight) VALUES (?1, ?2, ?3)")
                    .setParameter(1, user).setParameter(2, w.getKey().name()).setParameter(3, w.getValue())
                    .executeUpdate();
        }
    }

    public static Map<Criterion, Integer> defaults() {
        Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            weights.put(c, c.defaultWeight());
        }
        return weights;
    }
}
