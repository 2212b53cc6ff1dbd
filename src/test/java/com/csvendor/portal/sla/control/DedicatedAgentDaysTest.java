package com.csvendor.portal.sla.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.csvendor.portal.sla.control.DedicatedAgentDays.Dedicated;
import com.csvendor.portal.sla.control.DedicatedAgentDays.Found;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DedicatedAgentDaysTest {

    static final LocalDate D1 = LocalDate.of(2026, 12, 1);

    static Found found(int day, long agent, String name) {
        return new Found(D1.plusDays(day - 1L), agent, name);
    }

    @Test
    void countsAgentDaysPerDayAndDaysPerAgentMostFirst() {
        DedicatedAgentDays.Flags f = DedicatedAgentDays.of(List.of(found(1, 7, "Li"), found(1, 8, "Wang"),
                found(2, 8, "Wang"), found(3, 8, "Wang")), List.of(new Dedicated(D1, D1.plusDays(30))));
        assertEquals(4, f.agentDays());
        assertEquals(2, f.agents());
        assertEquals(List.of(new DedicatedAgentDays.Day(D1, 2), new DedicatedAgentDays.Day(D1.plusDays(1), 1),
                new DedicatedAgentDays.Day(D1.plusDays(2), 1)), f.days());
        assertEquals(List.of(new DedicatedAgentDays.Agent(8, "Wang", 3), new DedicatedAgentDays.Agent(7, "Li", 1)),
                f.byAgent());
    }

    @Test
    void onlyDaysOnWhichTheTermsSayDedicatedAreFlagged() {
        DedicatedAgentDays.Flags f = DedicatedAgentDays.of(List.of(found(1, 7, "Li"), found(5, 7, "Li"),
                found(9, 7, "Li")), List.of(new Dedicated(D1, D1.plusDays(1)), new Dedicated(D1.plusDays(8),
                        D1.plusDays(9))));
        assertEquals(2, f.agentDays());
        assertEquals(List.of(new DedicatedAgentDays.Agent(7, "Li", 2)), f.byAgent());
    }

    @Test
    void nothingFoundIsNothingFlagged() {
        DedicatedAgentDays.Flags f = DedicatedAgentDays.of(List.of(), List.of(new Dedicated(D1, D1)));
        assertEquals(0, f.agentDays());
        assertEquals(List.of(), f.byAgent());
    }
}
