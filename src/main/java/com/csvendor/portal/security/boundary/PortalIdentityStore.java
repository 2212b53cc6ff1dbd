package com.csvendor.portal.security.boundary;

import com.csvendor.portal.security.control.PasswordHasher;
import com.csvendor.portal.security.control.Account;
import com.csvendor.portal.security.control.UserChanged;
import com.csvendor.portal.security.control.UserDirectory;
import com.csvendor.portal.security.control.VerifiedCredentials;
import com.csvendor.portal.security.entity.PortalUser;
import com.csvendor.portal.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks user name and password against the portal_user table and returns the user's roles as
 * groups. An unknown user costs the same hash computation as a wrong password, so timing does not
 * tell which user names exist.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    private final PasswordHasher hasher = new PasswordHasher();
    private final String dummyHash = hasher.hash("not-a-password".toCharArray());
    private final VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMinutes(5), Clock.systemUTC());

    @Inject
    UserDirectory users;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = PortalUser.normalizeUsername(upc.getCaller());
        char[] password = upc.getPassword().getValue();
        Optional<Account> user = users.find(username).filter(Account::active);
        boolean ok = user.isPresent() && (verified.contains(user.get(), password)
                || hasher.verify(password, user.get().passwordHash()));
        if (user.isEmpty()) {
            hasher.verify(password, dummyHash);
        }
        if (!ok) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        verified.remember(user.get(), password);
        return new CredentialValidationResult(username,
                user.get().roles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    /**
     * Forgets remembered passwords of a user whose password, roles or state changed: at once and
     * again when the change committed (a sign-in in between may have remembered the old password).
     */
    void changing(@Observes UserChanged changed) {
        verified.evict(PortalUser.normalizeUsername(changed.username()));
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) UserChanged changed) {
        verified.evict(PortalUser.normalizeUsername(changed.username()));
    }
}
