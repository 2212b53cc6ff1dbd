package com.csvendor.portal.kpi.control;

import com.csvendor.portal.kpi.entity.KpiField;
import java.util.Map;
import java.util.Optional;

/**
 * What an import profile says, as the parser uses it: a code, a name and header aliases, each
 * mapping a header (as {@link #normalize normalized}) to a canonical field. Several aliases may
 * map to one field.
 */
public record ProfileMapping(String code, String name, Map<String, KpiField> aliases) {

    public ProfileMapping {
        aliases = Map.copyOf(aliases);
    }

    public Optional<KpiField> fieldOf(String header) {
        return Optional.ofNullable(aliases.get(normalize(header)));
    }

    /**
     * A header as compared with aliases: Unicode NFKC (full-width letters, digits and brackets
     * become ASCII), BOM and zero-width characters and all white space removed, lower case.
     */
    public static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String s = java.text.Normalizer.normalize(header, java.text.Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF' && c != '\u200B'
                    && c != '\u200C' && c != '\u200D') {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
