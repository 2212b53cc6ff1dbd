package com.csvendor.portal.security;

import java.util.List;
import java.util.Map;

/**
 * The expected answer of every REST route for every role on its own and on a foreign object —
 * the access rules of RELIABILITY.md ("Access control") written down as a table. A missing id
 * answers like a foreign one (404) where the role may use the route at all, else 403.
 */
final class AccessMatrix {

    enum Role {
        ADMIN(Api.ADMIN), STORE_MANAGER(Api.MANAGER), VENDOR_LEAD(Api.LEAD), FINANCE(Api.FINANCE);

        final Api.Login login;

        Role(Api.Login login) {
            this.login = login;
        }
    }

    /** What the {@code {id}} of a route names; NONE for routes without one. */
    enum Kind { NONE, STORE, VENDOR, AGENT, USER, CONTRACT, KPI_IMPORT, PROFILE, INCIDENT, DISPUTE, STATEMENT,
        TEMPORARY_AGENTS, JOB, SLA_JOB, STAFFING_REQUEST }

    enum Scope { OWN, FOREIGN, MISSING }

    /** One route and, per role, the status on an own object and on a foreign one ("200 404"). */
    record Row(String method, String path, Kind kind, Map<Role, String> statuses) {

        boolean hasId() {
            return kind != Kind.NONE;
        }

        boolean writes() {
            return !method.equals("GET");
        }

        /** The path with this id, and the first version where the route names one. */
        String path(long id) {
            return path.replace("{id}", String.valueOf(id)).replace("{number}", "1");
        }

        /** The last segment: the action of {@code stores/{id}/deactivate}, or "{id}", or the collection. */
        String action() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        int expected(Role role, Scope scope) {
            String[] own = statuses.get(role).split(" ");
            if (scope == Scope.MISSING) {
                int onOwn = Integer.parseInt(own[0]);
                return onOwn == 403 ? 403 : 404;
            }
            return Integer.parseInt(own[scope == Scope.FOREIGN ? 1 : 0]);
        }

        List<Scope> scopes() {
            return hasId() ? List.of(Scope.OWN, Scope.FOREIGN, Scope.MISSING) : List.of(Scope.OWN);
        }

        @Override
        public String toString() {
            return method + " /" + path;
        }
    }

    private static Row row(String method, String path, Kind kind, String admin, String manager, String lead,
            String finance) {
        return new Row(method, path, kind, Map.of(Role.ADMIN, admin, Role.STORE_MANAGER, manager,
                Role.VENDOR_LEAD, lead, Role.FINANCE, finance));
    }

    // Own and foreign: STORE own = PETS-TM (the manager's, served by the lead's vendor), foreign =
    // BEAUTY-DY. VENDOR own = 云帆客服 (the lead's), foreign = 声联服务 for the lead, 星辰客服 for the
    // others. AGENT own = a 云帆客服 agent in PETS-TM, foreign = a 声联服务 agent in PETS-TM for the
    // lead, a 星辰客服 agent (BEAUTY-DY only) for the others. USER own = the caller, foreign = another.
    // CONTRACT own = YF-PETS (PETS-TM × 云帆客服, in force, amended once): the manager's store and the
    // lead's vendor; foreign = SL-PETS (the manager's store, another vendor) for the lead, XC-BEAUTY
    // (BEAUTY-DY × 星辰客服) for the others. KPI_IMPORT own = a report of the lead's vendor for
    // PETS-TM, foreign = one of 星辰客服 for BEAUTY-DY (see KpiTargets).
    // INCIDENT and DISPUTE: of YF-PETS (own), of SL-PETS for the lead and XC-BEAUTY for the others
    // (foreign); see SlaTargets.
    // PROFILE: import profiles are not scoped; own = the built-in
    // JD profile, foreign = the built-in DOUYIN one (the writes that succeed act on throwaway profiles).
    static final List<Row> ROWS = List.of(
            //   method  path                         kind         ADMIN      MANAGER    LEAD       FINANCE
            row("GET",  "api/me",                     Kind.NONE,   "200",     "200",     "200",     "200"),
            row("GET",  "api/me/notification-preferences", Kind.NONE, "200",  "200",     "200",     "200"),
            row("PUT",  "api/me/notification-preferences", Kind.NONE, "200",  "200",     "200",     "200"),
            // Every role may change its own password; the matrix sends a wrong current password (400),
            // so that the demo users keep theirs (PasswordChangeIT changes one for real).
            row("PUT",  "api/me/password",            Kind.NONE,   "400",     "400",     "400",     "400"),
            // The caller's own work queues, scoped by the services they read (administrators have none).
            row("GET",  "api/me/work",                Kind.NONE,   "200",     "200",     "200",     "200"),
            row("GET",  "api/stores",                 Kind.NONE,   "200",     "200",     "200",     "200"),
            row("POST", "api/stores",                 Kind.NONE,   "201",     "403",     "403",     "403"),
            row("GET",  "api/stores/{id}",            Kind.STORE,  "200 200", "200 404", "200 404", "200 200"),
            row("PUT",  "api/stores/{id}",            Kind.STORE,  "200 200", "403 403", "403 403", "403 403"),
            row("POST", "api/stores/{id}/deactivate", Kind.STORE,  "200 200", "403 403", "403 403", "403 403"),
            row("POST", "api/stores/{id}/reactivate", Kind.STORE,  "200 200", "403 403", "403 403", "403 403"),
            row("GET",  "api/vendors",                Kind.NONE,   "200",     "200",     "200",     "200"),
            row("POST", "api/vendors",                Kind.NONE,   "201",     "403",     "403",     "403"),
            row("GET",  "api/vendors/{id}",           Kind.VENDOR, "200 200", "200 200", "200 404", "200 200"),
            row("PUT",  "api/vendors/{id}",           Kind.VENDOR, "200 200", "403 403", "403 403", "403 403"),
            row("POST", "api/vendors/{id}/deactivate", Kind.VENDOR, "200 200", "403 403", "403 403", "403 403"),
            row("POST", "api/vendors/{id}/reactivate", Kind.VENDOR, "200 200", "403 403", "403 403", "403 403"),
            row("GET",  "api/vendors/{id}/agents",    Kind.VENDOR, "200 200", "200 200", "200 404", "403 403"),
            row("POST", "api/vendors/{id}/agents",    Kind.VENDOR, "201 201", "403 403", "201 404", "403 403"),
            row("GET",  "api/agents/{id}",            Kind.AGENT,  "200 200", "200 404", "200 404", "403 403"),
            row("PUT",  "api/agents/{id}",            Kind.AGENT,  "200 200", "403 403", "200 404", "403 403"),
            row("POST", "api/agents/{id}/leave",      Kind.AGENT,  "200 200", "403 403", "200 404", "403 403"),
            row("POST", "api/agents/{id}/rejoin",     Kind.AGENT,  "200 200", "403 403", "200 404", "403 403"),
            row("GET",  "api/users",                  Kind.NONE,   "200",     "403",     "403",     "403"),
            row("POST", "api/users",                  Kind.NONE,   "201",     "403",     "403",     "403"),
            row("GET",  "api/users/{id}",             Kind.USER,   "200 200", "403 403", "403 403", "403 403"),
            row("PUT",  "api/users/{id}",             Kind.USER,   "200 200", "403 403", "403 403", "403 403"),
            row("POST", "api/users/{id}/deactivate",  Kind.USER,   "200 200", "403 403", "403 403", "403 403"),
            row("POST", "api/users/{id}/reactivate",  Kind.USER,   "200 200", "403 403", "403 403", "403 403"),
            // The whole audit trail (the newest entries without a query): administrators only.
            row("GET",  "api/audit",                  Kind.NONE,   "200",     "403",     "403",     "403"),
            row("GET",  "api/contracts",              Kind.NONE,   "200",     "200",     "200",     "200"),
            row("POST", "api/contracts",              Kind.NONE,   "403",     "201",     "403",     "403"),
            row("POST", "api/contracts/import",       Kind.NONE,   "403",     "200",     "403",     "403"),
            row("POST", "api/contracts/check",        Kind.NONE,   "403",     "200",     "403",     "403"),
            row("GET",  "api/contracts/alerts",       Kind.NONE,   "200",     "200",     "200",     "200"),
            row("GET",  "api/contracts/{id}",         Kind.CONTRACT, "200 200", "200 404", "200 404", "200 200"),
            row("PUT",  "api/contracts/{id}",         Kind.CONTRACT, "403 403", "200 404", "403 403", "403 403"),
            row("POST", "api/contracts/{id}/amendments", Kind.CONTRACT, "403 403", "200 404", "403 403", "403 403"),
            row("POST", "api/contracts/{id}/status",  Kind.CONTRACT, "403 403", "200 404", "403 403", "403 403"),
            row("GET",  "api/contracts/{id}/versions", Kind.CONTRACT, "200 200", "200 404", "200 404", "200 200"),
            row("GET",  "api/contracts/{id}/versions/{number}", Kind.CONTRACT,
                                                                   "200 200", "200 404", "200 404", "200 200"),
            row("GET",  "api/contracts/{id}/diff",    Kind.CONTRACT, "200 200", "200 404", "200 404", "200 200"),
            row("GET",  "api/contracts/{id}/audit",   Kind.CONTRACT, "200 200", "200 404", "200 404", "200 200"),
            row("GET",  "api/contracts/{id}/pdf",     Kind.CONTRACT, "200 200", "200 404", "200 404", "200 200"),
            row("GET",  "api/contracts/{id}/report-ledger", Kind.CONTRACT, "200 200", "200 404", "200 404", "200 200"),
            // The hourly check of daily reports, run now: it looks at every contract, so administrators only.
            row("POST", "api/report-deadlines/check", Kind.NONE, "200",     "403",     "403",     "403"),
            row("GET",  "api/contracts/{id}/staffing", Kind.CONTRACT, "200 200", "200 404", "200 404", "200 200"),
            row("GET",  "api/contracts/{id}/dedicated-agent-flags", Kind.CONTRACT,
                                                                   "200 200", "200 404", "200 404", "200 200"),
            // Staffing requests: see StaffingTargets. The manager of the store asks and withdraws, the lead
            // of the vendor answers.
            row("GET",  "api/contracts/{id}/staffing-requests", Kind.CONTRACT,
                                                                   "200 200", "200 404", "200 404", "200 200"),
            row("POST", "api/contracts/{id}/staffing-requests", Kind.CONTRACT,
                                                                   "403 403", "201 404", "403 403", "403 403"),
            row("GET",  "api/staffing-requests/{id}", Kind.STAFFING_REQUEST,
                                                                   "200 200", "200 404", "200 404", "200 200"),
            row("POST", "api/staffing-requests/{id}/accept", Kind.STAFFING_REQUEST,
                                                                   "403 403", "403 403", "200 404", "403 403"),
            row("POST", "api/staffing-requests/{id}/decline", Kind.STAFFING_REQUEST,
                                                                   "403 403", "403 403", "200 404", "403 403"),
            row("POST", "api/staffing-requests/{id}/withdraw", Kind.STAFFING_REQUEST,
                                                                   "403 403", "200 404", "403 403", "403 403"),
            row("GET",  "api/kpi-imports",            Kind.NONE,   "200",     "200",     "200",     "403"),
            row("POST", "api/kpi-imports",            Kind.NONE,   "403",     "403",     "202",     "403"),
            row("GET",  "api/kpi-imports/template.csv", Kind.NONE, "200",     "200",     "200",     "403"),
            row("GET",  "api/kpi-imports/{id}",       Kind.KPI_IMPORT, "200 200", "200 404", "200 404", "403 403"),
            row("GET",  "api/kpi-imports/{id}/errors.csv", Kind.KPI_IMPORT,
                                                                   "200 200", "200 404", "200 404", "403 403"),
            row("POST", "api/kpi-imports/{id}/rerun", Kind.KPI_IMPORT, "403 403", "403 403", "202 404", "403 403"),
            row("POST", "api/kpi-imports/{id}/register-accounts", Kind.KPI_IMPORT,
                                                                   "403 403", "403 403", "200 404", "403 403"),
            row("GET",  "api/kpi-profiles",           Kind.NONE,   "200",     "200",     "200",     "200"),
            row("POST", "api/kpi-profiles",           Kind.NONE,   "201",     "403",     "403",     "403"),
            row("GET",  "api/kpi-profiles/{id}",      Kind.PROFILE, "200 200", "200 200", "200 200", "200 200"),
            row("PUT",  "api/kpi-profiles/{id}",      Kind.PROFILE, "200 200", "403 403", "403 403", "403 403"),
            row("DELETE", "api/kpi-profiles/{id}",    Kind.PROFILE, "204 204", "403 403", "403 403", "403 403"),
            row("GET",  "api/sla-results",            Kind.NONE,   "200",     "200",     "200",     "200"),
            row("GET",  "api/sla-results/cycles/{id}", Kind.CONTRACT, "200 200", "200 404", "200 404", "200 200"),
            row("POST", "api/sla-results/evaluate",   Kind.NONE,   "200",     "200",     "403",     "403"),
            // "Evaluate all" of a month: every contract, so administrators and finance (whose statements need
            // the results), not a store manager (their own contracts one by one, above). Its job is not scoped.
            row("POST", "api/sla-results/evaluate-all", Kind.NONE, "202",     "403",     "403",     "202"),
            row("GET",  "api/sla-results/jobs/{id}",  Kind.SLA_JOB, "200 200", "403 403", "403 403", "200 200"),
            row("GET",  "api/incidents",              Kind.NONE,   "200",     "200",     "200",     "200"),
            row("POST", "api/incidents",              Kind.NONE,   "403",     "201",     "403",     "403"),
            row("GET",  "api/incidents/{id}",         Kind.INCIDENT, "200 200", "200 404", "200 404", "200 200"),
            row("GET",  "api/disputes",               Kind.NONE,   "200",     "200",     "200",     "200"),
            row("POST", "api/disputes",               Kind.NONE,   "403",     "403",     "201",     "403"),
            row("GET",  "api/disputes/{id}",          Kind.DISPUTE, "200 200", "200 404", "200 404", "200 200"),
            row("POST", "api/disputes/{id}/accept",   Kind.DISPUTE, "403 403", "200 404", "403 403", "403 403"),
            row("POST", "api/disputes/{id}/reject",   Kind.DISPUTE, "403 403", "200 404", "403 403", "403 403"),
            // Comparisons: the manager's own store PETS-TM (a foreign store answers 404: ComparisonIT).
            row("GET",  "api/comparisons",            Kind.NONE,   "200",     "200",     "403",     "200"),
            row("GET",  "api/comparisons/agents",     Kind.NONE,   "200",     "200",     "403",     "200"),
            row("GET",  "api/comparisons/weights",    Kind.NONE,   "200",     "200",     "403",     "200"),
            row("PUT",  "api/comparisons/weights",    Kind.NONE,   "200",     "200",     "403",     "200"),
            row("GET",  "api/comparisons/xlsx",       Kind.NONE,   "200",     "200",     "403",     "200"),
            row("GET",  "api/comparisons/pdf",        Kind.NONE,   "200",     "200",     "403",     "200"),
            // Settlement: see StatementTargets (own = PETS-TM × 云帆客服; foreign = PETS-TM × another vendor for
            // the lead, BEAUTY-DY for the others). Finance and admin see every statement; vendor leads never drafts.
            row("GET",  "api/statements",             Kind.NONE,   "200",     "200",     "200",     "200"),
            row("POST", "api/statements",             Kind.NONE,   "201",     "403",     "403",     "201"),
            row("POST", "api/statements/generate",    Kind.NONE,   "202",     "403",     "403",     "202"),
            // A "generate all" job is not scoped: finance and admin follow any (own and foreign are the same job).
            row("GET",  "api/statements/jobs/{id}",   Kind.JOB,    "200 200", "403 403", "403 403", "200 200"),
            row("GET",  "api/statements/{id}",        Kind.STATEMENT, "200 200", "200 404", "200 404", "200 200"),
            row("POST", "api/statements/{id}/issue",  Kind.STATEMENT, "403 403", "403 403", "403 403", "200 200"),
            row("POST", "api/statements/{id}/confirm", Kind.STATEMENT, "403 403", "403 403", "200 404", "403 403"),
            row("POST", "api/statements/{id}/dispute", Kind.STATEMENT, "403 403", "403 403", "200 404", "403 403"),
            row("POST", "api/statements/{id}/revise", Kind.STATEMENT, "403 403", "403 403", "403 403", "200 200"),
            row("POST", "api/statements/{id}/approve", Kind.STATEMENT, "403 403", "403 403", "403 403", "200 200"),
            row("POST", "api/statements/{id}/pay",    Kind.STATEMENT, "403 403", "403 403", "403 403", "200 200"),
            row("POST", "api/statements/{id}/adjustments", Kind.STATEMENT,
                                                                   "403 403", "403 403", "403 403", "201 201"),
            row("PUT",  "api/statements/{id}/invoice", Kind.STATEMENT, "403 403", "403 403", "403 403", "200 200"),
            row("GET",  "api/statements/{id}/pdf",    Kind.STATEMENT, "200 200", "200 404", "200 404", "200 200"),
            row("GET",  "api/temporary-agents",       Kind.NONE,   "200",     "200",     "200",     "200"),
            row("POST", "api/temporary-agents",       Kind.NONE,   "403",     "201",     "403",     "201"),
            row("GET",  "api/temporary-agents/{id}",  Kind.TEMPORARY_AGENTS,
                                                                   "200 200", "200 404", "200 404", "200 200"),
            row("GET",  "api/finance/dashboard",      Kind.NONE,   "200",     "403",     "403",     "200"),
            row("GET",  "api/finance/dashboard/xlsx", Kind.NONE,   "200",     "403",     "403",     "200"));

    private AccessMatrix() {
    }
}
