package com.csvendor.portal.settlement.boundary;

import com.csvendor.portal.settlement.entity.LineSection;
import java.math.BigDecimal;

/** A statement line as read: how it was computed (in the caller's language) and what it came from. */
public record LineView(int no, LineSection section, String type, BigDecimal quantity, BigDecimal rate,
        BigDecimal amount, String explanation, String source) {
}
