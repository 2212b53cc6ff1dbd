package com.csvendor.portal.kpi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The byte-level UTF-8 check says yes exactly where Java's strict decoder decodes without error. */
class StrictUtf8Test {

    static boolean decodes(byte[] bytes) {
        try {
            StrictDecoding.decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static boolean checks(byte[] bytes) throws IOException {
        return StrictDecoding.isUtf8(new ByteArrayInputStream(bytes));
    }

    @Test
    void agreesWithTheDecoderOnTextAndEdgeCases() throws IOException {
        String[] texts = {"", "agent,date\n小美,2026-03-05\n", "emoji 😀 ¥ ￥ 元", "\uFEFFbom"};
        for (String t : texts) {
            assertEquals(true, checks(t.getBytes(StandardCharsets.UTF_8)), t);
        }
        int[][] edges = {{0xC0, 0x80}, {0xC1, 0xBF}, {0xC2, 0x80}, {0xE0, 0x80, 0x80}, {0xE0, 0xA0, 0x80},
            {0xED, 0xA0, 0x80}, {0xED, 0x9F, 0xBF}, {0xEF, 0xBF, 0xBF}, {0xF0, 0x8F, 0xBF, 0xBF},
            {0xF0, 0x90, 0x80, 0x80}, {0xF4, 0x8F, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80},
            {0xE4, 0xB8}, {0x80}, {0xFF}, {0x41, 0xE4, 0xB8, 0xAD, 0x41}, {0xC3}, {0xD4, 0xB7, 0xB7}};
        for (int[] e : edges) {
            byte[] b = new byte[e.length];
            for (int i = 0; i < e.length; i++) {
                b[i] = (byte) e[i];
            }
            assertEquals(decodes(b), checks(b), java.util.Arrays.toString(e));
        }
    }

    @Test
    void agreesWithTheDecoderOnRandomBytesAndGbkText() throws IOException {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            byte[] b = new byte[1 + random.nextInt(12)];
            random.nextBytes(b);
            if (round % 2 == 0) {
                for (int i = 0; i < b.length; i++) {
                    b[i] = (byte) (0x80 | b[i]);  // mostly multi-byte lead and continuation bytes
                }
            }
            assertEquals(decodes(b), checks(b), java.util.Arrays.toString(b));
        }
        byte[] gbk = "客服账号,日期\n小美,2026-03-05\n".getBytes(TextEncoding.GB18030);
        assertEquals(false, checks(gbk));
    }

    @Test
    void aSequenceCutByTheBufferBoundaryIsStillWholeOrNot() throws IOException {
        byte[] ascii = new byte[64 * 1024 - 1];
        java.util.Arrays.fill(ascii, (byte) 'a');
        byte[] han = "中".getBytes(StandardCharsets.UTF_8);
        byte[] whole = new byte[ascii.length + han.length];
        System.arraycopy(ascii, 0, whole, 0, ascii.length);
        System.arraycopy(han, 0, whole, ascii.length, han.length);
        assertEquals(true, checks(whole));
        assertEquals(false, checks(java.util.Arrays.copyOf(whole, whole.length - 1)), "cut off at the end");
    }
}
