package com.csvendor.portal.notification.control;

import com.csvendor.portal.notification.entity.NotificationKind;
import com.csvendor.portal.notification.entity.NotificationPreference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The notification choices users saved. */
@ApplicationScoped
public class PreferenceRepository {

    @PersistenceContext
    EntityManager em;

    /** Each user's saved choices (users without any are left out). */
    public Map<Long, Map<NotificationKind, Boolean>> choices(Collection<Long> userIds) {
        Map<Long, Map<NotificationKind, Boolean>> out = new HashMap<>();
        if (userIds.isEmpty()) {
            return out;
        }
        List<NotificationPreference> rows = em.createNamedQuery("NotificationPreference.findOfUsers",
                NotificationPreference.class).setParameter("users", userIds).getResultList();
        for (NotificationPreference p : rows) {
            out.computeIfAbsent(p.getUserId(), u -> new EnumMap<>(NotificationKind.class)).put(p.getKind(),
                    p.isEnabled());
        }
        return out;
    }

    public Map<NotificationKind, Boolean> choices(long userId) {
        return choices(List.of(userId)).getOrDefault(userId, Map.of());
    }

    /** Stores the user's choice for the kind (replacing an earlier one). */
    public void choose(long userId, NotificationKind kind, boolean on) {
        NotificationPreference p = em.find(NotificationPreference.class, new NotificationPreference.Key(userId, kind));
        if (p == null) {
            em.persist(new NotificationPreference(userId, kind, on));
        } else {
            p.choose(on);
        }
    }
}
