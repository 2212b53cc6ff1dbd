package com.csvendor.portal.web.contracts;

import com.csvendor.portal.contract.entity.Channel;
import com.csvendor.portal.contract.entity.ConfidentialScope;
import com.csvendor.portal.contract.entity.ServiceType;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.DayOfWeek;

/**
 * Enum values of check boxes bound to a {@code Set<SomeEnum>}: without a converter JSF would put
 * the submitted Strings into the set (generics are erased), and the terms' JSON depends on enums.
 */
public abstract class EnumValueConverter<E extends Enum<E>> implements Converter<E> {

    private final Class<E> type;

    EnumValueConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public E getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, value, null), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, E value) {
        return value == null ? "" : value.name();
    }

    @FacesConverter("contracts.serviceType")
    public static class ServiceTypes extends EnumValueConverter<ServiceType> {
        public ServiceTypes() {
            super(ServiceType.class);
        }
    }

    @FacesConverter("contracts.channel")
    public static class Channels extends EnumValueConverter<Channel> {
        public Channels() {
            super(Channel.class);
        }
    }

    @FacesConverter("contracts.dayOfWeek")
    public static class Days extends EnumValueConverter<DayOfWeek> {
        public Days() {
            super(DayOfWeek.class);
        }
    }

    @FacesConverter("contracts.confidentialScope")
    public static class ConfidentialScopes extends EnumValueConverter<ConfidentialScope> {
        public ConfidentialScopes() {
            super(ConfidentialScope.class);
        }
    }
}
