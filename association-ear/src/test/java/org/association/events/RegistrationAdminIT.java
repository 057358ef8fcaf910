package org.association.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.association.audit.boundary.AuditFilter;
import org.association.audit.boundary.AuditService;
import org.association.audit.entity.AuditEntry;
import org.association.common.AssociationClock;
import org.association.common.DuplicateEntityException;
import org.association.common.EntityAlreadyModifiedException;
import org.association.common.InvalidEntityException;
import org.association.content.entity.Language;
import org.association.events.boundary.EventRegistrations;
import org.association.events.boundary.EventService;
import org.association.events.boundary.PaymentRecord;
import org.association.events.boundary.RegistrationRefused;
import org.association.events.control.RegistrationRow;
import org.association.events.entity.Event;
import org.association.events.entity.EventStatus;
import org.association.events.entity.Payment;
import org.association.events.entity.PaymentMethod;
import org.association.events.entity.Registration;
import org.association.events.entity.RegistrationStatus;
import org.association.events.entity.RegistrationType;
import org.association.testing.Deployments;
import org.association.testing.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff's side of registrations on a real Payara, EclipseLink and Derby: corrections refused on a stale copy, moves
 * between types under their locks with the waiting list's promotion, cancels by staff, the table as CSV and XLSX read
 * back, and payments with their references recorded once, also when told twice at the same moment.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationAdminIT {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(RegistrationAdminIT.class);
    }

    @Inject
    private EventService events;

    @Inject
    private EventRegistrations registrations;

    @Inject
    private Staff staff;

    @Inject
    private AuditService audit;

    @Inject
    private AssociationClock clock;

    @Resource
    private ManagedExecutorService executor;

    @Test
    void aCorrectionOnAStaleCopyIsRefusedAndAFreshOneIsSavedAndAudited() {
        Event event = event("edit");
        RegistrationType type = type(event, "普通代表", "300.00", 5);
        Registration registered = register(event, type, "王医生");
        Registration other = register(event, type, "李医生");

        Registration first = staff.admin(() -> events.registration(registered.getId()));
        Registration stale = staff.admin(() -> events.registration(registered.getId()));
        first.setName("王大夫");
        first.setPhone("13812345678");
        String address = "Wang-" + SERIAL.incrementAndGet() + "@Example.org";
        first.setEmail("  " + address + " ");
        Registration saved = staff.admin(() -> events.edit(first, "typo"));
        assertEquals("王大夫", saved.getName());
        assertEquals(address.toLowerCase(Locale.ROOT), saved.getEmail());

        stale.setInstitution("另一家医院");
        assertThrows(EntityAlreadyModifiedException.class, () -> staff.admin(() -> events.edit(stale, "late")));
        Registration stored = staff.admin(() -> events.registration(registered.getId()));
        assertEquals("王大夫", stored.getName());
        assertEquals("成都高新医院", stored.getInstitution(), "the stale copy changed nothing");

        List<AuditEntry> history = staff.admin(() -> audit.of("Registration", registered.getId()));
        assertEquals("updated", history.get(0).getAction());
        assertEquals("typo", history.get(0).getReason());
        assertTrue(history.get(0).getChanges().contains("\"name\":[\"王医生\",\"王大夫\"]"), history.get(0).getChanges());

        Registration taken = staff.admin(() -> events.registration(registered.getId()));
        taken.setEmail(other.getEmail());
        DuplicateEntityException duplicate = assertThrows(DuplicateEntityException.class,
                () -> staff.admin(() -> events.edit(taken, "")));
        assertEquals("email", duplicate.getField());
        Registration unknownMember = staff.admin(() -> events.registration(registered.getId()));
        unknownMember.setMemberNumber("M999999");
        assertEquals("memberNumber", assertThrows(RegistrationRefused.class,
                () -> staff.admin(() -> events.edit(unknownMember, ""))).getField());
        Registration badPhone = staff.admin(() -> events.registration(registered.getId()));
        badPhone.setPhone("abc");
        assertThrows(InvalidEntityException.class, () -> staff.admin(() -> events.edit(badPhone, "")));
    }

    @Test
    void aMoveToAFullTypeIsRefusedAndToAFreeOnePromotesTheOldTypesFirstWaiting() {
        Event event = event("move");
        RegistrationType small = type(event, "早鸟", "200.00", 1);
        RegistrationType full = type(event, "学生", "100.00", 1);
        RegistrationType free = type(event, "非会员", "500.00", 5);
        Registration moving = register(event, small, "甲");
        Registration waiting = register(event, small, "乙");
        register(event, full, "丙");
        assertEquals(RegistrationStatus.WAITING, waiting.getStatus());

        RegistrationRefused refused = assertThrows(RegistrationRefused.class, () -> staff.admin(() ->
                events.move(moving.getId(), moving.getVersion(), full.getId(), "wrong type")));
        assertEquals("error.registration.typeFull", refused.getMessageKey());
        assertEquals("甲 早鸟 CONFIRMED 200.00\n乙 早鸟 WAITING 200.00\n丙 学生 CONFIRMED 100.00", table(event));
        assertEquals("1 1 0", taken(event));

        assertThrows(EntityAlreadyModifiedException.class, () -> staff.admin(() ->
                events.move(moving.getId(), moving.getVersion() - 1, free.getId(), "stale")));
        staff.admin(() -> events.move(moving.getId(), moving.getVersion(), free.getId(), "is not a member"));
        assertEquals("甲 非会员 CONFIRMED 500.00\n乙 早鸟 OFFERED 200.00\n丙 学生 CONFIRMED 100.00", table(event),
                "the freed place is offered to the first waiting");
        assertEquals("1 1 1", taken(event));
        assertEquals("moved", staff.admin(() -> audit.of("Registration", moving.getId())).get(0).getAction());
        assertEquals("offered", staff.admin(() -> audit.of("Registration", waiting.getId())).get(0).getAction());

        Registration late = register(event, small, "丁");
        assertEquals(RegistrationStatus.WAITING, late.getStatus());
        staff.admin(() -> events.move(late.getId(), late.getVersion(), free.getId(), "a place is free there"));
        assertEquals(RegistrationStatus.OFFERED, staff.admin(() -> events.registration(late.getId())).getStatus(),
                "a waiting registration moved to a type with a free place is offered it");
        assertEquals("1 1 2", taken(event));
    }

    @Test
    void aCancelByStaffNeedsAReasonAndPromotesTheFirstWaiting() {
        Event event = event("cancel");
        RegistrationType type = type(event, "普通代表", "300.00", 1);
        Registration first = register(event, type, "甲");
        register(event, type, "乙");
        register(event, type, "丙");

        assertEquals("cancelReason", assertThrows(RegistrationRefused.class, () -> staff.admin(() ->
                events.cancel(first.getId(), first.getVersion(), " "))).getField());
        staff.admin(() -> events.cancel(first.getId(), first.getVersion(), "asked by phone"));
        assertEquals("甲 普通代表 CANCELLED 300.00\n乙 普通代表 OFFERED 300.00\n丙 普通代表 WAITING 300.00",
                table(event));
        assertEquals("1", taken(event));
        AuditEntry cancelled = staff.admin(() -> audit.of("Registration", first.getId())).get(0);
        assertEquals("cancelled", cancelled.getAction());
        assertEquals("asked by phone", cancelled.getReason());
    }

    @Test
    void paymentsAddUpAgainstThePriceAndAReferenceIsRecordedOnceEvenTwiceAtOnce() throws Exception {
        Event event = event("pay");
        RegistrationType type = type(event, "普通代表", "300.00", 5);
        Registration registration = register(event, type, "付款人");
        LocalDate today = clock.today();
        Payment paid = staff.admin(() -> events.recordPayment(registration.getId(),
                new PaymentRecord(new BigDecimal("300.00"), PaymentMethod.WECHAT, today, "WX-1")));
        assertEquals("created", staff.admin(() -> audit.of("Payment", paid.getId())).get(0).getAction());
        DuplicateEntityException duplicate = assertThrows(DuplicateEntityException.class, () -> staff.admin(() ->
                events.recordPayment(registration.getId(), new PaymentRecord(new BigDecimal("300.00"), PaymentMethod.WECHAT,
                        today, " WX-1 "))));
        assertEquals("reference", duplicate.getField());
        assertThrows(InvalidEntityException.class, () -> staff.admin(() -> events.recordPayment(registration.getId(),
                new PaymentRecord(BigDecimal.ZERO, PaymentMethod.CASH, today, null))));
        staff.admin(() -> events.recordPayment(registration.getId(),
                new PaymentRecord(new BigDecimal("-50.00"), PaymentMethod.WECHAT, today, "WX-1-REFUND")));

        int tellers = 4;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < tellers; i++) {
            outcomes.add(executor.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                try {
                    staff.admin(() -> events.recordPayment(registration.getId(),
                            new PaymentRecord(new BigDecimal("20.00"), PaymentMethod.OFFICIAL_CARD, today, "GWK-7")));
                    return true;
                } catch (DuplicateEntityException e) {
                    return false;
                }
            }));
        }
        Thread.sleep(300);
        start.countDown();
        int recorded = 0;
        for (Future<Boolean> outcome : outcomes) {
            recorded += outcome.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertEquals(1, recorded, "of " + tellers + " payments with one reference told at once");

        assertEquals(List.of("300.00 WECHAT WX-1 SYSTEM", "-50.00 WECHAT WX-1-REFUND SYSTEM",
                "20.00 OFFICIAL_CARD GWK-7 SYSTEM"),
                staff.admin(() -> events.payments(registration.getId())).stream().map(payment -> payment.getAmount() + " "
                        + payment.getMethod() + " " + payment.getReference() + " " + payment.getConfirmedBy()).toList());
        RegistrationRow row = staff.admin(() -> events.rows(event.getId(), null, null)).get(0);
        assertEquals(new BigDecimal("270.00"), row.paid());
        assertEquals(new BigDecimal("30.00"), row.outstanding());
        assertEquals(RegistrationRow.PaymentState.PART_PAID, row.paymentState());
    }

    @Test
    void theFilteredTableReadsBackAsCsvAndAsXlsx() throws Exception {
        Event event = event("export");
        RegistrationType type = type(event, "普通代表", "300.00", 1);
        Registration placed = register(event, type, "=出席者");
        Registration waiting = register(event, type, "候补者");
        staff.admin(() -> events.recordPayment(placed.getId(),
                new PaymentRecord(new BigDecimal("100.00"), PaymentMethod.BANK_TRANSFER, clock.today(), "BANK-1")));
        staff.admin(() -> events.attend(placed.getId(), true, "test"));

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        staff.admin(() -> {
            events.export(event.getId(), null, null, false, Locale.SIMPLIFIED_CHINESE, csv);
            return null;
        });
        String text = csv.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte order mark for Excel");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertEquals(2, records.size());
        CSVRecord first = records.get(0);
        assertEquals("'=出席者", first.get("姓名"), "a formula is guarded");
        assertEquals(placed.getEmail(), first.get("电子邮箱"));
        assertEquals("普通代表", first.get("报名类别"));
        assertEquals("已确认", first.get("状态"));
        assertEquals("300.00", first.get("费用"));
        assertEquals("100.00", first.get("已付"));
        assertEquals("200.00", first.get("待付"));
        assertEquals("部分已付", first.get("付款状态"));
        assertEquals("是", first.get("出席"));
        assertEquals("候补", records.get(1).get("状态"));
        assertEquals("未付", records.get(1).get("付款状态"));

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        staff.admin(() -> {
            events.export(event.getId(), RegistrationStatus.WAITING, type.getId(), true, Locale.ENGLISH, xlsx);
            return null;
        });
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Registrations", sheet.getSheetName());
            assertEquals(1, sheet.getLastRowNum(), "the header and the one waiting registration");
            Map<String, Integer> columns = new HashMap<>();
            sheet.getRow(0).forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
            Row row = sheet.getRow(1);
            assertEquals("候补者", row.getCell(columns.get("name")).getStringCellValue());
            assertEquals(waiting.getEmail(), row.getCell(columns.get("email")).getStringCellValue());
            assertEquals("WAITING", row.getCell(columns.get("status")).getStringCellValue());
            assertEquals(CellType.NUMERIC, row.getCell(columns.get("price")).getCellType());
            assertEquals(300.0, row.getCell(columns.get("price")).getNumericCellValue());
            assertEquals(300.0, row.getCell(columns.get("outstanding")).getNumericCellValue());
            assertEquals("UNPAID", row.getCell(columns.get("payment")).getStringCellValue());
            assertEquals("false", row.getCell(columns.get("attended")).getStringCellValue());
        }
        AuditFilter exported = new AuditFilter(null, "Registration", null, "exported", null, null);
        List<AuditEntry> exports = staff.admin(() -> audit.search(exported, 0, 20));
        assertTrue(exports.stream().anyMatch(entry -> entry.getChanges().contains("\"event\":[null,\"" + event.getId() + "\"]")
                && entry.getChanges().contains("\"format\":[null,\"xlsx\"]")
                && entry.getChanges().contains("\"rows\":[null,\"1\"]")), "the export is audited");
    }

    private Event event(String name) {
        String slug = name + "-" + SERIAL.incrementAndGet();
        Event event = new Event(slug, "测试学术会议 " + slug, "Test conference " + slug,
                clock.now().plusDays(30).withHour(9).withMinute(0), clock.now().plusDays(30).withHour(17).withMinute(30));
        event.setStatus(EventStatus.PUBLISHED);
        return staff.admin(() -> events.create(event, "test"));
    }

    private RegistrationType type(Event event, String name, String price, int capacity) {
        return staff.admin(() -> events.addType(new RegistrationType(event, name, name, new BigDecimal(price), capacity),
                "test"));
    }

    private Registration register(Event event, RegistrationType type, String name) {
        Registration form = new Registration();
        form.setName(name);
        form.setEmail("admin-" + SERIAL.incrementAndGet() + "@example.org");
        form.setPhone("028-85123456");
        form.setInstitution("成都高新医院");
        return registrations.register(event.getId(), type.getId(), form, Language.ZH).registration();
    }

    /** "name type status price" a line, first registered first. */
    private String table(Event event) {
        return staff.admin(() -> events.registrations(event.getId(), null, null)).stream()
                .map(one -> one.getName() + " " + one.getType().getNameZh() + " " + one.getStatus() + " " + one.getPrice())
                .collect(Collectors.joining("\n"));
    }

    private String taken(Event event) {
        return registrations.types(event.getId()).stream().map(type -> String.valueOf(type.taken()))
                .collect(Collectors.joining(" "));
    }
}
