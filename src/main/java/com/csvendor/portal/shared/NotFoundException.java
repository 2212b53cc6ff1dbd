package com.csvendor.portal.shared;

/** The object does not exist — or exists outside the caller's scope, which must look the same. */
public class NotFoundException extends BusinessException {

    public NotFoundException(String kind, Object id) {
        super(null, "error.notFound", kind, String.valueOf(id));
    }
}
