package com.csvendor.portal;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive every integration test deploys: the real WAR that {@code mvn package} built. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive portal() {
        File war = new File(System.getProperty("portal.war", "target/portal.war"));
        return ShrinkWrap.create(ZipImporter.class, "portal.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * The real WAR at the root context, as the start command deploys it: only there do Payara's
     * MicroProfile endpoints (/metrics, /health) answer inside the portal, under its constraints.
     */
    public static WebArchive atRoot() {
        return ShrinkWrap.create(WebArchive.class, "ROOT.war").merge(portal());
    }

    /**
     * The real WAR for tests that run inside the container: plus a web fragment that lets
     * Arquillian's test servlet past the portal's sign-in constraint, and nothing else.
     */
    public static WebArchive inContainer() {
        return portal().addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-test-access.jar")
                .addAsManifestResource("in-container/web-fragment.xml", "web-fragment.xml"));
    }

    /**
     * The URL Arquillian reports for a deployment, on 127.0.0.1. Payara Micro reports its first
     * non-loopback address but listens on all of them; client tests stay on the loopback interface.
     * The path ends with a slash, so relative paths resolve below the context root.
     */
    public static URI onLoopback(URL deployed) {
        try {
            URI uri = deployed.toURI();
            String path = uri.getPath().endsWith("/") ? uri.getPath() : uri.getPath() + "/";
            return new URI(uri.getScheme(), uri.getUserInfo(), "127.0.0.1", uri.getPort(), path, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(deployed.toString(), e);
        }
    }
}
