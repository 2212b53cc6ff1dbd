package com.csvendor.portal.platform;

import com.csvendor.portal.shared.Finding;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Every JSON request body passes {@link JsonBodyCheck} before JSON-B binds it: a body that is not
 * JSON, or a value its field cannot take (a number out of range, a fraction for a whole number, an
 * unknown choice), is refused with the places named instead of being bound wrongly or answered
 * with the parser's internals. Runs after the role check ({@link RoleGate}).
 */
@Provider
public class JsonBodyReader implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType()) || !checked(context.getType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        if (new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return context.proceed();
        }
        List<Finding> findings = JsonBodyCheck.check(JsonBodyCheck.parse(body), context.getGenericType());
        if (!findings.isEmpty()) {
            throw new UnreadableBody(findings);
        }
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return type != null && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }

    private static boolean checked(Class<?> type) {
        return !InputStream.class.isAssignableFrom(type) && type != String.class && type != byte[].class
                && !JsonValue.class.isAssignableFrom(type);
    }
}
