package com.csvendor.portal.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

public class SnapshotsTest {

    public record Sample(String name, Set<String> roles, Long vendorId, boolean active) {
    }

    @Test
    void fieldsAreWrittenInNameOrderSoAnUnchangedSubjectGivesTheSameText() {
        assertEquals("{\"active\":true,\"name\":\"a\",\"roles\":[\"ADMIN\"]}",
                Snapshots.json(new Sample("a", Set.of("ADMIN"), null, true)));
    }

    @Test
    void changedFieldsNamesTheFieldsThatDifferIncludingOnesThatAppearOrDisappear() {
        String before = Snapshots.json(new Sample("a", Set.of("FINANCE"), null, true));
        String after = Snapshots.json(new Sample("a", Set.of("VENDOR_LEAD"), 7L, true));
        assertEquals(List.of("roles", "vendorId"), Snapshots.changedFields(before, after));
    }

    @Test
    void nothingChangedBetweenEqualSnapshots() {
        String same = Snapshots.json(new Sample("a", Set.of("ADMIN"), 1L, false));
        assertEquals(List.of(), Snapshots.changedFields(same, same));
    }

    @Test
    void everyFieldOfANewSubjectCountsAsChanged() {
        assertEquals(List.of("active", "name"), Snapshots.changedFields(null, "{\"name\":\"a\",\"active\":true}"));
    }
}
