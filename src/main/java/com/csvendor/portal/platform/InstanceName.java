package com.csvendor.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This portal instance's name, written on the work it owns (a running KPI import) so that the instance
 * can tell, when it starts again, which unfinished work was its own and died with it.
 * {@code portal.instance.name} (environment {@code PORTAL_INSTANCE_NAME}); by default the host's name,
 * which is right for one instance per host. Several instances on one host need a name each.
 */
@ApplicationScoped
public class InstanceName {

    /** The longest name the database keeps (kpi_import.instance_name). */
    public static final int MAX_LENGTH = 100;

    /** Optional: MicroProfile Config treats an empty default as missing, which fails the deployment. */
    @Inject
    @ConfigProperty(name = "portal.instance.name")
    java.util.Optional<String> configured;

    private String name;

    public String get() {
        if (name == null) {
            name = of(configured == null ? null : configured.orElse(null), InstanceName::hostName);
        }
        return name;
    }

    /** The configured name, else the fallback's; trimmed and cut to {@link #MAX_LENGTH}. */
    static String of(String configured, java.util.function.Supplier<String> fallback) {
        String chosen = configured == null || configured.isBlank() ? fallback.get() : configured.strip();
        if (chosen == null || chosen.isBlank()) {
            chosen = "portal";
        }
        return chosen.length() > MAX_LENGTH ? chosen.substring(0, MAX_LENGTH) : chosen;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
