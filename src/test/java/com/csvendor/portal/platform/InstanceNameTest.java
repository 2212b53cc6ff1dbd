package com.csvendor.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InstanceNameTest {

    @Test
    void theConfiguredNameWinsTrimmed() {
        assertEquals("portal-2", InstanceName.of("  portal-2 ", () -> "host"));
    }

    @Test
    void withoutAConfiguredNameTheHostsNameIsUsedAndWithoutEitherAFixedOne() {
        assertEquals("host", InstanceName.of("", () -> "host"));
        assertEquals("host", InstanceName.of(null, () -> "host"));
        assertEquals("portal", InstanceName.of(" ", () -> null));
    }

    @Test
    void aNameLongerThanTheColumnIsCut() {
        assertEquals(InstanceName.MAX_LENGTH, InstanceName.of("x".repeat(150), () -> "host").length());
    }
}
