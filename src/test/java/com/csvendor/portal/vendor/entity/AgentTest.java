package com.csvendor.portal.vendor.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.csvendor.portal.shared.InvalidInputException;
import com.csvendor.portal.store.entity.Platform;
import com.csvendor.portal.store.entity.Store;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentTest {

    private final Store tmall = new Store("PETS-TM", "萌宠旗舰店", Platform.TMALL, null);
    private final Store jd = new Store("HOME-JD", "好家居", Platform.JD, null);
    private final Vendor vendor = new Vendor("云帆", "杭州云帆", CreditCode.of("91350100M000100Y43"),
            TaxpayerType.GENERAL, null);
    private final Agent agent = new Agent(vendor, " 小美 ");

    @Test
    void startsActiveWithATrimmedName() {
        assertEquals("小美", agent.getDisplayName());
        assertEquals(AgentStatus.ACTIVE, agent.getStatus());
    }

    @Test
    void holdsAccountsInSeveralStores() {
        agent.replaceAccounts(accounts(tmall, List.of("萌宠旗舰店:小美"), jd, List.of("hjj_kf01", "hjj_kf01b")));
        assertEquals(List.of("萌宠旗舰店:小美", "hjj_kf01", "hjj_kf01b"),
                agent.getAccounts().stream().map(AgentAccount::getAccountName).toList());
    }

    @Test
    void keepsTheRowsOfAccountsThatStay() {
        agent.replaceAccounts(accounts(tmall, List.of("a", "b"), jd, List.of()));
        AgentAccount kept = agent.getAccounts().get(0);
        agent.replaceAccounts(accounts(tmall, List.of(" a ", "c"), jd, List.of()));
        assertSame(kept, agent.getAccounts().get(0));
        assertEquals(List.of("a", "c"), agent.getAccounts().stream().map(AgentAccount::getAccountName).toList());
    }

    @Test
    void refusesTheSameNameTwiceInOneStoreButAllowsItInAnother() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> agent.replaceAccounts(accounts(tmall, List.of("a", "a "), jd, List.of())));
        assertEquals("agent.account.duplicate", e.messageKey());
        agent.replaceAccounts(accounts(tmall, List.of("a"), jd, List.of("a")));
        assertEquals(2, agent.getAccounts().size());
    }

    @Test
    void refusesABlankName() {
        assertEquals("agent.account.blank", assertThrows(InvalidInputException.class,
                () -> agent.replaceAccounts(accounts(tmall, List.of("  "), jd, List.of()))).messageKey());
    }

    @Test
    void leavesAndRejoins() {
        agent.leave();
        assertEquals(AgentStatus.LEFT, agent.getStatus());
        agent.rejoin();
        assertEquals(AgentStatus.ACTIVE, agent.getStatus());
    }

    private static Map<Store, List<String>> accounts(Store s1, List<String> n1, Store s2, List<String> n2) {
        Map<Store, List<String>> map = new LinkedHashMap<>();
        map.put(s1, n1);
        map.put(s2, n2);
        return map;
    }
}
