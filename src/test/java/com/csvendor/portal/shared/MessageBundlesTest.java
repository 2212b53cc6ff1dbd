package com.csvendor.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages and the code never show a raw key ({@code ???sla.disputes???}) or a constant's name: every key
 * they use, every label of an enum a user sees and every dynamic key ({@code 'metric.' += r.metric()}) exists
 * in English and in Chinese, and the two bundles have the same keys. Reads the sources, so a new key or
 * enum is checked without touching this test; a new dynamic key prefix must be declared in
 * {@link #DYNAMIC} with the values it takes.
 */
class MessageBundlesTest {

    private static final Path JAVA = Path.of("src/main/java");
    private static final Path PAGES = Path.of("src/main/webapp");

    /** Dynamic key prefixes (in pages: {@code msg['prefix.' += …]}; in code: {@code "prefix." + …}) and their values. */
    private static final Map<String, List<String>> DYNAMIC = new LinkedHashMap<>();

    static {
        DYNAMIC.put("kpi.imports.filter.param.", List.of("store", "vendor", "from", "to"));
        DYNAMIC.put("contracts.action.", List.of("ACTIVE", "SUSPENDED", "EXPIRED", "TERMINATED"));
        DYNAMIC.put("contracts.audit.", contractAuditActions());
        DYNAMIC.put("contracts.wizard.", names(com.csvendor.portal.web.contracts.ContractWizardBacking.Mode.class));
        DYNAMIC.put("contracts.wizard.subtitle.", names(com.csvendor.portal.web.contracts.ContractWizardBacking.Mode.class));
        DYNAMIC.put("comparison.preset.", names(com.csvendor.portal.web.sla.ComparisonPeriods.class));
        DYNAMIC.put("dayOfWeek.", names(DayOfWeek.class));
        DYNAMIC.put("sla.outcome.", names(com.csvendor.portal.sla.control.Outcome.class));
        DYNAMIC.put("sla.notJudged.", List.of("NO_FIGURES", "NO_BASE", "SAMPLE_BELOW_MINIMUM"));
        DYNAMIC.put("reports.rule.", names(com.csvendor.portal.contract.entity.MissingReportRule.class));
        DYNAMIC.put("settlement.action.", lower(com.csvendor.portal.web.settlement.StatementBacking.Step.class));
        DYNAMIC.put("settlement.step.", lower(com.csvendor.portal.web.settlement.StatementBacking.Step.class));
        DYNAMIC.put("settlement.flag.", names(com.csvendor.portal.settlement.control.InvoiceFlag.class));
        DYNAMIC.put("settlement.lineType.", stringConstants(com.csvendor.portal.sla.control.FeeLine.class,
                com.csvendor.portal.sla.control.PenaltyLine.class, com.csvendor.portal.settlement.control.StatementCalculator.class,
                com.csvendor.portal.settlement.control.Adjustments.class));
        DYNAMIC.put("settlement.generateAll.", names(com.csvendor.portal.job.entity.JobState.class));
        DYNAMIC.put("sla.evaluateAll.", names(com.csvendor.portal.job.entity.JobState.class));
        DYNAMIC.put("notification.subject.", names(com.csvendor.portal.notification.entity.NotificationKind.class));
        DYNAMIC.put("notification.body.", names(com.csvendor.portal.notification.entity.NotificationKind.class));
        DYNAMIC.put("work.empty.", names(com.csvendor.portal.work.boundary.WorkKind.class));
        DYNAMIC.put("kpiProfile.builtInName.", com.csvendor.portal.kpi.control.BuiltInProfiles.all().stream()
                .map(com.csvendor.portal.kpi.control.ProfileMapping::code).toList());
        DYNAMIC.put("error.", List.of("403", "404", "500", "expired")); // WEB-INF/includes/error-body.xhtml
        DYNAMIC.put("settlement.line.deposit.", List.of("earnest.storeToVendor", "earnest.vendorToStore",
                "advance.storeToVendor", "advance.vendorToStore"));
    }

    /** Enums that are never shown to a user as such (their values are labelled elsewhere or not at all). */
    private static final Set<String> NOT_SHOWN = Set.of(
            "com.csvendor.portal.web.sla.ComparisonPeriods", // labelled as comparison.preset.*
            "com.csvendor.portal.web.contracts.ContractWizardBacking$Mode", // contracts.wizard.*
            "com.csvendor.portal.web.settlement.StatementBacking$Step", // settlement.action.* / settlement.step.*
            "com.csvendor.portal.sla.control.Outcome", // sla.outcome.*
            "com.csvendor.portal.job.entity.JobState", // settlement.generateAll.* and sla.evaluateAll.* word each state for their job
            "com.csvendor.portal.kpi.control.RollupColumns$Rule", // how a rollup column is computed
            "com.csvendor.portal.kpi.control.FileKind", // which parser reads a file
            "com.csvendor.portal.kpi.entity.KpiField$Kind", // how a field is parsed
            "com.csvendor.portal.sla.boundary.ComparisonRows$Kind", // how a row is formatted
            "com.csvendor.portal.sla.boundary.ComparisonRows$Better", // which way a row is better (shown as marks)
            "com.csvendor.portal.sla.boundary.ComparisonRows$Mark", // worded as comparison.best / comparison.worst
            "com.csvendor.portal.platform.xlsx.XlsxDocument$Fill", // a cell's background colour in a download
            "com.csvendor.portal.demo.DemoKpiFigures$Level", // demo data
            "com.csvendor.portal.kpi.control.XlsxNumbers$Rendering", // cell formats
            "com.csvendor.portal.kpi.control.SpoolTail$State", // upload spooling
            "com.csvendor.portal.kpi.control.ParsedRow$Status", // parser internals
            "com.csvendor.portal.kpi.control.RateUnits$Unit", // parser internals (not the unit.* of a field)
            "com.csvendor.portal.contract.boundary.ContractAlert$Kind", // API field; pages word alerts by key
            "com.csvendor.portal.web.contracts.FeeParameters$Parameter", // labelled as term.fees.*
            "com.csvendor.portal.notification.control.MailSettings$Tls"); // a configuration value

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)'\\]|\\bkey=\"([A-Za-z][\\w.]+)\"");
    private static final Pattern PAGE_DYNAMIC = Pattern.compile("msg\\['([^']+\\.)'\\s*\\+=\\s*([^]]*)\\]");
    private static final Pattern PAGE_SUFFIX = Pattern.compile("\\+=\\s*'([^']+)'\\s*$");
    private static final Pattern CODE_LITERAL = Pattern.compile("(@\\w+\\(\\s*)?\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+\\.?)\"");
    private static final Pattern ENUM = Pattern.compile("\\benum\\s+([A-Z]\\w*)");

    private final Properties english = bundle("messages.properties");
    private final Properties chinese = bundle("messages_zh_CN.properties");

    @Test
    void bothBundlesHaveTheSameKeys() {
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(chinese.stringPropertyNames());
        Set<String> onlyChinese = new TreeSet<>(chinese.stringPropertyNames());
        onlyChinese.removeAll(english.stringPropertyNames());
        assertEquals("", (onlyEnglish.isEmpty() ? "" : "only in English: " + onlyEnglish)
                + (onlyChinese.isEmpty() ? "" : " only in Chinese: " + onlyChinese));
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        List<String> missing = new ArrayList<>();
        int used = 0;
        for (Path page : files(PAGES, ".xhtml")) {
            String text = Files.readString(page);
            Matcher m = PAGE_KEY.matcher(text);
            while (m.find()) {
                used++;
                check(m.group(1) != null ? m.group(1) : m.group(2), PAGES.relativize(page).toString(), missing);
            }
            Matcher d = PAGE_DYNAMIC.matcher(text);
            while (d.find()) {
                Matcher suffix = PAGE_SUFFIX.matcher(d.group(2));
                String prefix = d.group(1);
                checkDynamic(prefix, suffix.find() ? suffix.group(1) : "", PAGES.relativize(page).toString(), missing);
            }
        }
        assertTrue(used > 500, "found only " + used + " keys in the pages");
        assertEquals(List.of(), missing);
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> prefixes = new TreeSet<>();
        english.stringPropertyNames().forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        List<String> missing = new ArrayList<>();
        int used = 0;
        for (Path source : files(JAVA, ".java")) {
            Matcher m = CODE_LITERAL.matcher(Files.readString(source));
            while (m.find()) {
                String literal = m.group(2);
                if (m.group(1) != null || !prefixes.contains(literal.substring(0, literal.indexOf('.'))) || isFieldPath(literal)) {
                    continue;
                }
                used++;
                if (literal.endsWith(".")) {
                    checkDynamic(literal, "", source.getFileName().toString(), missing);
                } else {
                    check(literal, source.getFileName().toString(), missing);
                }
            }
        }
        assertTrue(used > 400, "found only " + used + " keys in the code");
        assertEquals(List.of(), missing);
    }

    @Test
    void everyEnumAUserSeesHasALabelInBothLanguages() throws Exception {
        List<String> missing = new ArrayList<>();
        int enums = 0;
        for (Path source : files(JAVA, ".java")) {
            Matcher m = ENUM.matcher(Files.readString(source));
            while (m.find()) {
                Class<?> type = enumClass(source, m.group(1));
                if (NOT_SHOWN.contains(type.getName())) {
                    continue;
                }
                enums++;
                for (Object constant : type.getEnumConstants()) {
                    String simple = type.getSimpleName();
                    String key = Character.toLowerCase(simple.charAt(0)) + simple.substring(1) + "." + ((Enum<?>) constant).name();
                    check(key, type.getName(), missing);
                }
            }
        }
        assertTrue(enums > 25, "found only " + enums + " enums");
        assertEquals(List.of(), missing);
    }

    /** In a message with arguments a lone apostrophe starts a quote: "{0} of {1}" would show as written. */
    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() {
        java.util.regex.Pattern lone = java.util.regex.Pattern.compile("(?<!')'(?!')");
        for (Properties b : List.of(english, chinese)) {
            List<String> wrong = b.stringPropertyNames().stream().sorted()
                    .filter(k -> b.getProperty(k).matches("(?s).*\\{\\d.*") && lone.matcher(b.getProperty(k)).find())
                    .toList();
            assertEquals(List.of(), wrong, "single apostrophes in messages with arguments (write '')");
        }
    }

    @Test
    void labelsUseTheReadersLanguage() {
        assertEquals("Active", Messages.label(Locale.ENGLISH,
                com.csvendor.portal.contract.entity.ContractStatus.ACTIVE));
        assertEquals(chinese.getProperty("contractStatus.ACTIVE"), Messages.label(Locale.SIMPLIFIED_CHINESE,
                com.csvendor.portal.contract.entity.ContractStatus.ACTIVE));
    }

    @Test
    void aListOfEnumsInAMessageReadsAsLabels() {
        List<com.csvendor.portal.contract.entity.ServiceType> types = List.of(
                com.csvendor.portal.contract.entity.ServiceType.PRE_SALES,
                com.csvendor.portal.contract.entity.ServiceType.REVIEW_FOLLOW_UP);
        String english = Messages.format(Locale.ENGLISH, "contract.overlap", "C-1", types, "2031-01-01", "2031-12-31");
        assertTrue(english.contains("also covers Pre-sales, Review follow-up;"), english);
        String chinese = Messages.format(Locale.SIMPLIFIED_CHINESE, "contract.overlap", "C-1", types, "2031-01-01",
                "2031-12-31");
        assertTrue(chinese.contains(this.chinese.getProperty("serviceType.PRE_SALES") + "、"
                + this.chinese.getProperty("serviceType.REVIEW_FOLLOW_UP")), chinese);
    }

    @Test
    void countsReadSingularOrPluralInEnglish() {
        assertEquals("net 1 day", Messages.format(Locale.ENGLISH, "contracts.netDays", 1));
        assertEquals("net 30 days", Messages.format(Locale.ENGLISH, "contracts.netDays", 30));
        String line = Messages.format(Locale.ENGLISH, "settlement.line.temporaryAgents", new java.math.BigDecimal("1"),
                new java.math.BigDecimal("1"), new java.math.BigDecimal("300"), "2026-11-09", "2026-11-09");
        assertTrue(line.endsWith(": 1 agent × 1 day × ¥300.00"), line);
        assertEquals("Evaluated: 1 result and 0 settlement cycles up to date.",
                Messages.format(Locale.ENGLISH, "sla.evaluated", 1, 0));
        assertTrue(Messages.format(Locale.ENGLISH, "kpi.result.published", 1L, "2026-11-01", "2026-11-01")
                .startsWith("Imported 1 row for"));
    }

    private void check(String key, String where, List<String> missing) {
        if (!english.containsKey(key)) {
            missing.add(where + ": " + key + " (English)");
        }
        if (!chinese.containsKey(key)) {
            missing.add(where + ": " + key + " (Chinese)");
        }
    }

    private void checkDynamic(String prefix, String suffix, String where, List<String> missing) {
        List<String> values = DYNAMIC.get(prefix);
        if (values == null) {
            values = enumValuesFor(prefix);
        }
        if (values == null) {
            missing.add(where + ": " + prefix + "… (declare its values in MessageBundlesTest.DYNAMIC)");
            return;
        }
        values.forEach(v -> check(prefix + v + suffix, where, missing));
    }

    /** {@code 'metric.' += …}: the enum whose labels {@link Messages#label} looks up, when there is one. */
    private static List<String> enumValuesFor(String prefix) {
        String name = prefix.substring(0, prefix.length() - 1);
        if (name.contains(".")) {
            return null;
        }
        try (Stream<Path> all = Files.walk(JAVA)) {
            String simple = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            for (Path source : all.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (Pattern.compile("\\benum\\s+" + simple + "\\b").matcher(Files.readString(source)).find()) {
                    return names(enumClass(source, simple));
                }
            }
            return null;
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A contract term's path ({@code fees.seatPrice}) names a field; its label is {@code term.<path>}. */
    private boolean isFieldPath(String literal) {
        return english.containsKey("term." + literal) || literal.startsWith("terms.") && !english.containsKey(literal)
                && english.containsKey("term." + literal.substring("terms.".length()))
                || literal.startsWith("settlement.") && english.containsKey("term." + literal);
    }

    private static Class<?> enumClass(Path source, String simple) throws ClassNotFoundException {
        String top = JAVA.relativize(source).toString().replace('/', '.').replaceAll("\\.java$", "");
        String name = top.endsWith("." + simple) ? top : top + "$" + simple;
        return Class.forName(name);
    }

    private static List<String> names(Class<?> type) {
        return Stream.of(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }

    private static List<String> lower(Class<?> type) {
        return names(type).stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    private static List<String> stringConstants(Class<?>... holders) {
        List<String> values = new ArrayList<>();
        for (Class<?> holder : holders) {
            for (Field f : holder.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers()) && f.getType() == String.class) {
                    try {
                        values.add((String) f.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return values;
    }

    /** The actions written to a contract's audit trail, which its history page words as contracts.audit.*. */
    private static List<String> contractAuditActions() {
        Set<String> actions = new TreeSet<>();
        Pattern call = Pattern.compile("(?:auditor\\.record\\(\\w+,|audit\\.record\\(\"CONTRACT\",)([^;]*);");
        Pattern constant = Pattern.compile("\"([A-Z][A-Z_]+)\"");
        try {
            for (Path source : files(JAVA, ".java")) {
                String text = Files.readString(source);
                if (!text.contains("ContractAuditor") && !text.contains("\"CONTRACT\"")) {
                    continue;
                }
                Matcher m = call.matcher(text);
                while (m.find()) {
                    Matcher c = constant.matcher(m.group(1));
                    while (c.find()) {
                        actions.add(c.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return List.copyOf(actions);
    }

    private static List<Path> files(Path root, String ending) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.toString().endsWith(ending)).sorted().toList();
        }
    }

    private static Properties bundle(String name) {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }
}
