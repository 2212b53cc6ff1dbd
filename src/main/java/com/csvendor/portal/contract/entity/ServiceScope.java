package com.csvendor.portal.contract.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the vendor serves: the service types, the channels and the languages.
 */
public class ServiceScope implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotEmpty
    private Set<@NotNull ServiceType> serviceTypes = new TreeSet<>();

    @NotEmpty
    private Set<@NotNull Channel> channels = new TreeSet<>(Set.of(Channel.CHAT));

    @NotEmpty @Size(max = 10)
    private List<@NotBlank @Size(max = 20) String> languages = new ArrayList<>(List.of("zh"));

    public Set<ServiceType> getServiceTypes() {
        return serviceTypes;
    }

    public void setServiceTypes(Set<ServiceType> serviceTypes) {
        this.serviceTypes = serviceTypes == null ? new TreeSet<>() : new TreeSet<>(serviceTypes);
    }

    public Set<Channel> getChannels() {
        return channels;
    }

    public void setChannels(Set<Channel> channels) {
        this.channels = channels == null ? new TreeSet<>() : new TreeSet<>(channels);
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }
}
