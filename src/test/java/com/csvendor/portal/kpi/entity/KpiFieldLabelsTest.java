package com.csvendor.portal.kpi.entity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.csvendor.portal.shared.Messages;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The profile page's field dropdown and messages naming a field show a label, in both languages. */
class KpiFieldLabelsTest {

    @Test
    void everyFieldHasAChineseAndAnEnglishLabel() {
        assertAll(Arrays.stream(KpiField.values()).map(f -> () -> {
            String zh = Messages.label(Locale.SIMPLIFIED_CHINESE, f);
            String en = Messages.label(Locale.ENGLISH, f);
            assertNotEquals(f.name(), zh, f.name());
            assertNotEquals(f.name(), en, f.name());
            assertNotEquals(en, zh, f.name());
        }));
    }
}
