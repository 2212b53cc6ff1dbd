package com.csvendor.portal.shared;

import jakarta.enterprise.context.Dependent;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * The reads a background job makes outside its own transactions, each in a short transaction (or the
 * caller's). Payara runs a managed-executor task under a copy of the submitting request's invocation,
 * and a read without a transaction used that invocation's persistence context, shared with the
 * request: when the request returned first it closed the context under the job ("Attempting to
 * execute an operation on a closed EntityManager", a "generate all" with nothing to do, now and then).
 * Only the jobs' own beans use this, each its own instance ({@code @Dependent}): the container's
 * transaction interceptor keeps per-call state in its instance, so a hot repository made
 * {@code @Transactional} would share one interceptor between request threads and import jobs.
 */
@Dependent
public class JobReads {

    @Transactional
    public <T> T read(Supplier<T> query) {
        return query.get();
    }
}
