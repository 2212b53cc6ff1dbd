package com.csvendor.portal.contract.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractPdfFileNameTest {

    private static ContractView version(String number, int version) {
        return new ContractView(1, number, 2, "PETS-TM", "萌宠天猫店", 3, "云帆客服", null, null, null, null, null,
                null, null, null, version, version, null, null, null, List.of(), Set.of(), false, null, null, 0);
    }

    @Test
    void theChineseAndTheEnglishPdfOfOneVersionHaveDifferentNames() {
        ContractView c = version("HT-2026-001", 2);
        assertEquals("HT-2026-001-v2-zh.pdf", ContractPdf.fileName(c, Locale.SIMPLIFIED_CHINESE));
        assertEquals("HT-2026-001-v2-en.pdf", ContractPdf.fileName(c, Locale.ENGLISH));
        assertNotEquals(ContractPdf.fileName(c, Locale.CHINESE), ContractPdf.fileName(c, Locale.UK));
    }

    @Test
    void aLanguageOtherThanChineseGetsTheEnglishName() {
        assertEquals("合同-7-v1-en.pdf", ContractPdf.fileName(version("合同-7", 1), Locale.GERMAN));
    }
}
