package com.csvendor.portal.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.csvendor.portal.contract.boundary.ContractImport;
import com.csvendor.portal.contract.control.ContractRules;
import com.csvendor.portal.contract.entity.FeeModel;
import jakarta.json.bind.JsonbBuilder;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The import example the README points to stays readable and free of rule errors. */
class ImportExampleTest {

    @Test
    void theReadmeExampleIsAValidImport() throws Exception {
        Type listType = new ArrayList<ContractImport>() { }.getClass().getGenericSuperclass();
        List<ContractImport> items;
        try (InputStream in = getClass().getResourceAsStream("/contracts/import-example.json")) {
            items = JsonbBuilder.create().fromJson(in, listType);
        }
        assertEquals(1, items.size());
        ContractImport item = items.get(0);
        assertEquals(FeeModel.SEAT_MONTHLY, item.getTerms().getFees().getModel());
        assertEquals(List.of(), ContractRules.errors(item.getTerms()));
        assertEquals(0, new BigDecimal("5500").compareTo(item.getAmendments().get(0).getTerms().getFees().getSeatPrice()));
        assertEquals(List.of(), ContractRules.errors(item.getAmendments().get(0).getTerms()));
    }
}
