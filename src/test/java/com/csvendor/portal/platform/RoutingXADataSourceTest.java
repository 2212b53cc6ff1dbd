package com.csvendor.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import javax.sql.XAConnection;
import org.junit.jupiter.api.Test;

class RoutingXADataSourceTest {

    @Test
    void picksTheDriverFromTheUrl() {
        assertEquals(RoutingXADataSource.H2_XA, RoutingXADataSource.delegateClassFor("jdbc:h2:file:./data/x"));
        assertEquals(RoutingXADataSource.MYSQL_XA, RoutingXADataSource.delegateClassFor("jdbc:mysql://db/portal"));
        assertEquals(RoutingXADataSource.MYSQL_XA, RoutingXADataSource.delegateClassFor("jdbc:mariadb://db/portal"));
    }

    @Test
    void cachesParsedStatementsUnlessTheUrlSaysOtherwise() {
        assertEquals("jdbc:mysql://db/portal?cachePrepStmts=true&prepStmtCacheSize=250&prepStmtCacheSqlLimit=1048576",
                RoutingXADataSource.mysqlUrl("jdbc:mariadb://db/portal"));
        assertEquals("jdbc:mysql://db/portal?sslMode=REQUIRED&CACHEPREPSTMTS=false&prepStmtCacheSize=250"
                + "&prepStmtCacheSqlLimit=1048576",
                RoutingXADataSource.mysqlUrl("jdbc:mysql://db/portal?sslMode=REQUIRED&CACHEPREPSTMTS=false"));
    }

    @Test
    void refusesOtherDatabasesWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RoutingXADataSource.delegateClassFor("jdbc:postgresql://db/portal"));
        assertTrue(e.getMessage().contains("jdbc:postgresql://db/portal"));
        assertThrows(IllegalArgumentException.class, () -> RoutingXADataSource.delegateClassFor(" "));
    }

    @Test
    void opensAnH2XaConnection() throws SQLException {
        RoutingXADataSource ds = new RoutingXADataSource();
        ds.setURL("jdbc:h2:mem:routing;MODE=MySQL");
        ds.setUser("sa");
        ds.setPassword("");
        XAConnection xa = ds.getXAConnection();
        try {
            assertTrue(xa.getConnection().isValid(1));
        } finally {
            xa.close();
        }
    }
}
