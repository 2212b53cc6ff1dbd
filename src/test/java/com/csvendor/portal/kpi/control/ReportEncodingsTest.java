package com.csvendor.portal.kpi.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.csvendor.portal.kpi.entity.KpiField;
import com.csvendor.portal.shared.InvalidInputException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BOM first, else strict UTF-8 over the whole file, else strict GB18030; never a replacement character. */
class ReportEncodingsTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    @Test
    void theSameReportInFourEncodingsParsesToIdenticalValues() throws IOException {
        String text = Files.readString(KpiFixtures.resource("taobao-utf8.csv"));
        Path utf8 = KpiFixtures.resource("taobao-utf8.csv");
        Path utf8Bom = KpiFixtures.write(dir, "bom.csv", concat(BOM, text.getBytes(StandardCharsets.UTF_8)));
        Path gbk = KpiFixtures.resource("taobao-gbk.csv");
        Path gb18030 = KpiFixtures.write(dir, "gb18030.csv", text.getBytes(TextEncoding.GB18030));

        assertEquals(List.of("UTF-8", "UTF-8 (BOM)", "GB18030", "GB18030"),
                List.of(encoding(utf8), encoding(utf8Bom), encoding(gbk), encoding(gb18030)));
        List<Object[]> expected = snapshot(utf8);
        assertEquals(9, expected.size());
        for (Path other : List.of(utf8Bom, gbk, gb18030)) {
            List<Object[]> actual = snapshot(other);
            assertEquals(expected.size(), actual.size(), other.toString());
            for (int i = 0; i < expected.size(); i++) {
                assertArrayEquals(expected.get(i), actual.get(i), other + " row " + i);
            }
        }
    }

    @Test
    void utf16WithBomEitherByteOrderIsRead() throws IOException {
        String text = "客服账号,日期,接待人数\r\nhjj_kf01_小蜂,2026-11-01,205\r\n";
        Path le = KpiFixtures.write(dir, "le.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
        Path be = KpiFixtures.write(dir, "be.csv", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals("UTF-16LE (BOM)", encoding(le));
        assertEquals("UTF-16BE (BOM)", encoding(be));
        assertEquals(205L, KpiFixtures.data(KpiFixtures.parseAll(be, null)).get(0).count(KpiField.RECEIVED));
    }

    @Test
    void aGbkFileThatIsAsciiForItsFirstHundredKilobytesIsStillGbk() throws IOException {
        StringBuilder text = new StringBuilder("客服账号,日期,接待人数\r\n".replace("客服账号", "agent_account").replace("日期", "date")
                .replace("接待人数", "received"));
        while (text.length() < 150_000) {
            text.append("hjj_kf01_xf,2026-11-01,205\r\n");
        }
        text.append("hjj_kf02_阿珍,2026-11-01,186\r\n");
        Path file = KpiFixtures.write(dir, "late-gbk.csv", text.toString().getBytes(GBK));
        assertEquals("GB18030", encoding(file));
        List<KpiValues> data = KpiFixtures.data(KpiFixtures.parseAll(file, null));
        assertEquals("hjj_kf02_阿珍", data.get(data.size() - 1).account());
    }

    @Test
    void aUtf8FileWithOneBadByteDeepInsideIsRefusedAtThatLineNotReadAsGarbledGbk() throws IOException {
        StringBuilder text = new StringBuilder("旺旺,日期,接待人数\r\n");
        for (int i = 0; i < 20; i++) {
            text.append("萌宠旗舰店:小美,2026-11-01,148\r\n");
        }
        byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = concat(good, new byte[] {(byte) 0xE5, (byte) 0x80, ',', '1', '\r', '\n'});
        Path file = KpiFixtures.write(dir, "damaged-utf8.csv", bad);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ReportFile.open(file, ImportLimits.defaults()));
        assertEquals("kpi.file.encoding", refused.messageKey());
        assertArrayEquals(new Object[] {22L}, refused.arguments());
    }

    @Test
    void aBadByteInAFileWithABomIsRefusedNotReplaced() throws IOException {
        byte[] text = "旺旺,日期\r\n萌宠旗舰店:小美,2026-11-01\r\n".getBytes(StandardCharsets.UTF_8);
        Path file = KpiFixtures.write(dir, "bom-bad.csv", concat(concat(BOM, text), new byte[] {(byte) 0xFF, '\r', '\n'}));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ReportFile.open(file, ImportLimits.defaults()));
        assertArrayEquals(new Object[] {3L}, refused.arguments());
    }

    @Test
    void noCellEverHoldsAReplacementCharacter() throws IOException {
        for (String name : List.of("taobao-utf8.csv", "taobao-gbk.csv", "jd-gbk.csv")) {
            try (ReportFile file = ReportFile.open(KpiFixtures.resource(name), ImportLimits.defaults())) {
                for (RawRow row = file.next(); row != null; row = file.next()) {
                    assertFalse(row.cells().stream().anyMatch(c -> c.indexOf('\uFFFD') >= 0), name + " " + row);
                }
            }
        }
    }

    private static String encoding(Path file) {
        try (ReportFile report = ReportFile.open(file, ImportLimits.defaults())) {
            return report.encoding();
        }
    }

    /** Each data row as an array over every field, so two parses compare value by value. */
    private static List<Object[]> snapshot(Path file) {
        return KpiFixtures.data(KpiFixtures.parseAll(file, null)).stream()
                .map(v -> Arrays.stream(KpiField.values()).map(v::get).toArray())
                .toList();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
