package com.csvendor.portal.settlement.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.settlement.entity.LineSection;
import com.csvendor.portal.shared.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** The money contract of {@link StatementDraft}, checked on any draft. */
final class DraftChecks {

    static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private DraftChecks() {
    }

    static StatementDraft consistent(StatementDraft s) {
        for (DraftLine l : s.lines()) {
            assertEquals(2, l.amount().scale(), l::toString);
            assertNotNull(l.source(), l::toString);
            assertFalse(l.source().isBlank(), l::toString);
            for (Locale locale : LOCALES) {
                String text = Messages.format(locale, l.explanationKey(), l.args().toArray());
                assertNotEquals(l.explanationKey(), text, () -> "no text for " + l + " in " + locale);
                assertFalse(text.contains("{"), text);
            }
        }
        assertEquals(sum(s, LineSection.FEE), s.feeTotal());
        assertEquals(sum(s, LineSection.PENALTY), s.penaltyTotal());
        assertEquals(sum(s, LineSection.DEPOSIT), s.depositTotal());
        assertEquals(s.feeTotal().add(s.penaltyTotal()).add(sum(s, LineSection.ADJUSTMENT)), s.subtotal());
        BigDecimal rate = s.vatRatePercent().divide(BigDecimal.valueOf(100));
        if (s.pricesIncludeTax()) {
            assertEquals(s.subtotal().divide(BigDecimal.ONE.add(rate), 2, RoundingMode.HALF_UP), s.netAmount());
            assertEquals(s.subtotal(), s.total());
        } else {
            assertEquals(s.subtotal(), s.netAmount());
            assertEquals(s.netAmount().multiply(rate).setScale(2, RoundingMode.HALF_UP), s.taxAmount());
        }
        assertEquals(s.total(), s.netAmount().add(s.taxAmount()));
        assertEquals(s.amountDue(), s.total().add(s.depositTotal()));
        assertTrue(s.penaltyTotal().signum() <= 0, s::toString);
        if (s.penaltyCap() != null) {
            assertTrue(s.penaltyTotal().negate().compareTo(s.penaltyCap()) <= 0, s::toString);
        }
        for (BigDecimal b : List.of(s.feeTotal(), s.penaltyTotal(), s.subtotal(), s.netAmount(), s.taxAmount(),
                s.total(), s.depositTotal(), s.amountDue())) {
            assertEquals(2, b.scale(), s::toString);
        }
        if (!s.finalStatement()) {
            assertEquals(0, s.lines().stream().filter(l -> l.section() == LineSection.DEPOSIT).count());
        }
        return s;
    }

    static BigDecimal sum(StatementDraft s, LineSection section) {
        return s.lines().stream().filter(l -> l.section() == section).map(DraftLine::amount)
                .reduce(new BigDecimal("0.00"), BigDecimal::add);
    }

    static String en(DraftLine l) {
        return Messages.format(Locale.ENGLISH, l.explanationKey(), l.args().toArray());
    }

    static String zh(DraftLine l) {
        return Messages.format(Locale.SIMPLIFIED_CHINESE, l.explanationKey(), l.args().toArray());
    }
}
