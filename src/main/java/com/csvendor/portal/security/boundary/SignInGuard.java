package com.csvendor.portal.security.boundary;

import com.csvendor.portal.security.control.LoginThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every sign-in, by form or HTTP Basic, passes here: refused while the user name or the client
 * address is throttled (5 failures per user, 20 per address in 15 minutes), and logged.
 */
@ApplicationScoped
public class SignInGuard {

    private static final Logger LOG = Logger.getLogger(SignInGuard.class.getName());
    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final LoginThrottle perUser = new LoginThrottle(5, WINDOW, Clock.systemUTC());
    private final LoginThrottle perAddress = new LoginThrottle(20, WINDOW, Clock.systemUTC());

    @Inject
    IdentityStoreHandler identityStores;

    public CredentialValidationResult validate(UsernamePasswordCredential credential, String address, String channel) {
        String user = "user:" + credential.getCaller().trim().toLowerCase(java.util.Locale.ROOT);
        String client = "address:" + address;
        String shownUser = printable(credential.getCaller());
        if (perUser.isBlocked(user) || perAddress.isBlocked(client)) {
            LOG.log(Level.WARNING, "Sign-in refused (throttled): user {0} from {1} via {2}",
                    new Object[] {shownUser, address, channel});
            return CredentialValidationResult.INVALID_RESULT;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            perUser.recordSuccess(user);
            LOG.log(Level.FINE, "Signed in: user {0} from {1} via {2}", new Object[] {shownUser, address, channel});
        } else {
            perUser.recordFailure(user);
            perAddress.recordFailure(client);
            LOG.log(Level.WARNING, "Sign-in failed: user {0} from {1} via {2}", new Object[] {shownUser, address, channel});
        }
        return result;
    }

    /** A user name as it may appear in a log line: no control characters, bounded length. */
    static String printable(String raw) {
        String cleaned = raw == null ? "" : raw.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 64 ? cleaned.substring(0, 64) + "…" : cleaned;
    }
}
