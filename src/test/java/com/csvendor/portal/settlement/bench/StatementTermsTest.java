package com.csvendor.portal.settlement.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.bench.BenchArgs;
import com.csvendor.portal.bench.PortfolioShape;
import com.csvendor.portal.contract.control.ContractRules;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.FeeModel;
import com.csvendor.portal.contract.entity.TermsJson;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The settlement benchmark's 1,001 contracts: valid terms, every fee model, the variety the javadoc promises. */
class StatementTermsTest {

    private final PortfolioShape shape = StatementBench.shape(new BenchArgs(new String[] {"measure"}));

    @Test
    void theDefaultShapeIsAThousandContractsOfOneMonth() {
        assertEquals(1_001, shape.contracts());
        assertEquals(31, shape.days());
        assertEquals("2026-10-31", shape.lastDate().toString());
        assertEquals(24, shape.agentsPerStore());
        assertEquals("PAY-S429", shape.storeCode(428));
        assertEquals("PAY-429-" + String.format("%02d", shape.vendorsOf(428)[0] + 1),
                shape.contractNumber(428, shape.vendorsOf(428)[0]));
    }

    @Test
    void everyContractsTermsPassTheContractRulesAndTheVarietyIsThere() throws Exception {
        StatementTerms terms = new StatementTerms(shape);
        Map<FeeModel, Integer> models = new EnumMap<>(FeeModel.class);
        Set<Integer> indexes = new HashSet<>();
        int inclusive = 0;
        int withTargets = 0;
        int finals = 0;
        for (int s = 0; s < shape.stores(); s++) {
            for (int v : shape.vendorsOf(s)) {
                assertTrue(indexes.add(terms.index(s, v)));
                ContractTerms t = TermsJson.read(terms.of(s, v).toString());
                assertEquals(java.util.List.of(), ContractRules.errors(t), shape.contractNumber(s, v));
                models.merge(t.getFees().getModel(), 1, Integer::sum);
                inclusive += t.getTax().isPricesIncludeTax() ? 1 : 0;
                withTargets += t.getSlaTargets().isEmpty() ? 0 : 1;
                finals += t.getPeriod().getEnd().equals(shape.lastDate()) ? 1 : 0;
            }
        }
        assertEquals(shape.contracts(), indexes.size());
        assertEquals(FeeModel.values().length, models.size(), models.toString());
        assertTrue(models.values().stream().allMatch(n -> n >= 200), models.toString());
        assertTrue(inclusive > 450 && inclusive < 550, inclusive + " inclusive");
        assertTrue(withTargets > 600 && withTargets < 730, withTargets + " with SLA targets");
        assertEquals(101, finals);
    }
}
