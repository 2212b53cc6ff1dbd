package com.csvendor.portal.web.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.csvendor.portal.contract.entity.ServiceType;
import jakarta.faces.convert.ConverterException;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConvertersTest {

    @Test
    void checkBoxValuesBecomeEnumsNotStrings() {
        Object value = new EnumValueConverter.ServiceTypes().getAsObject(null, null, "REVIEW_FOLLOW_UP");
        assertSame(ServiceType.REVIEW_FOLLOW_UP, value);
        assertSame(DayOfWeek.SUNDAY, new EnumValueConverter.Days().getAsObject(null, null, "SUNDAY"));
        assertEquals("PRE_SALES", new EnumValueConverter.ServiceTypes().getAsString(null, null, ServiceType.PRE_SALES));
        assertNull(new EnumValueConverter.Channels().getAsObject(null, null, " "));
    }

    @Test
    void anUnknownValueIsAConversionError() {
        assertThrows(ConverterException.class,
                () -> new EnumValueConverter.ServiceTypes().getAsObject(null, null, "HACKED"));
    }

    @Test
    void forbiddenPhrasesOnePerLineWithoutBlanksOrRepeats() {
        TextListConverter lines = new TextListConverter.Lines();
        assertEquals(List.of("不知道", "自己看", "亲，这个不归我管"),
                lines.getAsObject(null, null, " 不知道\r\n\n自己看\n不知道\n亲，这个不归我管 \n"));
        assertEquals("a\nb", lines.getAsString(null, null, List.of("a", "b")));
        assertEquals(List.of(), lines.getAsObject(null, null, null));
    }

    @Test
    void languagesSeparatedByCommasOfEitherWidthOrSpaces() {
        TextListConverter commas = new TextListConverter.Commas();
        assertEquals(List.of("zh", "en", "ja"), commas.getAsObject(null, null, "zh，en, ja  zh"));
        assertEquals("zh, en", commas.getAsString(null, null, List.of("zh", "en")));
    }
}
