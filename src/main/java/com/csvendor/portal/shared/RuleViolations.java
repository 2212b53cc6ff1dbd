package com.csvendor.portal.shared;

import java.util.List;

/** Several inputs break business rules at once; all of them are reported, not just the first. */
public class RuleViolations extends InvalidInputException {

    private final transient List<Finding> findings;

    public RuleViolations(List<Finding> findings) {
        super(findings.get(0).field(), findings.get(0).key(), findings.get(0).arguments());
        this.findings = List.copyOf(findings);
    }

    /** Throws when there is anything to report. */
    public static void throwIfAny(List<Finding> findings) {
        if (!findings.isEmpty()) {
            throw new RuleViolations(findings);
        }
    }

    @Override
    public List<Finding> findings() {
        return findings;
    }
}
