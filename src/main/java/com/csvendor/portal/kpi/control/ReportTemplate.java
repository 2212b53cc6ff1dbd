package com.csvendor.portal.kpi.control;

import com.csvendor.portal.kpi.entity.KpiField;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The portal's own report template: the header line only, in English or Chinese. No example row:
 * a user who fills it in would import the example too. UTF-8 with a BOM, so Excel shows the
 * Chinese headers instead of guessing a legacy code page.
 */
public final class ReportTemplate {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ReportTemplate() {
    }

    public static byte[] csv(boolean chinese) {
        String header = Arrays.stream(KpiField.values())
                .map(f -> f.templateHeader(chinese))
                .filter(h -> h != null)
                .map(ReportTemplate::quoted)
                .collect(Collectors.joining(","));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes((header + "\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** RFC 4180: a header with a comma or quote (none today) is quoted. */
    private static String quoted(String header) {
        return header.contains(",") || header.contains("\"") ? "\"" + header.replace("\"", "\"\"") + "\"" : header;
    }
}
