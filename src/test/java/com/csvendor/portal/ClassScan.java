package com.csvendor.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The portal's own classes as the build compiled them (target/classes), found without a library. */
public final class ClassScan {

    private static final String BASE_PACKAGE = "com.csvendor.portal";

    private ClassScan() {
    }

    /** Main classes under {@code com.csvendor.portal} carrying the annotation, in name order. */
    public static List<Class<?>> annotatedWith(Class<? extends Annotation> annotation) {
        return all().stream().filter(c -> c.isAnnotationPresent(annotation)).toList();
    }

    /** Every main class under {@code com.csvendor.portal}, nested ones included, in name order. */
    public static List<Class<?>> all() {
        Path root = mainClassesRoot();
        try (Stream<Path> files = Files.walk(root.resolve(BASE_PACKAGE.replace('.', '/')))) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .sorted()
                    .map(ClassScan::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder holding the main classes: where a known main class was loaded from. */
    private static Path mainClassesRoot() {
        String resource = BASE_PACKAGE.replace('.', '/') + "/platform/RestApplication.class";
        URL url = ClassScan.class.getClassLoader().getResource(resource);
        if (url == null || !"file".equals(url.getProtocol())) {
            throw new IllegalStateException("main classes not found as files on the class path: " + url);
        }
        try {
            Path file = Path.of(url.toURI());
            return file.getRoot().resolve(file.subpath(0, file.getNameCount() - resource.split("/").length));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ClassScan.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
