package com.csvendor.portal.kpi.entity;

import com.csvendor.portal.kpi.control.ProfileMapping;
import com.csvendor.portal.shared.Finding;
import com.csvendor.portal.shared.InvalidInputException;
import com.csvendor.portal.shared.RuleViolations;
import com.csvendor.portal.store.entity.Platform;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How one kind of KPI export is read: header aliases, each mapping a header as the export writes
 * it to a canonical field; several headers may mean one field. The code names the profile on
 * uploads and never changes.
 * <p>
 * Invariants, checked on every change and reported all at once: each header is given, at most
 * {@value #MAX_HEADER_LENGTH} characters, and listed once as {@link ProfileMapping#normalize}
 * compares headers; the agent account and the business date are mapped, since no row is
 * imported without them. A built-in profile (one the portal ships) may be edited like any
 * other, but is never deleted: start-up would only copy it in again.
 */
@Entity
@Table(name = "kpi_profile")
@NamedQuery(name = "ImportProfile.findAll", query = "SELECT p FROM ImportProfile p ORDER BY p.code")
@NamedQuery(name = "ImportProfile.findByCode", query = "SELECT p FROM ImportProfile p WHERE p.code = :code")
@NamedQuery(name = "ImportProfile.findAllWithAliases",
        query = "SELECT DISTINCT p FROM ImportProfile p LEFT JOIN FETCH p.aliases ORDER BY p.code")
public class ImportProfile {

    public static final int MAX_HEADER_LENGTH = 100;
    public static final int MAX_NAME_LENGTH = 100;
    public static final String CODE_PATTERN = "[A-Za-z0-9_-]{1,32}";
    private static final Comparator<HeaderAlias> BY_FIELD_THEN_HEADER =
            Comparator.comparing(HeaderAlias::field).thenComparing(HeaderAlias::header);
    /** No row can be imported without them. */
    public static final Set<KpiField> REQUIRED = EnumSet.of(KpiField.AGENT_ACCOUNT, KpiField.BUSINESS_DATE);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32, updatable = false)
    private String code;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Platform platform;

    @Column(name = "built_in", nullable = false, updatable = false)
    private boolean builtIn;

    @OneToMany(mappedBy = "profile", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ProfileAlias> aliases = new ArrayList<>();

    @Version
    private long version;

    protected ImportProfile() {
    }

    /** A profile an administrator adds; {@code platform} is {@code null} when it suits any platform. */
    public ImportProfile(String code, String name, Platform platform, List<HeaderAlias> aliases) {
        this(code, name, platform, aliases, false);
    }

    private ImportProfile(String code, String name, Platform platform, List<HeaderAlias> aliases, boolean builtIn) {
        String c = Objects.requireNonNull(code).strip();
        if (!c.matches(CODE_PATTERN)) {
            throw new InvalidInputException("code", "kpiProfile.code.invalid", c);
        }
        this.code = c.toUpperCase(Locale.ROOT);
        this.builtIn = builtIn;
        rename(name);
        changePlatform(platform);
        replaceAliases(aliases);
    }

    /** A shipped profile as {@link com.csvendor.portal.kpi.control.BuiltInProfiles} defines it. */
    public static ImportProfile builtIn(ProfileMapping mapping, Platform platform) {
        List<HeaderAlias> aliases = mapping.aliases().entrySet().stream()
                .map(e -> new HeaderAlias(e.getKey(), e.getValue())).toList();
        return new ImportProfile(mapping.code(), mapping.name(), platform, aliases, true);
    }

    public final void rename(String newName) {
        String n = newName == null ? "" : newName.strip();
        if (n.isEmpty() || n.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "kpiProfile.name.invalid", MAX_NAME_LENGTH);
        }
        this.name = n;
    }

    public final void changePlatform(Platform newPlatform) {
        this.platform = newPlatform;
    }

    /**
     * Makes the aliases exactly the given ones. Rows whose normalized header stays are kept (with
     * the header and field now given), so that the database never holds a removed and an added row
     * with the same key at once. Nothing changes when an invariant is broken.
     */
    public final void replaceAliases(List<HeaderAlias> wanted) {
        Map<String, HeaderAlias> next = checked(wanted);
        List<ProfileAlias> rows = new ArrayList<>();
        next.forEach((normalized, alias) -> rows.add(aliases.stream()
                .filter(row -> row.normalized().equals(normalized)).findFirst()
                .map(row -> row.rewrite(alias.header(), alias.field()))
                .orElseGet(() -> new ProfileAlias(this, alias.header(), normalized, alias.field()))));
        aliases.retainAll(rows);
        rows.stream().filter(row -> !aliases.contains(row)).forEach(aliases::add);
    }

    /** The aliases by normalized header, headers stripped; every broken invariant reported, by its position. */
    private static Map<String, HeaderAlias> checked(List<HeaderAlias> wanted) {
        List<Finding> problems = new ArrayList<>();
        Map<String, HeaderAlias> next = new LinkedHashMap<>();
        for (int i = 0; i < wanted.size(); i++) {
            HeaderAlias alias = wanted.get(i);
            String at = "aliases[" + i + "].";
            String header = alias == null || alias.header() == null ? "" : alias.header().strip();
            String normalized = ProfileMapping.normalize(header);
            KpiField field = alias == null ? null : alias.field();
            int problemsBefore = problems.size();
            if (normalized.isEmpty()) {
                problems.add(new Finding(at + "header", "kpiProfile.alias.blank"));
            } else if (header.length() > MAX_HEADER_LENGTH || normalized.length() > MAX_HEADER_LENGTH) {
                problems.add(new Finding(at + "header", "kpiProfile.alias.tooLong", MAX_HEADER_LENGTH));
            } else if (next.containsKey(normalized)) {
                problems.add(new Finding(at + "header", "kpiProfile.alias.duplicate", header));
            }
            if (field == null) {
                problems.add(new Finding(at + "field", "kpiProfile.alias.fieldRequired"));
            }
            if (problems.size() == problemsBefore) {
                next.put(normalized, new HeaderAlias(header, field));
            }
        }
        Set<KpiField> mapped = wanted.stream().filter(Objects::nonNull).map(HeaderAlias::field)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        REQUIRED.stream().filter(f -> !mapped.contains(f))
                .forEach(f -> problems.add(new Finding("aliases", "kpiProfile.alias.required", f)));
        RuleViolations.throwIfAny(problems);
        return next;
    }

    /** What the parser reads a file with. */
    public ProfileMapping toMapping() {
        Map<String, KpiField> byHeader = new LinkedHashMap<>();
        aliases.forEach(a -> byHeader.put(a.normalized(), a.field()));
        return new ProfileMapping(code, name, byHeader);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** The platform whose exports the profile reads, or {@code null} for any. */
    public Platform getPlatform() {
        return platform;
    }

    public boolean isBuiltIn() {
        return builtIn;
    }

    /** The aliases grouped by field, in the order of {@link KpiField}, then by header. */
    public List<HeaderAlias> getAliases() {
        return aliases.stream().map(ProfileAlias::value).sorted(BY_FIELD_THEN_HEADER).toList();
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ImportProfile other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return ImportProfile.class.hashCode();
    }
}
