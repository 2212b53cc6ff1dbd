package com.csvendor.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.platform.Operations;
import com.csvendor.portal.security.AccessMatrix.Role;
import com.csvendor.portal.security.AccessMatrix.Row;
import com.csvendor.portal.settlement.SettlementData;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every REST route × every role × own, foreign and missing object, against the real portal on
 * MariaDB with the demo data, from the outside over HTTP. Each cell is its own dynamic test; the
 * cells that change data work on throwaway objects made for them. The same deployment also serves
 * the other rules of the API ({@link ApiRules}) and the operations endpoints ({@link Operations}):
 * each deployment boots a Payara Micro, so they share this one.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private URI app;
    private Api api;
    private Fixture fixture;

    /** The made-up contracts of the settlement cells ({@link StatementTargets}) and their statements. */
    @AfterAll
    static void removeMadeUpContracts() throws SQLException {
        SettlementData.removeMadeUp();
    }

    @BeforeEach
    void connect() {
        app = Deployments.onLoopback(base);
        api = new Api(app);
        fixture = new Fixture(api);
    }

    @TestFactory
    Stream<DynamicNode> everyRouteForEveryRoleOnOwnForeignAndMissingObjects() {
        DemoIds ids = new DemoIds(fixture);
        return AccessMatrix.ROWS.stream().map(row -> dynamicContainer(row.toString(),
                Arrays.stream(Role.values()).flatMap(role -> row.scopes().stream().map(scope -> {
                    int expected = row.expected(role, scope);
                    String name = role + (row.hasId() ? " " + scope.name().toLowerCase(Locale.ROOT) : "") + " -> "
                            + expected;
                    return dynamicTest(name, () -> new MatrixCell(api, fixture, ids, row, role, scope).run());
                }))));
    }

    @TestFactory
    Stream<DynamicNode> withoutCredentialsEveryRouteAnswers401WithABasicChallenge() {
        return AccessMatrix.ROWS.stream().map(row -> dynamicTest(row + ": anonymous -> 401", () -> {
            Api.Reply reply = api.send(Api.Login.ANONYMOUS, row.method(), path(row), row.writes() ? "{}" : null);
            assertUnauthorized(reply);
        }));
    }

    @TestFactory
    Stream<DynamicNode> wrongCredentialsAnswer401WithABasicChallenge() {
        // Few on purpose: every failed sign-in counts against this client address (100 free, forgotten after
        // 15 quiet minutes), in the database, so across every IT class of a run on that database.
        String wrong = "Basic " + Base64.getEncoder().encodeToString("manager:wrong-password".getBytes());
        String unknown = "Basic " + Base64.getEncoder()
                .encodeToString((fixture.unique("nobody") + ":manager123").getBytes());
        return Stream.of(
                dynamicTest("wrong password, GET /api/me", () -> assertUnauthorized(
                        api.send(wrong, "GET", "api/me", null, null))),
                dynamicTest("unknown user, GET /api/stores", () -> assertUnauthorized(
                        api.send(unknown, "GET", "api/stores", null, null))),
                dynamicTest("malformed Basic header, GET /api/users", () -> assertUnauthorized(
                        api.send("Basic %%%not-base64", "GET", "api/users", null, null))),
                dynamicTest("Basic without a colon, POST /api/stores", () -> assertUnauthorized(
                        api.send("Basic " + Base64.getEncoder().encodeToString("admin".getBytes()),
                                "POST", "api/stores", fixture.newStoreBody().toString(), "application/json"))));
    }

    @TestFactory
    Stream<DynamicTest> apiRules() {
        return new ApiRules(api, fixture).all();
    }

    @TestFactory
    Stream<DynamicTest> privilegeAudit() {
        return new PrivilegeAuditRules(api, fixture).all();
    }

    @TestFactory
    Stream<DynamicTest> profileApiRules() {
        return new ProfileApiRules(api, fixture).all();
    }

    @TestFactory
    Stream<DynamicTest> operationsEndpoints() {
        return new Operations(app).all();
    }

    @TestFactory
    Stream<DynamicTest> errorAnswersShowNoStackTrace() {
        return new Operations(app).errorsWithoutStackTraces(fixture.storeId(Fixture.OWN_STORE));
    }

    private static String path(Row row) {
        return row.path(1);
    }

    static void assertUnauthorized(Api.Reply reply) {
        assertEquals(401, reply.status(), reply::toString);
        String challenge = reply.header("WWW-Authenticate").orElse("");
        assertTrue(challenge.startsWith("Basic "), () -> "WWW-Authenticate: " + challenge + " in " + reply);
    }

    static void assertProblem(Api.Reply reply, int status) {
        String type = reply.header("Content-Type").orElse("");
        assertTrue(type.startsWith("application/problem+json"), () -> "Content-Type " + type + " of " + reply);
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"), reply::toString);
        assertFalse(problem.getString("title", "").isBlank(), reply::toString);
    }
}
