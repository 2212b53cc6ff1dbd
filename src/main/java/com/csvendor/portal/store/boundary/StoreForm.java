package com.csvendor.portal.store.boundary;

import com.csvendor.portal.store.entity.Platform;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What a client may set on a store. {@code version} is required when editing (optimistic lock). */
public class StoreForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 32)
    @Pattern(regexp = "[A-Za-z0-9_-]+", message = "{store.code.pattern}")
    private String code;

    @NotBlank
    @Size(max = 100)
    private String name;

    @NotNull
    private Platform platform;

    @Size(max = 64)
    private String timeZone;

    private Long version;

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

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
