package com.csvendor.portal.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import org.junit.jupiter.api.Test;

/**
 * EclipseLink 4.0.7 leaves the statement of every identity insert open when it reads the key with
 * getGeneratedKeys (eclipse-ee4j/eclipselink#2366); on MySQL/MariaDB Connector/J then keeps each
 * one in the pooled connection for good. The portal's platform does not use generated keys there.
 */
class PortalMySqlPlatformTest {

    static Connection connectedTo(String product) {
        DatabaseMetaData metaData = (DatabaseMetaData) Proxy.newProxyInstance(DatabaseMetaData.class.getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getDatabaseProductName" -> product;
                    case "getDatabaseProductVersion" -> product.equals("MySQL") ? "5.5.5-10.11.19-MariaDB" : "2.2.224";
                    case "getDatabaseMajorVersion" -> 10;
                    case "getDatabaseMinorVersion" -> 11;
                    case "getDriverVersion" -> "9.1.0";
                    default -> null;
                });
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> method.getName().equals("getMetaData") ? metaData : null);
    }

    @Test
    void theStockMySqlPlatformReadsIdentitiesWithGeneratedKeys() {
        assertTrue(new org.eclipse.persistence.platform.database.MySQLPlatform().supportsReturnGeneratedKeys(),
                "if EclipseLink changes this default, the workaround may no longer be needed");
    }

    @Test
    void onMySqlOrMariaDbIdentitiesAreReadWithoutGeneratedKeys() throws Exception {
        for (String product : new String[] {"MySQL", "MariaDB"}) {
            PortalMySqlPlatform platform = new PortalMySqlPlatform();
            platform.initializeConnectionData(connectedTo(product));
            assertFalse(platform.supportsReturnGeneratedKeys(), product);
        }
    }

    @Test
    void onH2TheGeneratedKeysStay() throws Exception {
        PortalMySqlPlatform platform = new PortalMySqlPlatform();
        platform.initializeConnectionData(connectedTo("H2"));
        assertTrue(platform.supportsReturnGeneratedKeys());
    }
}
