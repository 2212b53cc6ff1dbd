package com.csvendor.portal.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The throttle's failures in the database every instance shares (schema from sql/, H2 in MySQL
 * mode): two instances' throttles over one table see each other's failures, concurrent failures are
 * all counted, a quiet key starts again and is deleted by the cleanup.
 */
class LoginFailuresOnH2Test {

    private static final JdbcDataSource DB = new JdbcDataSource();
    private static final Instant T0 = Instant.parse("2026-12-06T04:00:00.123456Z");

    @BeforeAll
    static void schema() {
        DB.setURL("jdbc:h2:mem:login_failures;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
        DB.setUser("sa");
        DB.setPassword("");
        Flyway.configure().dataSource(DB).locations("filesystem:sql").load().migrate();
    }

    @Test
    void aFailureCountedThroughOneInstanceDelaysTheNextAttemptOnTheOther() {
        LoginThrottleTest.MutableClock clock = new LoginThrottleTest.MutableClock();
        LoginThrottle onA = throttle(clock);
        LoginThrottle onB = throttle(clock);
        String key = "user:a-" + System.nanoTime() + "@10.0.0.1";
        for (int i = 0; i < 4; i++) {
            onA.recordFailure(key);
        }
        onB.recordFailure(key);
        assertEquals(Duration.ofSeconds(2), onB.wait(key), "the fifth failure: the second delay");
        assertEquals(Duration.ofSeconds(2), onA.wait(key));
        onA.recordSuccess(key);
        assertEquals(Duration.ZERO, onB.wait(key));
    }

    @Test
    void concurrentFailuresAreAllCounted() throws Exception {
        LoginFailures store = new LoginFailures(DB);
        String key = "address:" + System.nanoTime();
        Callable<Void> fiftyFailures = () -> {
            for (int i = 0; i < 50; i++) {
                store.countFailure(key, T0, T0.minusSeconds(900));
            }
            return null;
        };
        ExecutorService four = Executors.newFixedThreadPool(4);
        try {
            for (var done : four.invokeAll(List.of(fiftyFailures, fiftyFailures, fiftyFailures, fiftyFailures))) {
                done.get();
            }
        } finally {
            four.shutdownNow();
        }
        assertEquals(200, store.find(key).orElseThrow().count());
    }

    @Test
    void aKeyQuietForTheForgetTimeStartsAgainAndIsDeletedByTheCleanup() {
        LoginFailures store = new LoginFailures(DB);
        String key = "user:q-" + System.nanoTime() + "@10.0.0.2";
        store.countFailure(key, T0, T0.minusSeconds(900));
        store.countFailure(key, T0, T0.minusSeconds(900));
        assertEquals(Optional.of(new LoginThrottle.Failures(2, T0)), store.find(key), "times kept to the microsecond");

        Instant later = T0.plus(Duration.ofMinutes(16));
        store.countFailure(key, later, later.minusSeconds(900));
        assertEquals(1, store.find(key).orElseThrow().count());

        assertTrue(store.forgetBefore(later.plusSeconds(1)) >= 1);
        assertEquals(Optional.empty(), store.find(key));
    }

    private static LoginThrottle throttle(LoginThrottleTest.MutableClock clock) {
        return new LoginThrottle(3, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(15),
                new LoginFailures(DB), clock);
    }
}
