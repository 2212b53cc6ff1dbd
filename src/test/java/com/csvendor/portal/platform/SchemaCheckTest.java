package com.csvendor.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.platform.SchemaCheck.Actual;
import com.csvendor.portal.platform.SchemaCheck.Expected;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaCheckTest {

    private static final List<Expected> STORE = List.of(
            new Expected("store", "ID", true, "Store.id"),
            new Expected("store", "NAME", true, "Store.name"),
            new Expected("store", "time_zone", false, "Store.timeZone"));

    @Test
    void agreeingSchemaHasNoProblems() {
        List<Actual> db = List.of(new Actual("store", "id", false), new Actual("store", "name", false),
                new Actual("store", "time_zone", true));
        assertEquals(List.of(), SchemaCheck.problems(STORE, db));
    }

    @Test
    void missingColumnIsNamedAsTableDotColumn() {
        List<Actual> db = List.of(new Actual("store", "id", false), new Actual("store", "time_zone", false));
        List<String> problems = SchemaCheck.problems(STORE, db);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("store.NAME: column does not exist"), problems::toString);
        assertTrue(problems.get(0).contains("Store.name"), problems::toString);
    }

    @Test
    void renamedColumnIsReportedUnderTheMappedName() {
        List<Actual> db = List.of(new Actual("store", "id", false), new Actual("store", "store_name", false),
                new Actual("store", "time_zone", false));
        assertEquals(List.of("store.NAME: column does not exist (mapped by Store.name)"),
                SchemaCheck.problems(STORE, db));
    }

    @Test
    void nullableColumnForARequiredMappingIsAProblem() {
        List<Actual> db = List.of(new Actual("store", "id", false), new Actual("store", "name", true),
                new Actual("store", "time_zone", true));
        assertEquals(List.of("store.NAME: column allows NULL but Store.name requires a value"),
                SchemaCheck.problems(STORE, db));
    }

    @Test
    void tableNamesAreCaseSensitiveLikeMariaDbOnLinux() {
        List<Expected> upper = List.of(new Expected("STORE", "id", true, "Store.id"));
        List<Actual> db = List.of(new Actual("store", "id", false));
        assertEquals(List.of("STORE.id: table STORE does not exist (mapped by Store.id)"),
                SchemaCheck.problems(upper, db));
    }
}
