package com.csvendor.portal.kpi.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.csvendor.portal.kpi.control.ImportLedger;
import com.csvendor.portal.kpi.control.KpiImportRepository;
import com.csvendor.portal.kpi.entity.ImportChannel;
import com.csvendor.portal.kpi.entity.KpiImport;
import com.csvendor.portal.kpi.entity.StoredFile;
import com.csvendor.portal.platform.InstanceName;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * After a kill -9 the job repository may be gone with the crashed instance's temporary folder: the
 * imports it was running are found by the instance's name when it starts again, not five minutes later.
 */
class StaleImportsTest {

    @Test
    void atStartUpTheImportsStillUnfinishedUnderThisInstancesNameAreFailedAndTheirStagingCleared() throws Exception {
        Map<String, List<KpiImport>> unfinished = Map.of("node-a", List.of(running(11L), running(12L)),
                "node-b", List.of(running(21L)));
        List<Long> failed = new ArrayList<>();
        List<Long> cleared = new ArrayList<>();
        StaleImports stale = new StaleImports();
        stale.imports = new KpiImportRepository() {
            @Override
            public List<KpiImport> findUnfinishedOf(String instance) {
                return unfinished.getOrDefault(instance, List.of());
            }
        };
        stale.ledger = new ImportLedger() {
            @Override
            public boolean fail(long importId, String key, Object... args) {
                assertEquals("kpi.import.interrupted", key);
                return failed.add(importId);
            }
        };
        stale.cleaner = new StagingCleaner() {
            @Override
            public void clear(long importId) {
                cleared.add(importId);
            }
        };
        stale.instance = named("node-a");

        stale.failOwnUnfinished();

        assertEquals(List.of(11L, 12L), failed, "only this instance's imports; node-b's are the sweep's");
        assertEquals(List.of(11L, 12L), cleared);
    }

    private static KpiImport running(long id) throws ReflectiveOperationException {
        KpiImport i = new KpiImport(1L, 2L, ImportChannel.API, "lead", Instant.parse("2071-01-01T00:00:00Z"),
                new StoredFile("a.csv", 1, "00", "stored"), null);
        i.started(5L, Instant.parse("2071-01-01T00:00:01Z"));
        Field f = KpiImport.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(i, id);
        return i;
    }

    private static InstanceName named(String name) throws ReflectiveOperationException {
        InstanceName n = new InstanceName();
        Field f = InstanceName.class.getDeclaredField("configured");
        f.setAccessible(true);
        f.set(n, java.util.Optional.of(name));
        return n;
    }
}
