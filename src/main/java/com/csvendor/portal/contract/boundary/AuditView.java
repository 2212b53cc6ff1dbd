package com.csvendor.portal.contract.boundary;

import com.csvendor.portal.contract.control.TermsDiff;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One entry of a contract's audit trail, with the fields that changed (before and after). */
public record AuditView(Instant at, String actor, String action, String summary, List<TermsDiff.Change> changes)
        implements Serializable {
}
