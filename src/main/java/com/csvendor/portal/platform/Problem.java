package com.csvendor.portal.platform;

import java.util.List;

/** RFC 9457 problem details, with the fields at fault for validation errors. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }
}
