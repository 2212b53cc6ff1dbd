package com.csvendor.portal.security.control;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request came from, as the sign-in throttle counts it. Behind a reverse proxy every
 * request comes from the proxy, so an operator names the proxies ({@code portal.trusted-proxies});
 * only when the connection comes from one of them is {@code X-Forwarded-For} read, from the right,
 * skipping the trusted proxies — the left part of the header is whatever the client wrote.
 */
public final class ClientAddress {

    private final Set<String> trustedProxies;

    public ClientAddress(Set<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    /** From a comma-separated setting; blank means no proxy is trusted. */
    public static ClientAddress trusting(String setting) {
        return new ClientAddress(Arrays.stream(setting == null ? new String[0] : setting.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet()));
    }

    public String of(String remoteAddress, String forwardedFor) {
        if (!trustedProxies.contains(remoteAddress) || forwardedFor == null || forwardedFor.isBlank()) {
            return remoteAddress;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::trim).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!trustedProxies.contains(hop)) {
                return hop.isEmpty() || hop.length() > 64 ? remoteAddress : hop;
            }
        }
        return remoteAddress;
    }
}
