package com.csvendor.portal.web.contracts;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A list of short texts edited in one input: forbidden phrases one per line in a text area,
 * languages separated by commas. Blank items are dropped, duplicates kept once.
 */
public abstract class TextListConverter implements Converter<List<String>> {

    private final Pattern separator;
    private final String joiner;

    TextListConverter(String separatorRegex, String joiner) {
        this.separator = Pattern.compile(separatorRegex);
        this.joiner = joiner;
    }

    @Override
    public List<String> getAsObject(FacesContext context, UIComponent component, String value) {
        return split(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, List<String> value) {
        return value == null ? "" : String.join(joiner, value);
    }

    List<String> split(String value) {
        LinkedHashSet<String> items = new LinkedHashSet<>();
        if (value != null) {
            for (String item : separator.split(value)) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        return new ArrayList<>(items);
    }

    /** One item per line. */
    @FacesConverter("contracts.lines")
    public static class Lines extends TextListConverter {
        public Lines() {
            super("\\R", "\n");
        }
    }

    /** Items separated by commas (also the Chinese ，、) or spaces. */
    @FacesConverter("contracts.commas")
    public static class Commas extends TextListConverter {
        public Commas() {
            super("[,，、\\s]+", ", ");
        }
    }
}
