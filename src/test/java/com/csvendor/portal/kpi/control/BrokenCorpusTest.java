package com.csvendor.portal.kpi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broken-file corpus without a server: each file is refused by the reader or the parser with the
 * key {@code expected.properties} names, except the two classes only the database can tell (an
 * account nobody holds, a figure the portal already has), whose rows parse. KpiBrokenFilesIT
 * uploads the same files to the real portal.
 */
class BrokenCorpusTest {

    private static final java.time.LocalDate DAY = java.time.LocalDate.of(2026, 6, 1);
    private static final Set<String> DATABASE_CLASSES = Set.of("kpi.row.unknownAccount", "kpi.row.emptier");

    @TempDir
    Path dir;

    @Test
    void everyBrokenFileIsRefusedWithItsExpectedKey() throws IOException {
        Properties expected = BrokenCorpus.expected();
        assertTrue(expected.size() >= 8, expected::toString);
        for (String name : new TreeSet<>(expected.stringPropertyNames())) {
            Path file = KpiFixtures.write(dir, name, BrokenCorpus.file(name, DAY));
            Set<String> keys = new TreeSet<>();
            try {
                for (ParsedRow row : KpiFixtures.parseAll(file, null)) {
                    row.problems().forEach(p -> keys.add(p.key()));
                }
            } catch (InvalidInputException refused) {
                keys.add(refused.messageKey());
            }
            String key = expected.getProperty(name);
            assertEquals(DATABASE_CLASSES.contains(key) ? Set.of() : Set.of(key), keys, name);
        }
    }

    @Test
    void theBaselineFileParsesWhole() throws IOException {
        Path file = KpiFixtures.write(dir, "good.csv", BrokenCorpus.file("baseline-good.csv", DAY));
        List<ParsedRow> rows = KpiFixtures.parseAll(file, null);
        assertEquals(List.of(ParsedRow.Status.DATA, ParsedRow.Status.DATA, ParsedRow.Status.DATA),
                rows.stream().map(ParsedRow::status).toList());
    }
}
