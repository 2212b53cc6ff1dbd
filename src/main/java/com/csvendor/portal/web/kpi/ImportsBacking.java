package com.csvendor.portal.web.kpi;

import com.csvendor.portal.kpi.boundary.ImportFilter;
import com.csvendor.portal.kpi.boundary.ImportProfileService;
import com.csvendor.portal.kpi.boundary.ImportProfileView;
import com.csvendor.portal.kpi.boundary.KpiImportService;
import com.csvendor.portal.kpi.boundary.KpiImportView;
import com.csvendor.portal.store.boundary.StoreService;
import com.csvendor.portal.vendor.boundary.VendorService;
import com.csvendor.portal.web.ErrorPages;
import com.csvendor.portal.web.FacesMessages;
import com.csvendor.portal.web.LocaleBacking;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The import history, newest first: a vendor lead's own uploads, a store manager's stores', every
 * import for administrators (the service decides). Times in Asia/Shanghai. A link may narrow it
 * ({@code ?store=&vendor=&from=&to=}: ids and ISO dates, e.g. from a statement's KPI line to the imports
 * that brought its figures); the page says in words what it shows and links back to all.
 */
@Named
@ViewScoped
public class ImportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int SHOWN = 500;

    @EJB
    KpiImportService imports;

    @EJB
    ImportProfileService profiles;

    @Inject
    LocaleBacking language;

    @EJB
    StoreService stores;

    @EJB
    VendorService vendors;

    private String storeParam;
    private String vendorParam;
    private String fromParam;
    private String toParam;
    private ImportFilter filter;
    private transient List<KpiImportView> list;
    private transient List<ImportProfileView> profileList;

    public List<KpiImportView> getImports() {
        if (list == null) {
            list = imports.history(getFilter(), SHOWN, language.getLocale());
        }
        return list;
    }

    /** Reads the link's filter before the page renders, so that a message about a bad part shows. */
    public void load() {
        getFilter();
    }

    /** The link's filter; none (all imports, with a message naming the part) when a part is not valid. */
    public ImportFilter getFilter() {
        if (filter == null) {
            try {
                filter = new ImportFilter(id("store", storeParam), id("vendor", vendorParam), date("from", fromParam),
                        date("to", toParam));
            } catch (IllegalArgumentException invalid) {
                filter = ImportFilter.NONE;
                FacesMessages.error(null, FacesMessages.text("kpi.imports.filter.invalid",
                        FacesMessages.text("kpi.imports.filter.param." + invalid.getMessage())));
            }
        }
        return filter;
    }

    /** What the filter lets through, in words ("Store: 萌宠旗舰店 · Report dates overlapping …"); empty for none. */
    public List<String> getFilterWords() {
        ImportFilter f = getFilter();
        List<String> words = new ArrayList<>();
        if (f.storeId() != null) {
            words.add(FacesMessages.text("kpi.imports.filter.store", name(() -> stores.get(f.storeId()).name())));
        }
        if (f.vendorId() != null) {
            words.add(FacesMessages.text("kpi.imports.filter.vendor", name(() -> vendors.get(f.vendorId()).name())));
        }
        if (f.from() != null || f.to() != null) {
            words.add(FacesMessages.text("kpi.imports.filter.period", f.from() == null ? "…" : f.from(),
                    f.to() == null ? "…" : f.to()));
        }
        return words;
    }

    private static String name(Supplier<String> lookup) {
        try {
            return lookup.get();
        } catch (RuntimeException notVisible) {
            return FacesMessages.text("kpi.imports.filter.notVisible");
        }
    }

    private static Long id(String part, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return ErrorPages.id(value).orElseThrow(() -> new IllegalArgumentException(part));
    }

    private static LocalDate date(String part, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(part, e);
        }
    }

    public String getStore() {
        return storeParam;
    }

    public void setStore(String store) {
        this.storeParam = store;
    }

    public String getVendor() {
        return vendorParam;
    }

    public void setVendor(String vendor) {
        this.vendorParam = vendor;
    }

    public String getFrom() {
        return fromParam;
    }

    public void setFrom(String from) {
        this.fromParam = from;
    }

    public String getTo() {
        return toParam;
    }

    public void setTo(String to) {
        this.toParam = to;
    }

    public String at(Instant instant) {
        return ImportLabels.at(instant);
    }

    public String profileName(String code) {
        if (profileList == null) {
            profileList = profiles.list();
        }
        return ImportLabels.profileName(code, profileList, language.getLocale());
    }
}
