package com.csvendor.portal.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.notification.entity.NotificationKind;
import com.csvendor.portal.security.entity.Role;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who gets which notification: the event's people, with an address, who did not opt out. */
class AudienceTest {

    private static final long VENDOR = 7;
    private static final long OTHER_VENDOR = 8;
    private static final long STORE = 3;
    private static final long OTHER_STORE = 4;

    private final Audience.Member lead = member("lead", Set.of(Role.VENDOR_LEAD), VENDOR, Set.of());
    private final Audience.Member otherLead = member("other-lead", Set.of(Role.VENDOR_LEAD), OTHER_VENDOR, Set.of());
    private final Audience.Member manager = member("manager", Set.of(Role.STORE_MANAGER), null, Set.of(STORE));
    private final Audience.Member otherManager = member("other-manager", Set.of(Role.STORE_MANAGER), null,
            Set.of(OTHER_STORE));
    private final Audience.Member finance = member("finance", Set.of(Role.FINANCE), null, Set.of());
    private final Audience.Member admin = member("admin", Set.of(Role.ADMIN), null, Set.of());
    private final List<Audience.Member> everyone = List.of(lead, otherLead, manager, otherManager, finance, admin);

    @Test
    void anIssuedStatementGoesToTheLeadsOfItsVendorOnly() {
        assertEquals(List.of(lead), names(NotificationKind.STATEMENT_ISSUED, Notice.Concerns.vendor(VENDOR)));
    }

    @Test
    void aDisputedStatementGoesToFinance() {
        assertEquals(List.of(finance), names(NotificationKind.STATEMENT_DISPUTED, Notice.Concerns.everyone()));
    }

    @Test
    void aRaisedDisputeAndATerminationRightGoToTheManagersOfTheStore() {
        assertEquals(List.of(manager), names(NotificationKind.DISPUTE_RAISED, Notice.Concerns.store(STORE)));
        assertEquals(List.of(manager), names(NotificationKind.TERMINATION_RIGHT, Notice.Concerns.store(STORE)));
        assertEquals(List.of(otherManager), names(NotificationKind.TERMINATION_RIGHT, Notice.Concerns.store(OTHER_STORE)));
    }

    @Test
    void aStaffingRequestGoesToTheLeadsOfTheVendorAndItsAnswerToTheManagersOfTheStore() {
        assertEquals(List.of(lead), names(NotificationKind.STAFFING_REQUESTED, Notice.Concerns.vendor(VENDOR)));
        assertEquals(List.of(manager), names(NotificationKind.STAFFING_DECIDED, Notice.Concerns.store(STORE)));
    }

    @Test
    void aDecidedDisputeGoesToTheLeadsOfTheVendor() {
        assertEquals(List.of(otherLead), names(NotificationKind.DISPUTE_DECIDED, Notice.Concerns.vendor(OTHER_VENDOR)));
    }

    @Test
    void aMissingDailyReportGoesToTheLeadsOfTheVendorAndTheManagersOfTheStore() {
        assertEquals(List.of(lead, manager), names(NotificationKind.REPORT_MISSING, Notice.Concerns.both(VENDOR, STORE)));
        assertEquals(List.of(otherLead), names(NotificationKind.REPORT_MISSING, Notice.Concerns.both(OTHER_VENDOR,
                99)));
    }

    @Test
    void aManagerWhoIsAlsoALeadGetsAMissingReportOnceAndMayTurnItOff() {
        Audience.Member both = member("both", Set.of(Role.VENDOR_LEAD, Role.STORE_MANAGER), VENDOR, Set.of(STORE));
        assertEquals(List.of(both), Audience.of(notice(NotificationKind.REPORT_MISSING, Notice.Concerns.both(VENDOR,
                STORE)), List.of(both)));
        Audience.Member quiet = new Audience.Member("quiet", "quiet@example.com", Locale.ENGLISH, true,
                Set.of(Role.STORE_MANAGER), null, Set.of(STORE), Map.of(NotificationKind.REPORT_MISSING, false));
        assertEquals(List.of(), Audience.of(notice(NotificationKind.REPORT_MISSING, Notice.Concerns.both(VENDOR,
                STORE)), List.of(quiet)));
    }

    @Test
    void aRefusedImportGoesToItsUploaderOnly() {
        assertEquals(List.of(lead), names(NotificationKind.IMPORT_REFUSED, Notice.Concerns.user("lead")));
        assertEquals(List.of(), names(NotificationKind.IMPORT_REFUSED, Notice.Concerns.user("demo-data")));
    }

    @Test
    void aUserWhoOptedOutGetsNothingAndAnOptInOutsideTheDefaultsCounts() {
        Audience.Member quiet = new Audience.Member("quiet", "quiet@example.com", Locale.ENGLISH, true,
                Set.of(Role.STORE_MANAGER), null, Set.of(STORE), Map.of(NotificationKind.DISPUTE_RAISED, false));
        assertEquals(List.of(manager), Audience.of(notice(NotificationKind.DISPUTE_RAISED, Notice.Concerns.store(STORE)),
                List.of(quiet, manager)));
        assertTrue(quiet.wants(NotificationKind.TERMINATION_RIGHT), "a kind left alone keeps its default");
    }

    @Test
    void usersWithoutAnAddressOrInactiveGetNothing() {
        Audience.Member noAddress = new Audience.Member("na", " ", Locale.ENGLISH, true, Set.of(Role.FINANCE), null,
                Set.of(), Map.of());
        Audience.Member inactive = new Audience.Member("in", "in@example.com", Locale.ENGLISH, false,
                Set.of(Role.FINANCE), null, Set.of(), Map.of());
        assertEquals(List.of(), Audience.of(notice(NotificationKind.STATEMENT_DISPUTED, Notice.Concerns.everyone()),
                List.of(noAddress, inactive)));
    }

    @Test
    void byDefaultAUserWantsTheKindsOfTheirRolesOnly() {
        assertTrue(manager.wants(NotificationKind.DISPUTE_RAISED));
        assertFalse(manager.wants(NotificationKind.STATEMENT_ISSUED));
        assertEquals(List.of(NotificationKind.STATEMENT_ISSUED, NotificationKind.DISPUTE_DECIDED,
                NotificationKind.IMPORT_REFUSED, NotificationKind.STAFFING_REQUESTED, NotificationKind.REPORT_MISSING),
                NotificationKind.of(Set.of(Role.VENDOR_LEAD)));
        assertTrue(manager.wants(NotificationKind.REPORT_MISSING), "a kind of two roles is on for either");
        assertEquals(List.of(), NotificationKind.of(Set.of(Role.ADMIN)));
    }

    private List<Audience.Member> names(NotificationKind kind, Notice.Concerns concerns) {
        return Audience.of(notice(kind, concerns), everyone);
    }

    private static Notice notice(NotificationKind kind, Notice.Concerns concerns) {
        return new Notice(kind, concerns, "index.xhtml", List.of());
    }

    private static Audience.Member member(String name, Set<Role> roles, Long vendorId, Set<Long> stores) {
        return new Audience.Member(name, name + "@example.com", Locale.SIMPLIFIED_CHINESE, true, roles, vendorId,
                stores, Map.of());
    }
}
