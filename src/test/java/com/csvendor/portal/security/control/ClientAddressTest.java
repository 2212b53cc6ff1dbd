package com.csvendor.portal.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress behindProxies = ClientAddress.trusting("10.0.0.1, 10.0.0.2");

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("203.0.113.9", ClientAddress.trusting("").of("203.0.113.9", "198.51.100.1"));
    }

    @Test
    void anUntrustedConnectionCannotChooseItsAddressByTheHeader() {
        assertEquals("203.0.113.9", behindProxies.of("203.0.113.9", "198.51.100.1"));
    }

    @Test
    void behindTrustedProxiesTheRightmostUntrustedHopIsTheClient() {
        assertEquals("198.51.100.7", behindProxies.of("10.0.0.1", "1.2.3.4, 198.51.100.7, 10.0.0.2"),
                "the left part is what the client wrote itself");
        assertEquals("10.0.0.1", behindProxies.of("10.0.0.1", "10.0.0.2"), "only proxies: the connection's address");
        assertEquals("10.0.0.1", behindProxies.of("10.0.0.1", null));
    }
}
