package com.csvendor.portal.settlement.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.Terms;
import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.sla.control.SerialEvaluation;
import com.csvendor.portal.sla.control.SlaEvaluation;
import com.csvendor.portal.sla.control.Window;
import com.csvendor.portal.store.entity.Platform;
import com.csvendor.portal.store.entity.Store;
import com.csvendor.portal.vendor.entity.Contact;
import com.csvendor.portal.vendor.entity.CreditCode;
import com.csvendor.portal.vendor.entity.TaxpayerType;
import com.csvendor.portal.vendor.entity.Vendor;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which cycles the automatic run generates: closed ones without a statement. */
class StatementCatchUpTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** A monthly contract from 10 January to 20 May 2031. */
    private static Contract contract() {
        ContractTerms t = Terms.valid();
        t.getPeriod().setStart(d("2031-01-10"));
        t.getPeriod().setEnd(d("2031-05-20"));
        String code17 = "91330106MA27XK1A2";
        Vendor vendor = new Vendor("云帆客服", "杭州云帆客服外包有限公司", CreditCode.of(code17 + CreditCode.checkCharacter(code17)),
                TaxpayerType.GENERAL, new Contact(null, null, null));
        Contract c = new Contract("HT-2031-09", new Store("PETS-TM", "萌宠旗舰店", Platform.TMALL, null), vendor,
                d("2030-12-01"), t, "manager", Instant.parse("2030-12-01T02:00:00Z"));
        c.changeStatus(ContractStatus.ACTIVE, d("2031-01-10"), null);
        return c;
    }

    static final LocalDate START = LocalDate.of(2031, 1, 1);

    @Test
    void theSystemsRunLeavesTheCyclesBeforeThePortalTookPart() {
        Contract c = contract();
        assertEquals(List.of("2031-03-01", "2031-04-01"), starts(StatementCatchUp.missing(c, d("2031-05-25"),
                d("2031-05-25"), Set.of(), d("2031-03-31"))), "a cycle ending on the day counts, earlier ones not");
    }

    private static List<String> starts(List<Window> cycles) {
        return cycles.stream().map(w -> w.start().toString()).toList();
    }

    @Test
    void aCycleStillRunningIsNotClosedNorOneThatHasAStatement() {
        Contract c = contract();
        assertEquals(List.of("2031-01-01", "2031-03-01"), starts(StatementCatchUp.missing(c, d("2031-04-15"),
                d("2031-04-15"), Set.of(d("2031-02-01")), START)));
        assertEquals(List.of("2031-01-01"), starts(StatementCatchUp.missing(c, d("2031-02-27"), d("2031-04-15"),
                Set.of(), START)), "up to a date: cycles ending after it wait");
    }

    @Test
    void theLastShortCycleOfAContractInForceWaitsForTheMonthToEndAndAnEndedOneDoesNot() {
        Contract c = contract();
        assertEquals(List.of("2031-01-01", "2031-02-01", "2031-03-01", "2031-04-01"),
                starts(StatementCatchUp.missing(c, d("2031-05-25"), d("2031-05-25"), Set.of(), START)),
                "May ends on the 20th, but a contract in force may still be renewed");
        assertEquals(5, StatementCatchUp.missing(c, d("2031-06-01"), d("2031-06-01"), Set.of(), START).size());
        c.changeStatus(ContractStatus.TERMINATED, d("2031-05-11"), "违约");
        assertEquals(List.of("2031-05-01"), starts(StatementCatchUp.missing(c, d("2031-05-25"), d("2031-05-25"),
                Set.of(d("2031-01-01"), d("2031-02-01"), d("2031-03-01"), d("2031-04-01")), START)));
    }

    /** An SLA evaluation that answers a fixed outcome, and a generation that records what it was asked to write. */
    private static StatementCatchUp catchUp(boolean evaluated, List<LocalDate> written) {
        StatementCatchUp up = new StatementCatchUp();
        up.evaluations = new SerialEvaluation() {
            @Override
            public List<SlaEvaluation.Evaluated> evaluateAll(List<Long> contractIds, LocalDate from, LocalDate to,
                    List<Long> failed) {
                if (!evaluated) {
                    failed.addAll(contractIds);
                }
                return List.of();
            }
        };
        up.generation = new StatementGeneration() {
            @Override
            public List<Long> createAll(List<Planned> planned, String by) {
                planned.forEach(p -> written.add(p.cycleStart()));
                return planned.stream().map(p -> (long) written.indexOf(p.cycleStart()) + 1).toList();
            }
        };
        return up;
    }

    /** The contract as stored: the database assigns its id. */
    private static Contract stored() throws ReflectiveOperationException {
        Contract c = contract();
        Field id = Contract.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(c, 7L);
        return c;
    }

    @Test
    void noStatementIsBuiltOnSlaResultsThatCouldNotBeBroughtUpToDate() throws ReflectiveOperationException {
        Contract c = stored();
        List<Window> missing = StatementCatchUp.missing(c, d("2031-04-15"), d("2031-04-15"), Set.of(), START);
        List<LocalDate> written = new ArrayList<>();
        StatementCatchUp.Outcome out = new StatementCatchUp.Outcome();
        catchUp(false, written).settle(Map.of(c, missing), "finance", true, out);
        assertEquals(List.of(), written, "the evaluation failed: writing would settle on stale results");
        assertEquals(List.of("HT-2031-09"), out.notUpToDate(), "the contract is named, not silently skipped");
        assertTrue(out.written().isEmpty());
    }

    @Test
    void statementsAreWrittenOnceTheEvaluationSucceededOrWasNotAskedFor() throws ReflectiveOperationException {
        Contract c = stored();
        List<Window> missing = StatementCatchUp.missing(c, d("2031-04-15"), d("2031-04-15"), Set.of(), START);
        List<LocalDate> written = new ArrayList<>();
        StatementCatchUp.Outcome out = new StatementCatchUp.Outcome();
        catchUp(true, written).settle(Map.of(c, missing), "finance", true, out);
        assertEquals(List.of(d("2031-01-01"), d("2031-02-01"), d("2031-03-01")), written);
        assertEquals(List.of(), out.notUpToDate());
        written.clear();
        catchUp(false, written).settle(Map.of(c, missing), "system", false, new StatementCatchUp.Outcome());
        assertEquals(3, written.size(), "the start-up run takes the stored results and evaluates nothing");
    }
}
