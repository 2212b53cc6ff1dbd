package com.csvendor.portal.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Content-Disposition for downloads: an ASCII fallback plus RFC 6266 {@code filename*}, so Chinese names survive. */
public final class Downloads {

    private Downloads() {
    }

    public static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
