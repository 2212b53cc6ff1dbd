package com.csvendor.portal.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.shared.InvalidInputException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortalUserTest {

    private final PortalUser user = new PortalUser("  Alice ", "Alice", "hash");

    @Test
    void normalisesTheUserName() {
        assertEquals("alice", user.getUsername());
    }

    @Test
    void aStoreManagerHasStores() {
        user.assign(Set.of(Role.STORE_MANAGER, Role.FINANCE), Set.of(1L, 2L), null);
        assertEquals(Set.of(1L, 2L), user.getStoreIds());
        assertTrue(user.has(Role.FINANCE));
    }

    @Test
    void aVendorLeadNeedsAVendorAndNoOtherRole() {
        assertEquals("user.vendor.required", assertThrows(InvalidInputException.class,
                () -> user.assign(Set.of(Role.VENDOR_LEAD), Set.of(), null)).messageKey());
        assertEquals("user.roles.leadAlone", assertThrows(InvalidInputException.class,
                () -> user.assign(Set.of(Role.VENDOR_LEAD, Role.STORE_MANAGER), Set.of(), 7L)).messageKey());
        user.assign(Set.of(Role.VENDOR_LEAD), Set.of(), 7L);
        assertEquals(7L, user.getVendorId());
    }

    @Test
    void onlyTheRightRolesCarryAScope() {
        assertEquals("vendorId", assertThrows(InvalidInputException.class,
                () -> user.assign(Set.of(Role.ADMIN), Set.of(), 7L)).field());
        assertEquals("storeIds", assertThrows(InvalidInputException.class,
                () -> user.assign(Set.of(Role.FINANCE), Set.of(1L), null)).field());
        assertEquals("roles", assertThrows(InvalidInputException.class,
                () -> user.assign(Set.of(), Set.of(), null)).field());
    }

    @Test
    void aFailedAssignmentChangesNothing() {
        user.assign(Set.of(Role.STORE_MANAGER), Set.of(1L), null);
        assertThrows(InvalidInputException.class, () -> user.assign(Set.of(Role.VENDOR_LEAD), Set.of(), null));
        assertEquals(Set.of(Role.STORE_MANAGER), user.getRoles());
        assertEquals(Set.of(1L), user.getStoreIds());
    }
}
