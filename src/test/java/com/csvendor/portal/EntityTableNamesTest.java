package com.csvendor.portal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * EclipseLink names the table of an entity without {@code @Table} after the entity in upper case
 * ({@code STORE}); MariaDB and MySQL on Linux compare table names case-sensitively, so such an
 * entity finds no table there (H2 in MySQL mode hides it). Every entity names its lower-case table.
 */
class EntityTableNamesTest {

    @Test
    void everyEntityNamesItsTableInLowerCase() {
        List<Class<?>> entities = ClassScan.annotatedWith(Entity.class);
        assertTrue(entities.size() >= 5, entities::toString);
        assertAll(entities.stream().map(entity -> () -> {
            Table table = entity.getAnnotation(Table.class);
            assertNotNull(table, entity.getSimpleName() + " has no @Table: EclipseLink would use an upper-case name");
            assertEquals(table.name().toLowerCase(Locale.ROOT), table.name(), entity.getSimpleName());
            assertTrue(!table.name().isBlank(), entity.getSimpleName());
        }));
    }
}
