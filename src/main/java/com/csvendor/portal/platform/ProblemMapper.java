package com.csvendor.portal.platform;

import com.csvendor.portal.shared.BusinessException;
import com.csvendor.portal.shared.ConflictException;
import com.csvendor.portal.shared.Failures;
import com.csvendor.portal.shared.Messages;
import com.csvendor.portal.shared.NotFoundException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns every failure of a REST call into problem details in the caller's language
 * (Accept-Language): validation 400 naming the fields, scope or absence 404, role 403, conflicts
 * 409, a database that does not answer 503 ({@link DatabaseProbe}). Unexpected errors are logged with
 * their stack trace and answered without it.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Pattern YASSON_PROPERTY = Pattern.compile("deserialize property '([^']{1,100})'");
    private static final MessageInterpolator INTERPOLATOR =
            Validation.buildDefaultValidatorFactory().getMessageInterpolator();

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        return respond(thrown, headers);
    }

    static Response respond(Throwable thrown, HttpHeaders headers) {
        Throwable e = Failures.unwrap(thrown);
        Locale locale = ApiLocale.of(headers);
        if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() == 403) {
            return forbidden(locale);
        }
        if (e instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            return problem(status, Response.Status.fromStatusCode(status) == null ? "Error"
                    : Response.Status.fromStatusCode(status).getReasonPhrase(), null, List.of());
        }
        if (e instanceof ProcessingException || e instanceof JsonbException) {
            Optional<BusinessException> inside = businessCause(e);
            if (inside.isEmpty()) {
                return unreadable(e, locale);
            }
            e = inside.get();
        }
        if (e instanceof ConstraintViolationException cve) {
            List<Problem.FieldError> errors = new ArrayList<>();
            for (ConstraintViolation<?> v : cve.getConstraintViolations()) {
                errors.add(new Problem.FieldError(Failures.fieldOf(v.getPropertyPath()), interpolate(v, locale)));
            }
            errors.sort(java.util.Comparator.comparing(Problem.FieldError::field));
            return problem(400, Messages.format(locale, "error.validation"), null, errors);
        }
        if (e instanceof BusinessException be) {
            int status = be instanceof NotFoundException ? 404 : be instanceof ConflictException ? 409 : 400;
            String message = be.localizedMessage(locale);
            List<Problem.FieldError> errors = be.findings().stream()
                    .map(f -> new Problem.FieldError(f.field(), f.message(locale))).toList();
            return problem(status, message, null, errors);
        }
        if (Failures.isAccessDenied(e)) {
            return problem(403, Messages.format(locale, "error.forbidden"), null, List.of());
        }
        if (e instanceof OptimisticLockException) {
            return problem(409, Messages.format(locale, "error.version.stale"), null, List.of());
        }
        // The failure says the database does not answer, or it says nothing of that and the database does
        // not answer now: a commit cut off by it, which may surface as a refused change too.
        if (DatabaseProbe.explains(e, DatabaseProbe::answers)) {
            LOG.log(Level.SEVERE, "The database does not answer", e);
            return problem(503, Messages.format(locale, "error.unavailable"), null, List.of());
        }
        if (e instanceof PersistenceException) {
            LOG.log(Level.WARNING, "Database refused a change", e);
            return problem(409, Messages.format(locale, "error.conflict"), null, List.of());
        }
        LOG.log(Level.SEVERE, "Unexpected error in REST call", e);
        return problem(500, Messages.format(locale, "error.internal"), null, List.of());
    }

    /** 403 in the caller's language, for a role refused before anything of the request is read. */
    static Response forbidden(Locale locale) {
        return problem(403, Messages.format(locale, "error.forbidden"), null, List.of());
    }

    private static Optional<BusinessException> businessCause(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof BusinessException be) {
                return Optional.of(be);
            }
        }
        return Optional.empty();
    }

    /**
     * A body JSON-B could not bind although {@link JsonBodyCheck} let it pass: the field's path as
     * JSON-B names it, never the binder's own words (class names, parser states).
     */
    private static Response unreadable(Throwable e, Locale locale) {
        LOG.log(Level.FINE, "JSON-B refused a body", e);
        StringBuilder field = new StringBuilder();
        Matcher property = YASSON_PROPERTY.matcher(String.valueOf(e.getMessage()));
        while (property.find()) {
            field.append(field.isEmpty() ? "" : ".").append(property.group(1));
        }
        List<Problem.FieldError> errors = field.isEmpty() ? List.of()
                : List.of(new Problem.FieldError(field.toString(), Messages.format(locale, "json.value")));
        return problem(400, Messages.format(locale, "error.body"), null, errors);
    }

    private static Response problem(int status, String title, String detail, List<Problem.FieldError> errors) {
        return Response.status(status).type(PROBLEM_JSON)
                .entity(new Problem("about:blank", title, status, detail, errors)).build();
    }

    private static String interpolate(ConstraintViolation<?> v, Locale locale) {
        return INTERPOLATOR.interpolate(v.getMessageTemplate(), new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return v.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return v.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new jakarta.validation.ValidationException("unsupported");
            }
        }, locale);
    }
}
