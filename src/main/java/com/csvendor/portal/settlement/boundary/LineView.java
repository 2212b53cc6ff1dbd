package com.csvendor.portal.settlement.boundary;

import com.csvendor.portal.settlement.entity.LineSection;
import java.io.Serializable;
import java.math.BigDecimal;

/** One statement line as shown: its explanation formatted in the caller's language, its source as stored. */
public record LineView(int no, LineSection section, String type, BigDecimal quantity, BigDecimal rate,
        BigDecimal amount, String explanation, String source) implements Serializable {
}
