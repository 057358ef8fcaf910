package org.association.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.association.content.entity.Language;
import org.association.events.entity.Event;
import org.association.events.entity.Registration;
import org.association.events.entity.RegistrationType;
import org.junit.jupiter.api.Test;

class RegistrationRowTest {

    private static final RegistrationType DELEGATE = new RegistrationType(new Event("cardiology-2027", "心血管年会",
            "Cardiology meeting", LocalDateTime.of(2027, 4, 17, 9, 0), LocalDateTime.of(2027, 4, 18, 17, 0)),
            "普通代表", "Delegate", new BigDecimal("300.00"), 10);

    @Test
    void whatIsOutstandingIsThePriceLessThePaymentsAndRefunds() {
        assertEquals(new BigDecimal("300.00"), row("300.00", "0").outstanding());
        assertEquals(RegistrationRow.PaymentState.UNPAID, row("300.00", "0").paymentState());
        assertEquals(new BigDecimal("100.00"), row("300.00", "200").outstanding());
        assertEquals(RegistrationRow.PaymentState.PART_PAID, row("300.00", "200").paymentState());
        assertEquals(new BigDecimal("0.00"), row("300.00", "300.00").outstanding());
        assertEquals(RegistrationRow.PaymentState.PAID, row("300.00", "300.00").paymentState());
        assertEquals(new BigDecimal("-50.00"), row("300.00", "350").outstanding());
        assertEquals(RegistrationRow.PaymentState.OVERPAID, row("300.00", "350").paymentState());
        assertEquals(RegistrationRow.PaymentState.FREE, row("0", "0").paymentState());
    }

    @Test
    void aCancelledRegistrationOwesNothingAndWhatItStillHoldsIsOverpaid() {
        RegistrationRow cancelled = row("300.00", "300.00");
        cancelled.registration().cancel(LocalDateTime.of(2027, 4, 1, 12, 0));
        assertEquals(new BigDecimal("0.00"), cancelled.outstanding());
        assertEquals(RegistrationRow.PaymentState.OVERPAID, cancelled.paymentState());
    }

    @Test
    void theCsvHasTheHeadersOfItsLanguageAndGuardsFormulasButNotAmounts() throws IOException {
        RegistrationRow row = row("300.00", "350");
        row.registration().setName("=HYPERLINK(\"http://x\")");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegistrationColumns columns = RegistrationColumns.standard(Locale.SIMPLIFIED_CHINESE).add("extra", "附加", any -> "x");
        assertEquals(1, RegistrationExport.csv(Stream.of(row), columns, out));
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(out.toString(StandardCharsets.UTF_8)
                .substring(1))).getRecords();
        assertEquals("姓名", records.get(0).get(1));
        assertEquals("附加", records.get(0).get(records.get(0).size() - 1));
        assertEquals("'=HYPERLINK(\"http://x\")", records.get(1).get(1));
        assertEquals("-50.00", records.get(1).get(10));
        assertEquals("多付", records.get(1).get(11));
    }

    private static RegistrationRow row(String price, String paid) {
        Registration registration = new Registration();
        registration.place(DELEGATE, Language.ZH, "hash", new BigDecimal(price));
        return new RegistrationRow(registration, new BigDecimal(paid));
    }
}
