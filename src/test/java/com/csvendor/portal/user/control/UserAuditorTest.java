package com.csvendor.portal.user.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.csvendor.portal.security.control.PasswordHasher;
import com.csvendor.portal.security.entity.PortalUser;
import com.csvendor.portal.security.entity.Role;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAuditorTest {

    @Test
    void aUsersSnapshotHasRolesAndScopeButNeverThePasswordNorItsHash() {
        String hash = new PasswordHasher().hash("Secret-pw-1".toCharArray());
        PortalUser user = new PortalUser("Li.Lei", "李雷", hash);
        user.assign(Set.of(Role.STORE_MANAGER), Set.of(3L, 1L), null);

        String snapshot = UserAuditor.snapshot(user);

        assertEquals("{\"active\":true,\"displayName\":\"李雷\",\"language\":\"zh\",\"roles\":[\"STORE_MANAGER\"],\"storeIds\":[1,3],"
                + "\"username\":\"li.lei\"}", snapshot);
        assertFalse(snapshot.toLowerCase(Locale.ROOT).contains("password"), snapshot);
        assertFalse(snapshot.contains(hash), snapshot);
    }
}
