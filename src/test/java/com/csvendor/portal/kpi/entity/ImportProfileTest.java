package com.csvendor.portal.kpi.entity;

import static com.csvendor.portal.kpi.entity.KpiField.AGENT_ACCOUNT;
import static com.csvendor.portal.kpi.entity.KpiField.BUSINESS_DATE;
import static com.csvendor.portal.kpi.entity.KpiField.RECEIVED;
import static com.csvendor.portal.kpi.entity.KpiField.SATISFACTION_RATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.kpi.control.BuiltInProfiles;
import com.csvendor.portal.kpi.control.ProfileMapping;
import com.csvendor.portal.shared.Finding;
import com.csvendor.portal.shared.InvalidInputException;
import com.csvendor.portal.shared.RuleViolations;
import com.csvendor.portal.store.entity.Platform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportProfileTest {

    private static final List<HeaderAlias> MINIMAL = List.of(
            new HeaderAlias("客服账号", AGENT_ACCOUNT), new HeaderAlias("日期", BUSINESS_DATE));

    private static ImportProfile profile(List<HeaderAlias> aliases) {
        return new ImportProfile(" my-shop_1 ", " 我的模板 ", null, aliases);
    }

    private static List<HeaderAlias> with(HeaderAlias... more) {
        List<HeaderAlias> all = new ArrayList<>(MINIMAL);
        all.addAll(Arrays.asList(more));
        return all;
    }

    private static RuleViolations violations(Runnable change) {
        return assertThrows(RuleViolations.class, change::run);
    }

    private static List<String> fields(RuleViolations e) {
        return e.findings().stream().map(Finding::field).toList();
    }

    private static List<String> keys(RuleViolations e) {
        return e.findings().stream().map(Finding::key).toList();
    }

    @Test
    void aNewProfileHasAnUpperCaseCodeATrimmedNameAndIsNotBuiltIn() {
        ImportProfile p = profile(MINIMAL);
        assertEquals("MY-SHOP_1", p.getCode());
        assertEquals("我的模板", p.getName());
        assertNull(p.getPlatform());
        assertFalse(p.isBuiltIn());
        assertEquals(MINIMAL, p.getAliases());
        assertEquals(MINIMAL, profile(List.of(MINIMAL.get(1), MINIMAL.get(0))).getAliases());
    }

    @Test
    void everyBuiltInProfileKeepsItsInvariantsAndReadsAsShipped() {
        for (ProfileMapping shipped : BuiltInProfiles.all()) {
            ImportProfile p = ImportProfile.builtIn(shipped, Platform.JD);
            assertTrue(p.isBuiltIn(), shipped.code());
            assertEquals(shipped, p.toMapping(), shipped.code());
            assertEquals(shipped.aliases().size(), p.getAliases().size(), shipped.code());
        }
    }

    @Test
    void theMappingMatchesHeadersAsNormalized() {
        ProfileMapping mapping = profile(with(new HeaderAlias("满意度", SATISFACTION_RATE))).toMapping();
        assertEquals("MY-SHOP_1", mapping.code());
        assertEquals(Optional.of(AGENT_ACCOUNT), mapping.fieldOf(" 客服 账号\uFEFF"));
        assertEquals(Optional.of(SATISFACTION_RATE), mapping.fieldOf("满意度"));
        assertEquals(Optional.empty(), mapping.fieldOf("满意"));
    }

    @Test
    void theAgentAccountAndTheDateMustBeMapped() {
        RuleViolations e = violations(() -> profile(List.of(new HeaderAlias("接待人数", RECEIVED))));
        assertEquals(List.of("aliases", "aliases"), fields(e));
        assertEquals(List.of("kpiProfile.alias.required", "kpiProfile.alias.required"), keys(e));
        List<Object> missing = e.findings().stream().map(f -> f.arguments()[0]).toList();
        assertTrue(missing.containsAll(List.of(AGENT_ACCOUNT, BUSINESS_DATE)), missing::toString);
    }

    @Test
    void aHeaderIsListedOnceAsNormalizedEvenForAnotherField() {
        RuleViolations e = violations(() -> profile(with(new HeaderAlias("ＡＢＣ 率", RECEIVED),
                new HeaderAlias("abc率", SATISFACTION_RATE))));
        assertEquals(List.of("aliases[3].header"), fields(e));
        assertEquals("kpiProfile.alias.duplicate", e.messageKey());
        assertEquals("abc率", e.findings().get(0).arguments()[0]);
    }

    @Test
    void aHeaderIsNotBlankNorInvisible() {
        RuleViolations e = violations(() -> profile(with(new HeaderAlias("  ", RECEIVED),
                new HeaderAlias("\u200B\uFEFF", RECEIVED), new HeaderAlias(null, RECEIVED))));
        assertEquals(List.of("aliases[2].header", "aliases[3].header", "aliases[4].header"), fields(e));
        assertEquals(List.of("kpiProfile.alias.blank"), keys(e).stream().distinct().toList());
    }

    @Test
    void aHeaderHasAtMost100Characters() {
        profile(with(new HeaderAlias("接".repeat(100), RECEIVED)));
        RuleViolations e = violations(() -> profile(with(new HeaderAlias("接".repeat(101), RECEIVED))));
        assertEquals(List.of("aliases[2].header"), fields(e));
        assertEquals("kpiProfile.alias.tooLong", e.messageKey());
    }

    @Test
    void aHeaderLongerOnceNormalizedIsRefusedToo() {
        // NFKC writes the ligature ﷺ as 18 letters: the normalized key must still fit its column.
        RuleViolations e = violations(() -> profile(with(new HeaderAlias("\uFDFA".repeat(10), RECEIVED))));
        assertEquals("kpiProfile.alias.tooLong", e.messageKey());
    }

    @Test
    void everyAliasMeansAField() {
        RuleViolations e = violations(() -> profile(with(new HeaderAlias("接待人数", null), null)));
        assertEquals(List.of("aliases[2].field", "aliases[3].header", "aliases[3].field"), fields(e));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        RuleViolations e = violations(() -> profile(List.of(new HeaderAlias("", RECEIVED),
                new HeaderAlias("x", RECEIVED), new HeaderAlias("X", RECEIVED))));
        assertEquals(List.of("aliases[0].header", "aliases[2].header", "aliases", "aliases"), fields(e));
    }

    @Test
    void replacingMakesTheAliasesExactlyTheGivenOnesListedByFieldThenHeader() {
        ImportProfile p = profile(with(new HeaderAlias("满意度", SATISFACTION_RATE), new HeaderAlias("接待量", RECEIVED)));
        p.replaceAliases(List.of(new HeaderAlias("新列", RECEIVED), new HeaderAlias("接待 量", RECEIVED),
                new HeaderAlias("日期", BUSINESS_DATE), new HeaderAlias(" 客服账号 ", AGENT_ACCOUNT)));
        assertEquals(List.of(new HeaderAlias("客服账号", AGENT_ACCOUNT), new HeaderAlias("日期", BUSINESS_DATE),
                new HeaderAlias("接待 量", RECEIVED), new HeaderAlias("新列", RECEIVED)), p.getAliases());
        assertEquals(Optional.of(RECEIVED), p.toMapping().fieldOf("接待量"));
        assertEquals(Optional.empty(), p.toMapping().fieldOf("满意度"));
    }

    @Test
    void aRefusedReplacementChangesNothing() {
        ImportProfile p = profile(with(new HeaderAlias("满意度", SATISFACTION_RATE)));
        List<HeaderAlias> before = p.getAliases();
        violations(() -> p.replaceAliases(List.of(new HeaderAlias("满意度", SATISFACTION_RATE))));
        assertEquals(before, p.getAliases());
    }

    @Test
    void renamesAndChangesPlatform() {
        ImportProfile p = profile(MINIMAL);
        p.rename(" 京东新版 ");
        p.changePlatform(Platform.JD);
        assertEquals("京东新版", p.getName());
        assertEquals(Platform.JD, p.getPlatform());
        assertEquals("name", assertThrows(InvalidInputException.class, () -> p.rename(" ")).field());
        assertEquals("name", assertThrows(InvalidInputException.class, () -> p.rename("名".repeat(101))).field());
        assertEquals("京东新版", p.getName());
    }

    @Test
    void aCodeIsLettersDigitsDashAndUnderscoreOnly() {
        for (String bad : new String[] {"", "京东", "A B", "A".repeat(33)}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> new ImportProfile(bad, "n", null, MINIMAL), bad);
            assertEquals("code", e.field(), bad);
        }
    }
}
