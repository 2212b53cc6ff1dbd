package com.csvendor.portal.settlement.boundary;

import java.io.Serializable;

/** The outcome of generating a cycle's statement on demand: a new one, or the DRAFT recomputed in place. */
public record Generated(StatementView statement, boolean created) implements Serializable {
}
