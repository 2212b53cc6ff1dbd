package com.csvendor.portal.store.boundary;

import com.csvendor.portal.store.entity.Platform;
import com.csvendor.portal.store.entity.Store;
import java.io.Serializable;

public record StoreView(long id, String code, String name, Platform platform, String timeZone, boolean active,
        long version) implements Serializable {

    static StoreView of(Store s) {
        return new StoreView(s.getId(), s.getCode(), s.getName(), s.getPlatform(), s.getTimeZone(), s.isActive(),
                s.getVersion());
    }
}
