package com.csvendor.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.csvendor.portal.ClassScan;
import com.csvendor.portal.security.control.SessionSignIn;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * For a session to travel to the other instances through the data grid (web.xml {@code <distributable/>},
 * Payara Micro's Hazelcast web session persistence; README "Running several instances" says why it is
 * not switched on yet), everything it holds must serialize; a passivated session needs the same. That is
 * the session's sign-in, the session- and view-scoped backing beans (JSF keeps view scopes in the
 * session) and whatever their fields hold, down to the last nested record. Injected fields are
 * (and EJB references, which the container serializes as handles) are Weld's to check (it refuses to deploy a passivating bean with a non-passivation-capable
 * dependency); a field whose type is an interface other than a collection or a map cannot be judged
 * and is refused, as is {@link java.util.Optional}, which does not serialize.
 */
class SessionStateSerializableTest {

    @Test
    void everythingASessionHoldsSerializes() {
        List<Class<?>> roots = Stream.concat(Stream.of(SessionSignIn.class), ClassScan.all().stream()
                .filter(c -> c.isAnnotationPresent(SessionScoped.class) || c.isAnnotationPresent(ViewScoped.class)
                        || c.isAnnotationPresent(ConversationScoped.class)))
                .toList();
        assertFalse(roots.size() < 10, "the scan found the backing beans: " + roots);
        Set<String> problems = new TreeSet<>();
        Set<Type> seen = new HashSet<>();
        for (Class<?> root : roots) {
            check(root, root.getSimpleName(), seen, problems);
        }
        assertEquals(List.of(), new ArrayList<>(problems), "what a session holds that does not serialize");
    }

    private static void check(Type type, String path, Set<Type> seen, Set<String> problems) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType p) {
            check(p.getRawType(), path, seen, problems);
            for (Type argument : p.getActualTypeArguments()) {
                check(argument, path + "<>", seen, problems);
            }
        } else if (type instanceof WildcardType w) {
            Stream.of(w.getUpperBounds()).forEach(b -> check(b, path, seen, problems));
        } else if (type instanceof TypeVariable<?> v) {
            Stream.of(v.getBounds()).forEach(b -> check(b, path, seen, problems));
        } else if (type instanceof GenericArrayType a) {
            check(a.getGenericComponentType(), path + "[]", seen, problems);
        } else if (type instanceof Class<?> c) {
            checkClass(c, path, seen, problems);
        }
    }

    private static void checkClass(Class<?> c, String path, Set<Type> seen, Set<String> problems) {
        if (c.isArray()) {
            check(c.getComponentType(), path + "[]", seen, problems);
            return;
        }
        if (c.isPrimitive() || c == Object.class && path.endsWith("<>")) {
            return;
        }
        if (c == java.util.Optional.class) {
            problems.add(path + ": Optional does not serialize");
            return;
        }
        boolean own = c.getName().startsWith("com.csvendor.");
        if (!own) {
            boolean container = Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c);
            if (!container && !Serializable.class.isAssignableFrom(c)) {
                problems.add(path + ": " + c.getName() + " is not Serializable");
            }
            return;
        }
        if (!c.isInterface() && !Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": " + c.getName() + " is not Serializable");
        }
        if (c.isInterface() && !c.isSealed()) {
            problems.add(path + ": " + c.getName() + " is an interface; its implementations cannot be checked");
            return;
        }
        if (c.isSealed()) {
            for (Class<?> permitted : c.getPermittedSubclasses()) {
                check(permitted, path + "|" + permitted.getSimpleName(), seen, problems);
            }
        }
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isAnnotationPresent(Inject.class) || f.isAnnotationPresent(EJB.class)
                        || f.isSynthetic()) {
                    continue;
                }
                check(f.getGenericType(), path + "." + f.getName(), seen, problems);
            }
        }
    }
}
