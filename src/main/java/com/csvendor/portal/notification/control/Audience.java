package com.csvendor.portal.notification.control;

import com.csvendor.portal.notification.entity.NotificationKind;
import com.csvendor.portal.security.entity.Role;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who gets a notification — the one rule, without a container:
 * <ul>
 * <li>a statement issued, a dispute decided, a staffing request made: the leads of the statement's,
 * dispute's or contract's vendor;</li>
 * <li>a statement disputed: finance;</li>
 * <li>a dispute raised, a termination right reached, a staffing request decided: the managers of the
 * contract's store;</li>
 * <li>an import refused: the user who uploaded it;</li>
 * <li>a daily report fallen due missing: the leads of the contract's vendor and the managers of its
 * store;</li>
 * </ul>
 * and of those only the active users with an e-mail address who want that kind: their saved choice,
 * else on for the kinds of their roles ({@link NotificationKind#concerns}).
 */
public final class Audience {

    /** A user as the rule sees them; {@code choices} holds the kinds they chose explicitly. */
    public record Member(String username, String email, Locale locale, boolean active, Set<Role> roles,
            Long vendorId, Set<Long> storeIds, Map<NotificationKind, Boolean> choices) {

        public Member {
            roles = Set.copyOf(roles);
            storeIds = Set.copyOf(storeIds);
            choices = Map.copyOf(choices);
        }

        /** The member's choice for the kind, or its default: on for the kinds of their roles. */
        public boolean wants(NotificationKind kind) {
            return Audience.wants(kind, roles, choices);
        }
    }

    private Audience() {
    }

    /** A user's saved choice for the kind, or its default: on for the kinds of their roles. */
    public static boolean wants(NotificationKind kind, Set<Role> roles, Map<NotificationKind, Boolean> choices) {
        Boolean chosen = choices.get(kind);
        return chosen != null ? chosen : kind.concerns(roles);
    }

    /** The members the notice goes to, in the order given. */
    public static List<Member> of(Notice notice, List<Member> members) {
        return members.stream().filter(m -> m.active() && m.email() != null && !m.email().isBlank())
                .filter(m -> concerns(notice.kind(), notice.concerns(), m)).filter(m -> m.wants(notice.kind()))
                .toList();
    }

    /** Whether the event is the member's business, whatever they chose. */
    static boolean concerns(NotificationKind kind, Notice.Concerns c, Member m) {
        return switch (kind) {
            case STATEMENT_ISSUED, DISPUTE_DECIDED, STAFFING_REQUESTED -> m.roles().contains(Role.VENDOR_LEAD) && c.vendorId() != null
                    && c.vendorId().equals(m.vendorId());
            case STATEMENT_DISPUTED -> m.roles().contains(Role.FINANCE);
            case DISPUTE_RAISED, TERMINATION_RIGHT, STAFFING_DECIDED -> m.roles().contains(Role.STORE_MANAGER) && c.storeId() != null
                    && m.storeIds().contains(c.storeId());
            case IMPORT_REFUSED -> Objects.equals(c.username(), m.username());
            case REPORT_MISSING -> (m.roles().contains(Role.VENDOR_LEAD) && c.vendorId() != null
                    && c.vendorId().equals(m.vendorId())) || (m.roles().contains(Role.STORE_MANAGER)
                    && c.storeId() != null && m.storeIds().contains(c.storeId()));
        };
    }
}
