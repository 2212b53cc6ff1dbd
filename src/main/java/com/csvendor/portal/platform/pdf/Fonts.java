package com.csvendor.portal.platform.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Noto Sans SC, which has the Chinese and the Latin glyphs, so one face serves both languages.
 * The build unpacks it into the classes (see pom.xml); servers have no CJK system fonts to fall
 * back on. Each document embeds only the glyphs it uses, so a PDF stays small.
 */
final class Fonts {

    // Parsing a 10 MB font costs more than rendering a document, so it happens once. A BaseFont is
    // shared safely: each PdfWriter keeps its own record of the glyphs used and reads the font
    // bytes through its own cursor.
    static final BaseFont REGULAR = load("NotoSansSC-Regular.ttf");
    static final BaseFont BOLD = load("NotoSansSC-Bold.ttf");

    private static final String FOLDER = "/fonts/ttf/NotoSansSC/";

    private Fonts() {
    }

    private static BaseFont load(String file) {
        try (InputStream in = Fonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + FOLDER + file + " is not on the class path; "
                        + "the Maven build unpacks it (generate-resources)");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + file, e);
        }
    }
}
