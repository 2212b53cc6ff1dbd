package com.csvendor.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Error pages keep the portal's layout yet need no database: a 503 is served when the database does
 * not answer, and a 500 often because of it. What an error page renders — its own file, the layout
 * and the includes it reaches — may use only the request, the message bundle, the language of the
 * session and the error reference; anything else (the user's display name, the home queues, a logout
 * action) must sit behind {@code not errorPage}, be the other branch of {@code errorPage ? … : …}, or
 * be an action, which rendering does not evaluate.
 */
class ErrorPagesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path ERROR_PAGES = WEBAPP.resolve("WEB-INF/errorpages");

    /** Names an error page may evaluate: none of them reaches the database. */
    private static final Set<String> SAFE = Set.of("msg", "request", "localeBacking", "errorReference", "errorPage",
            "code", "empty", "not", "and", "or", "eq", "ne", "true", "false", "null");
    /** Attributes rendering never evaluates (they run when a form is sent, which an error page cannot receive). */
    private static final Set<String> ACTIONS = Set.of("action", "actionListener", "listener", "outcome");
    private static final Pattern EL = Pattern.compile("#\\{(.*?)}");
    private static final Pattern GUARDED_TERNARY = Pattern.compile("^\\s*errorPage\\s*\\?(.*?):.*$", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("(?<![\\w.'\"])([a-zA-Z_]\\w*)(?=\\s*[.\\[(]|\\s*$|\\s*[)}?:=!<>&|])");
    private static final Pattern INCLUDE = Pattern.compile("<ui:include src=\"([^\"#]+)\"");

    @Test
    void everyErrorPageUsesTheLayoutAsAnErrorPage() throws IOException {
        List<Path> pages = errorPages();
        assertTrue(pages.stream().anyMatch(p -> p.endsWith("503.xhtml")), pages.toString());
        for (Path page : pages) {
            String xhtml = Files.readString(page);
            assertTrue(xhtml.contains("template=\"/WEB-INF/templates/layout.xhtml\""), page + " keeps the layout");
            assertTrue(xhtml.contains("<ui:param name=\"errorPage\" value=\"#{true}\"/>"), page + " says it is one");
        }
    }

    @Test
    void whatAnErrorPageRendersUsesNothingThatReachesTheDatabase() throws Exception {
        for (Path page : errorPages()) {
            Set<String> unsafe = new TreeSet<>();
            for (Path file : rendered(page)) {
                unsafe.addAll(unguardedNames(file));
            }
            assertEquals(Set.of(), unsafe, page + " evaluates, outside an errorPage guard");
        }
    }

    @Test
    void theCheckFindsAUserLookupLeftUnguarded() throws Exception {
        Path file = Files.createTempFile("layout", ".xhtml");
        try {
            Files.writeString(file, "<ui:composition xmlns:ui=\"jakarta.faces.facelets\" xmlns:h=\"jakarta.faces.html\">"
                    + "<h:outputText value=\"#{homeBacking.displayName}\"/>"
                    + "<h:outputText value=\"#{errorPage ? request.remoteUser : homeBacking.displayName}\"/>"
                    + "<h:panelGroup rendered=\"#{not errorPage}\">#{loginBacking.user}</h:panelGroup></ui:composition>");
            assertEquals(Set.of("homeBacking"), unguardedNames(file));
        } finally {
            Files.delete(file);
        }
    }

    private static List<Path> errorPages() throws IOException {
        try (Stream<Path> files = Files.list(ERROR_PAGES)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
        }
    }

    /** The page, the layout and every include they reach. */
    private static List<Path> rendered(Path page) throws IOException {
        List<Path> out = new ArrayList<>(List.of(page, WEBAPP.resolve("WEB-INF/templates/layout.xhtml")));
        for (int i = 0; i < out.size(); i++) {
            Matcher include = INCLUDE.matcher(Files.readString(out.get(i)));
            while (include.find()) {
                Path reached = WEBAPP.resolve(include.group(1).substring(1));
                if (!out.contains(reached)) {
                    out.add(reached);
                }
            }
        }
        return out;
    }

    private static Set<String> unguardedNames(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        Set<String> names = new TreeSet<>();
        collect(root, names);
        return names;
    }

    private static void collect(Node node, Set<String> names) {
        if (node instanceof Element e) {
            String rendered = e.getAttribute("rendered");
            if (rendered.matches("#\\{\\s*not errorPage\\s*}")) {
                return;
            }
            var attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node a = attributes.item(i);
                if (!ACTIONS.contains(a.getLocalName() == null ? a.getNodeName() : a.getLocalName())) {
                    names(a.getNodeValue(), names);
                }
            }
        } else if (node.getNodeType() == Node.TEXT_NODE) {
            names(node.getNodeValue(), names);
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, names);
        }
    }

    private static void names(String text, Set<String> names) {
        Matcher el = EL.matcher(text);
        while (el.find()) {
            String expression = el.group(1).replaceAll("'[^']*'", "''");
            Matcher ternary = GUARDED_TERNARY.matcher(expression);
            Matcher name = NAME.matcher(ternary.matches() ? ternary.group(1) : expression);
            while (name.find()) {
                if (!SAFE.contains(name.group(1))) {
                    names.add(name.group(1));
                }
            }
        }
    }
}
