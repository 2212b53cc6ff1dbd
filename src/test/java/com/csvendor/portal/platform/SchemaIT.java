package com.csvendor.portal.platform;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.platform.SchemaCheck.Actual;
import com.csvendor.portal.platform.SchemaCheck.Expected;
import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.VersionLockingPolicy;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.AggregateCollectionMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.ManyToManyMapping;
import org.eclipse.persistence.sessions.Session;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the deployed portal on the Flyway-migrated MariaDB database and proves that the JPA
 * mappings and the schema agree: every mapped table and column exists, columns of required
 * mappings, ids and versions are NOT NULL, every entity can be queried, every migration succeeded.
 */
@ExtendWith(ArquillianExtension.class)
class SchemaIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer().addClasses(SchemaCheck.class, Expected.class, Actual.class);
    }

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    @Test
    void everyMappedColumnExistsAndRequiredOnesAreNotNull() throws SQLException {
        List<Expected> expected = expectedColumns();
        assertTrue(expected.size() > 20, () -> "too few mapped columns found: " + expected);
        List<String> problems = SchemaCheck.problems(expected, databaseColumns());
        assertEquals(List.of(), problems, () -> "JPA mappings and database schema disagree:\n" + String.join("\n", problems));
    }

    @Test
    void theCheckNamesAColumnTheDatabaseLacks() throws SQLException {
        List<Actual> withoutCreditCode = databaseColumns().stream()
                .filter(a -> !(a.table().equals("vendor") && a.column().equalsIgnoreCase("credit_code"))).toList();
        List<String> problems = SchemaCheck.problems(expectedColumns(), withoutCreditCode);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).toLowerCase().startsWith("vendor.credit_code: column does not exist"), problems::toString);
    }

    @Test
    void everyVersionedEntityHasANotNullVersionColumn() throws SQLException {
        List<Expected> versions = new ArrayList<>();
        for (ClassDescriptor d : entityDescriptors()) {
            if (d.getOptimisticLockingPolicy() instanceof VersionLockingPolicy policy) {
                DatabaseField field = policy.getWriteLockField();
                versions.add(new Expected(tableOf(field, d), field.getName(), true, d.getAlias() + " @Version"));
            }
        }
        Set<String> versioned = versions.stream().map(Expected::origin).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(versioned.containsAll(Set.of("Store @Version", "Vendor @Version", "Agent @Version",
                "PortalUser @Version")), versioned::toString);
        assertEquals(List.of(), SchemaCheck.problems(versions, databaseColumns()));
    }

    @Test
    void everyEntityCanBeQueried() {
        Set<EntityType<?>> entities = em.getMetamodel().getEntities();
        assertEquals(entityDescriptors().size(), entities.size(), "metamodel and EclipseLink descriptors differ");
        assertAll(entities.stream().map(entity -> () -> {
            List<?> rows = em.createQuery("SELECT e FROM " + entity.getName() + " e").setMaxResults(1).getResultList();
            assertTrue(rows.size() <= 1, entity.getName());
        }));
    }

    @Test
    void everyMigrationSucceededAndNoneIsPending() throws SQLException {
        MigrationInfoService info = Flyway.configure(getClass().getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration").load().info();
        assertTrue(info.all().length > 0, "no migrations found on the class path");
        assertEquals(List.of(), Arrays.stream(info.pending()).map(MigrationInfo::getScript).toList(), "pending");
        assertAll(Arrays.stream(info.all()).map(m -> () ->
                assertEquals(MigrationState.SUCCESS, m.getState(), m.getScript())));

        Set<String> scripts = new LinkedHashSet<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT script, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
            while (rs.next()) {
                assertTrue(rs.getBoolean("success"), () -> "failed migration in history: " + scriptOf(rs));
                scripts.add(rs.getString("script"));
            }
        }
        assertEquals(Arrays.stream(info.all()).map(MigrationInfo::getScript).collect(Collectors.toSet()), scripts);
    }

    private static String scriptOf(ResultSet rs) {
        try {
            return rs.getString("script");
        } catch (SQLException e) {
            return "?";
        }
    }

    private List<ClassDescriptor> entityDescriptors() {
        Session session = em.getEntityManagerFactory().unwrap(Session.class);
        return session.getDescriptors().values().stream()
                .filter(d -> !d.isAggregateDescriptor() && !d.isAggregateCollectionDescriptor()).toList();
    }

    /** The columns of every entity table, element-collection table and join table EclipseLink uses. */
    private List<Expected> expectedColumns() {
        List<Expected> expected = new ArrayList<>();
        for (ClassDescriptor d : entityDescriptors()) {
            for (DatabaseField field : d.getFields()) {
                DatabaseMapping mapping = d.getObjectBuilder().getMappingForField(field);
                String origin = d.getAlias() + "." + (mapping == null ? field.getName() : mapping.getAttributeName());
                expected.add(new Expected(tableOf(field, d), field.getName(), !field.isNullable(), origin));
            }
            for (DatabaseField id : d.getPrimaryKeyFields()) {
                expected.add(new Expected(tableOf(id, d), id.getName(), true, d.getAlias() + " id"));
            }
            for (DatabaseMapping mapping : d.getMappings()) {
                String origin = d.getAlias() + "." + mapping.getAttributeName();
                if (mapping instanceof DirectCollectionMapping collection) {
                    String table = collection.getReferenceTableName();
                    expected.add(column(table, collection.getDirectField(), origin));
                    collection.getReferenceKeyFields().forEach(f -> expected.add(column(table, f, origin)));
                } else if (mapping instanceof ManyToManyMapping join) {
                    String table = join.getRelationTableName();
                    join.getSourceRelationKeyFields().forEach(f -> expected.add(column(table, f, origin)));
                    join.getTargetRelationKeyFields().forEach(f -> expected.add(column(table, f, origin)));
                } else if (mapping instanceof AggregateCollectionMapping embeddables) {
                    ClassDescriptor target = embeddables.getReferenceDescriptor();
                    target.getFields().forEach(f -> expected.add(new Expected(tableOf(f, target), f.getName(),
                            !f.isNullable(), origin)));
                }
            }
        }
        return expected;
    }

    private static Expected column(String table, DatabaseField field, String origin) {
        return new Expected(table, field.getName(), !field.isNullable(), origin);
    }

    private static String tableOf(DatabaseField field, ClassDescriptor owner) {
        return field.getTableName() == null || field.getTableName().isEmpty() ? owner.getTableName()
                : field.getTableName();
    }

    private List<Actual> databaseColumns() throws SQLException {
        List<Actual> columns = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT table_name, column_name, is_nullable FROM information_schema.columns"
                        + " WHERE table_schema = DATABASE()")) {
            while (rs.next()) {
                columns.add(new Actual(rs.getString(1), rs.getString(2), "YES".equals(rs.getString(3))));
            }
        }
        assertFalse(columns.isEmpty(), "information_schema shows no columns in the current database");
        return columns;
    }
}
