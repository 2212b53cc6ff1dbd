package com.csvendor.portal.platform.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The portal's own classes carrying an annotation, found where the class loader loaded this one
 * from: the WAR's exploded WEB-INF/classes folder (how Payara Micro deploys it) or a jar.
 */
final class WarClasses {

    private static final String BASE = "com/csvendor/portal/";

    private WarClasses() {
    }

    static List<Class<?>> annotatedWith(Class<? extends Annotation> annotation) {
        ClassLoader loader = WarClasses.class.getClassLoader();
        URL self = loader.getResource(WarClasses.class.getName().replace('.', '/') + ".class");
        List<String> names;
        try {
            names = "jar".equals(self.getProtocol()) ? inJar(self) : inFolder(self);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Class<?>> found = new ArrayList<>();
        for (String name : names) {
            try {
                Class<?> c = Class.forName(name, false, loader);
                if (c.isAnnotationPresent(annotation)) {
                    found.add(c);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot load " + name, e);
            }
        }
        return found;
    }

    private static List<String> inFolder(URL self) throws IOException {
        Path file;
        try {
            file = Path.of(self.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        int depth = WarClasses.class.getName().split("\\.").length;
        Path root = file;
        for (int i = 0; i < depth; i++) {
            root = root.getParent();
        }
        Path classes = root;
        try (Stream<Path> files = Files.walk(classes.resolve(BASE))) {
            return files.map(f -> classes.relativize(f).toString().replace('\\', '/')).filter(WarClasses::isClass)
                    .map(WarClasses::className).sorted().toList();
        }
    }

    private static List<String> inJar(URL self) throws IOException {
        JarURLConnection connection = (JarURLConnection) self.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            return Collections.list(jar.entries()).stream().map(e -> e.getName())
                    .filter(n -> n.startsWith(BASE) && isClass(n)).map(WarClasses::className).sorted().toList();
        }
    }

    private static boolean isClass(String path) {
        return path.endsWith(".class") && !path.endsWith("module-info.class") && !path.endsWith("package-info.class");
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }
}
