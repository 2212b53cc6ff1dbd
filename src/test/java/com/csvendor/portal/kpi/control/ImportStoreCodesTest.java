package com.csvendor.portal.kpi.control;

import static org.junit.jupiter.api.Assertions.assertNull;

import com.csvendor.portal.kpi.entity.KpiImport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Found by the load benchmark: a vendor lead whose newest imports all named their stores in the file
 * (no upload store) got 500 from {@code GET /api/kpi-imports}, the history asking the empty code map
 * for the code of store null.
 */
class ImportStoreCodesTest {

    @Test
    void importsWithoutAnUploadStoreHaveNoCodeAndNoFailure() {
        KpiImport fileNamesItsStores = new KpiImport() {
        };
        Map<Long, String> codes = new KpiImportRepository().storeCodes(List.of(fileNamesItsStores));
        assertNull(codes.get(fileNamesItsStores.getStoreId()));
    }
}
