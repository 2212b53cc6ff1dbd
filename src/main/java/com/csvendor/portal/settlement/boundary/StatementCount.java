package com.csvendor.portal.settlement.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** How many statements a filter finds, and the sum of their amounts due. */
public record StatementCount(long count, BigDecimal amountDue) implements Serializable {
}
