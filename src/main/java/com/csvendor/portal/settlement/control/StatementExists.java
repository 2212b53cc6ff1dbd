package com.csvendor.portal.settlement.control;

import com.csvendor.portal.shared.ConflictException;
import java.time.LocalDate;

/** The cycle's regular statement was written meanwhile (by another request or portal instance). */
public class StatementExists extends ConflictException {

    public StatementExists(long contractId, LocalDate cycleStart) {
        super("cycleStart", "statement.generate.exists", contractId, cycleStart);
    }
}
