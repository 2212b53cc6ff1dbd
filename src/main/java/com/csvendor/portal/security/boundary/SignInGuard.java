package com.csvendor.portal.security.boundary;

import com.csvendor.portal.platform.PortalDataSource;
import com.csvendor.portal.security.control.ClientAddress;
import com.csvendor.portal.security.control.LoginFailures;
import com.csvendor.portal.security.control.LoginThrottle;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every sign-in, by form or HTTP Basic, passes here: slowed down by growing delays per user and
 * client address and, more gently, per client address ({@link LoginThrottle}), and logged. The
 * client address is the connection's, or behind the proxies named in {@code portal.trusted-proxies}
 * the one they forwarded ({@link ClientAddress}). The failures are counted in the shared database
 * ({@link LoginFailures}): the delays hold across every portal instance.
 */
@ApplicationScoped
public class SignInGuard {

    private static final Logger LOG = Logger.getLogger(SignInGuard.class.getName());
    private static final Duration FORGET_AFTER = Duration.ofMinutes(15);

    @Inject
    Clock clock;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource db;

    private LoginFailures failures;
    /** One user from one address: 5 free failures, then 1 s doubling up to 15 min. */
    private LoginThrottle perUserAndAddress;
    /**
     * One address, whoever it tries: generous, and capped at a minute, so that the people behind
     * one NAT or proxy are slowed down during an attack from it, never locked out.
     */
    private LoginThrottle perAddress;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    @ConfigProperty(name = "portal.trusted-proxies")
    Optional<String> trustedProxies;

    private ClientAddress clients;

    @PostConstruct
    void init() {
        clients = ClientAddress.trusting(trustedProxies.orElse(""));
        failures = new LoginFailures(db);
        perUserAndAddress = new LoginThrottle(5, Duration.ofSeconds(1), Duration.ofMinutes(15), FORGET_AFTER, failures,
                clock);
        perAddress = new LoginThrottle(100, Duration.ofSeconds(1), Duration.ofMinutes(1), FORGET_AFTER, failures,
                clock);
    }

    /** Deletes the failures nobody needs any more (quiet for longer than both throttles remember). */
    public int forgetQuietKeys() {
        return failures.forgetBefore(perUserAndAddress.forgottenBefore(clock.instant()));
    }

    /**
     * Checks the credential unless this user from this client (or this client at all) must still
     * wait; a third party guessing from elsewhere never keeps a user out.
     */
    public CredentialValidationResult validate(UsernamePasswordCredential credential, HttpServletRequest request,
            String channel) {
        String address = clientAddress(request);
        String userKey = userKey(credential.getCaller(), address);
        String addressKey = "address:" + address;
        String shownUser = printable(credential.getCaller());
        String path = printable(request.getRequestURI());
        Duration wait = max(perUserAndAddress.wait(userKey), perAddress.wait(addressKey));
        if (!wait.isZero()) {
            LOG.log(Level.WARNING, "Sign-in refused (throttled for {3} s more): user {0} from {1} via {2} on {4}",
                    new Object[] {shownUser, address, channel, Math.max(1, wait.toSeconds()), path});
            return CredentialValidationResult.INVALID_RESULT;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            perUserAndAddress.recordSuccess(userKey);
            LOG.log(Level.FINE, "Signed in: user {0} from {1} via {2}", new Object[] {shownUser, address, channel});
        } else {
            perUserAndAddress.recordFailure(userKey);
            perAddress.recordFailure(addressKey);
            LOG.log(Level.WARNING, "Sign-in failed: user {0} from {1} via {2} on {3}",
                    new Object[] {shownUser, address, channel, path});
        }
        return result;
    }

    /** The throttle's key for one user from one client address. */
    public static String userKey(String username, String address) {
        return "user:" + username.trim().toLowerCase(java.util.Locale.ROOT) + "@" + address;
    }

    /** The client's address: the connection's, or the one the trusted proxies forwarded. */
    public String clientAddress(HttpServletRequest request) {
        return clients.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** A user name as it may appear in a log line: no control characters, bounded length. */
    static String printable(String raw) {
        String cleaned = raw == null ? "" : raw.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 64 ? cleaned.substring(0, 64) + "…" : cleaned;
    }
}
