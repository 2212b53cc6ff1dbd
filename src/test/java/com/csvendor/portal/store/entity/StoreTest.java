package com.csvendor.portal.store.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.csvendor.portal.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class StoreTest {

    @Test
    void defaultsToShanghaiTime() {
        assertEquals("Asia/Shanghai", new Store("A", "a", Platform.JD, null).getTimeZone());
        assertEquals("Asia/Shanghai", new Store("A", "a", Platform.JD, " ").getTimeZone());
    }

    @Test
    void refusesAnUnknownTimeZone() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new Store("A", "a", Platform.JD, "Mars/Olympus"));
        assertEquals("timeZone", e.field());
    }

    @Test
    void deactivates() {
        Store store = new Store(" A1 ", " Name ", Platform.DOUYIN, "Asia/Hong_Kong");
        store.deactivate();
        assertFalse(store.isActive());
        assertEquals("A1", store.getCode());
        assertEquals("Name", store.getName());
    }
}
