package com.csvendor.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"})
    void formulaStartsBecomeText(String cell) {
        assertEquals("'" + cell, SpreadsheetText.neutralise(cell));
    }

    @Test
    void ordinaryTextAndEmptyCellsStayAsTheyAre() {
        assertEquals("萌宠旗舰店:小美", SpreadsheetText.neutralise("萌宠旗舰店:小美"));
        assertEquals("1,234.50", SpreadsheetText.neutralise("1,234.50"));
        assertEquals("", SpreadsheetText.neutralise(null));
        assertEquals("", SpreadsheetText.neutralise(""));
    }
}
