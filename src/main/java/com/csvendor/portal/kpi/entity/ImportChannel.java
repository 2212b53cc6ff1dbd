package com.csvendor.portal.kpi.entity;

/** How a report arrived: the upload page or the REST API of a vendor's system. */
public enum ImportChannel {
    WEB, API
}
