package com.csvendor.portal.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.security.Api;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a downloaded comparison workbook and checks it against the API's figures. */
final class ComparisonExportsCheck {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ComparisonExportsCheck() {
    }

    static byte[] download(URI uri, Api.Login login) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                .header("Authorization", login.authorization()).header("Accept", XLSX).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    /** The vendors' columns in the API's order, their conversion rates and fees as numeric cells. */
    static void assertWorkbookShows(URI uri, Api.Login login, JsonObject view) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download(uri, login)))) {
            Sheet sheet = book.getSheetAt(0);
            Map<String, Row> rows = new HashMap<>();
            Row header = null;
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                if (first != null && first.getCellType() == CellType.STRING) {
                    rows.putIfAbsent(first.getStringCellValue(), row);
                    if (first.getStringCellValue().equals("指标")) {
                        header = row;
                    }
                }
            }
            assertTrue(header != null, "the header row 指标");
            List<JsonObject> vendors = view.getJsonArray("vendors").getValuesAs(JsonObject.class);
            for (int i = 0; i < vendors.size(); i++) {
                JsonObject v = vendors.get(i);
                assertEquals(v.getString("vendorName"), header.getCell(i + 1).getStringCellValue());
                if (v.getJsonObject("kpis").containsKey("conversionRate")) {
                    Cell conversion = rows.get("询单转化率").getCell(i + 1);
                    assertEquals(CellType.NUMERIC, conversion.getCellType());
                    assertEquals(0, ComparisonIT.number(v.getJsonObject("kpis"), "conversionRate")
                            .compareTo(BigDecimal.valueOf(conversion.getNumericCellValue())));
                }
                Cell fees = rows.get("服务费").getCell(i + 1);
                assertEquals(0, ComparisonIT.number(v, "fees").compareTo(BigDecimal.valueOf(fees.getNumericCellValue())
                        .setScale(2, java.math.RoundingMode.HALF_UP)));
            }
        }
    }
}
