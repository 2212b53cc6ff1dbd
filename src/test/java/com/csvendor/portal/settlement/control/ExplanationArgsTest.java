package com.csvendor.portal.settlement.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.shared.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExplanationArgsTest {

    @Test
    void argumentsComeBackAsTheyWentInSoTheExplanationFormatsTheSame() {
        List<Object> args = List.of(3, new BigDecimal("0.70"), LocalDate.of(2026, 10, 1), Metric.SATISFACTION_RATE,
                "双11 \"大促\"", 3120L);
        List<Object> back = ExplanationArgs.decode(ExplanationArgs.encode(args));
        assertEquals(List.of(new BigDecimal("3"), new BigDecimal("0.70"), LocalDate.of(2026, 10, 1),
                Metric.SATISFACTION_RATE, "双11 \"大促\"", new BigDecimal("3120")), back);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            assertEquals(Messages.format(locale, "settlement.line.temporaryAgents", 3, 4, new BigDecimal("300.00"),
                    LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 4)), Messages.format(locale,
                            "settlement.line.temporaryAgents", ExplanationArgs.decode(ExplanationArgs.encode(List.of(3,
                                    4, new BigDecimal("300.00"), LocalDate.of(2026, 11, 1),
                                    LocalDate.of(2026, 11, 4)))).toArray()));
        }
    }
}
