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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of a REST call into problem details in the caller's language
 * (Accept-Language): validation 400 naming the fields, scope or absence 404, role 403, conflicts
 * 409. Unexpected errors are logged with their stack trace and answered without it.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    private static final String PROBLEM_JSON = "application/problem+json";
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
        if (e instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            return problem(status, Response.Status.fromStatusCode(status) == null ? "Error"
                    : Response.Status.fromStatusCode(status).getReasonPhrase(), null, List.of());
        }
        if (e instanceof ProcessingException || e instanceof JsonbException) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return problem(400, Messages.format(locale, "error.body"), cause.getMessage(), List.of());
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
        if (Failures.isDatabaseUnavailable(e)) {
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
