package com.csvendor.portal.job.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The REST answer to a request that started (or joined) a background job: 202 with the job and its Location. */
public final class JobAnswer {

    private JobAnswer() {
    }

    /** 202 Accepted, the job as the body, Location {@code <resource>/jobs/{id}} (the resource's job status route). */
    public static Response accepted(JobView job, UriInfo uri, Class<?> resource) {
        return Response.accepted(job).location(uri.getBaseUriBuilder().path(resource).path("jobs")
                .path(String.valueOf(job.id())).build()).build();
    }
}
