package com.csvendor.portal.kpi.boundary;

import com.csvendor.portal.kpi.entity.HeaderAlias;
import com.csvendor.portal.kpi.entity.ImportProfile;
import com.csvendor.portal.kpi.entity.KpiField;
import com.csvendor.portal.store.entity.Platform;
import java.io.Serializable;
import java.util.List;

/** An import profile with its aliases in the order they were added; {@code platform} is null for any. */
public record ImportProfileView(long id, String code, String name, Platform platform, boolean builtIn,
        List<Alias> aliases, long version) implements Serializable {

    public record Alias(String header, KpiField field) implements Serializable {
    }

    static ImportProfileView of(ImportProfile p) {
        List<Alias> aliases = p.getAliases().stream().map(ImportProfileView::alias).toList();
        return new ImportProfileView(p.getId(), p.getCode(), p.getName(), p.getPlatform(), p.isBuiltIn(), aliases,
                p.getVersion());
    }

    private static Alias alias(HeaderAlias a) {
        return new Alias(a.header(), a.field());
    }
}
