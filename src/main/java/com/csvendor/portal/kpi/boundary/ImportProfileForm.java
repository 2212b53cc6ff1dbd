package com.csvendor.portal.kpi.boundary;

import com.csvendor.portal.kpi.entity.KpiField;
import com.csvendor.portal.store.entity.Platform;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * An import profile as a client sends it: the whole list of aliases replaces the stored one.
 * {@code platform} may be empty (any platform); {@code version} is required when editing, and the
 * code cannot change once created.
 */
public class ImportProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 32)
    @Pattern(regexp = "[A-Za-z0-9_-]+", message = "{store.code.pattern}")
    private String code;

    @NotBlank
    @Size(max = 100)
    private String name;

    private Platform platform;

    @NotNull
    @Size(max = 300)
    private List<@NotNull @Valid Alias> aliases = new ArrayList<>();

    private Long version;

    /** One header as the export writes it and the field it means. */
    public static class Alias implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotBlank
        @Size(max = 100)
        private String header;

        @NotNull
        private KpiField field;

        public Alias() {
        }

        public Alias(String header, KpiField field) {
            this.header = header;
            this.field = field;
        }

        public String getHeader() {
            return header;
        }

        public void setHeader(String header) {
            this.header = header;
        }

        public KpiField getField() {
            return field;
        }

        public void setField(KpiField field) {
            this.field = field;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Platform getPlatform() {
        return platform;
    }

    public void setPlatform(Platform platform) {
        this.platform = platform;
    }

    public List<Alias> getAliases() {
        return aliases;
    }

    public void setAliases(List<Alias> aliases) {
        this.aliases = aliases;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
