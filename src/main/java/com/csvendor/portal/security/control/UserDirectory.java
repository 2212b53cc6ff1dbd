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
 * The users as sign-in and {@code Caller} read them on every request. A copy is kept instead of
 * three queries (the row, its roles, its stores) and used while the row's version — one indexed
 * column read per look-up — is still the copy's: every change of password, roles, scope or state
 * increments it, so a user edited or deactivated on any portal instance is read afresh by every
 * instance at its next request. A {@link UserChanged} event also evicts the user on this instance
 * at once and again when the changing transaction completed.
 */
@ApplicationScoped
public class UserDirectory {

    private final ReadCache<String, Account> accounts = new ReadCache<>(Duration.ofMinutes(10), Clock.systemUTC(),
            10_000);

    @Inject
    UserRepository users;

    /** The user, active or not, as the database has it now; empty if there is none with this name. */
    public Optional<Account> find(String username) {
        String name = PortalUser.normalizeUsername(username);
        Optional<Long> version = users.findVersion(name);
        if (version.isEmpty()) {
            accounts.evict(name);
            return Optional.empty();
        }
        return accounts.get(name, n -> users.findByUsername(n).map(Account::of),
                kept -> kept.version() == version.get());
    }

    void changing(@Observes UserChanged changed) {
        accounts.evict(PortalUser.normalizeUsername(changed.username()));
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) UserChanged changed) {
        accounts.evict(PortalUser.normalizeUsername(changed.username()));
    }
}
