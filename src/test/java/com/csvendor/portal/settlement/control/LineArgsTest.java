package com.csvendor.portal.settlement.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.csvendor.portal.contract.entity.IncidentType;
import com.csvendor.portal.shared.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineArgsTest {

    @Test
    void storedArgumentsExplainALineExactlyAsComputedInBothLanguages() {
        Random rnd = new Random(3L);
        for (int run = 0; run < 300; run++) {
            StatementDraft s = new StatementCalculator().compute(StatementPropertiesTest.input(rnd));
            for (DraftLine l : s.lines()) {
                List<Object> back = LineArgs.decode(LineArgs.encode(l.args()));
                for (var locale : DraftChecks.LOCALES) {
                    assertEquals(Messages.format(locale, l.explanationKey(), l.args().toArray()),
                            Messages.format(locale, l.explanationKey(), back.toArray()));
                }
            }
        }
    }

    @Test
    void everyKindOfArgument() {
        List<Object> args = Arrays.asList(42L, 7, new BigDecimal("0.70"), LocalDate.parse("2026-11-11"),
                IncidentType.DATA_LEAK, "双11 \"quoted\" {0}", null);
        String text = LineArgs.encode(args);
        assertEquals(Arrays.asList(new BigDecimal("42"), new BigDecimal("7"), new BigDecimal("0.70"),
                LocalDate.parse("2026-11-11"), IncidentType.DATA_LEAK, "双11 \"quoted\" {0}", null), LineArgs.decode(text));
    }

    @Test
    void onlyThePortalsOwnEnumsAreLookedUp() {
        assertThrows(IllegalArgumentException.class, () -> LineArgs.decode("[\"e:java.time.DayOfWeek.MONDAY\"]"));
        assertThrows(IllegalArgumentException.class,
                () -> LineArgs.decode("[\"e:com.csvendor.portal.shared.Money.ZERO\"]"));
        assertThrows(IllegalArgumentException.class, () -> LineArgs.decode("[\"x:1\"]"));
    }
}
