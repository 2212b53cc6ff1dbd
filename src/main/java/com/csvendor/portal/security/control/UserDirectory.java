package com.csvendor.portal.security.control;

import com.csvendor.portal.security.entity.PortalUser;
import com.csvendor.portal.shared.ReadCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The users as sign-in and {@code Caller} read them on every request, kept for a minute instead of
 * three queries (the row, its roles, its stores) twice per request. A {@link UserChanged} event
 * evicts the user at once and again when the changing transaction completed, so an edited or
 * deactivated user loses access with the next request.
 */
@ApplicationScoped
public class UserDirectory {

    private final ReadCache<String, Account> accounts = new ReadCache<>(Duration.ofMinutes(1), Clock.systemUTC(),
            10_000);

    @Inject
    UserRepository users;

    /** The user, active or not; empty if there is none with this name. */
    public Optional<Account> find(String username) {
        return accounts.get(PortalUser.normalizeUsername(username), name -> users.findByUsername(name).map(Account::of));
    }

    void changing(@Observes UserChanged changed) {
        accounts.evict(PortalUser.normalizeUsername(changed.username()));
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) UserChanged changed) {
        accounts.evict(PortalUser.normalizeUsername(changed.username()));
    }
}
