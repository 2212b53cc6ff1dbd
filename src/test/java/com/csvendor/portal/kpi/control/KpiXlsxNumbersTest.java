package com.csvendor.portal.kpi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Number formats as Chinese workbooks use them, rendered to locale-free text. */
class KpiXlsxNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'yyyy\"年\"m\"月\"d\"日\"'|46329|2026-11-03",
        "[$-804]yyyy/m/d|46329|2026-11-03",
        "yyyy-mm-dd hh:mm:ss|46329.5|2026-11-03 12:00:00",
        "mm:ss|0.00104166666666667|0:01:30",
        "[h]:mm:ss|1.5|36:00:00",
        "0.0%|0.9971|99.71%",
        "'#,##0.00;[Red]-#,##0.00'|1234567.891|1234567.891",
        "'\"¥\"#,##0.00'|3456|3456",
        "0.00\"%\"|99.5|99.5",
        "General|46329|46329"})
    void formattedNumbersBecomeTextTheParserReads(String format, String raw, String expected) {
        StylesTable styles = new StylesTable();
        XSSFCellStyle style = styles.createCellStyle();
        style.setDataFormat(styles.putNumberFormat(format));
        assertEquals(expected, new XlsxNumbers(styles, false).text(raw, style.getIndex()));
    }
}
