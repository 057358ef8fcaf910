package org.association.membership.control;

import static org.association.membership.control.Fixtures.VALIDATOR;
import static org.association.membership.control.Fixtures.creditCode;
import static org.association.membership.control.Fixtures.licence;
import static org.association.membership.control.Fixtures.register;
import static org.association.membership.control.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberStatus;
import org.junit.jupiter.api.Test;

class ImportPreviewTest {

    private final List<Member> stored = register(); // 张伟 M000001, 李娜 M000002, 成都高新区人民医院 M000003

    @Test
    void classifiesNewUpdateAndUnchangedComparingOnlyTheFilesColumns() {
        ImportPreview preview = preview(
                "member_number,kind,name,licence_number,credit_code,phone,specialty",
                "M000001,个人,张伟," + licence(1) + ",,13980000001,心血管内科",
                "M000002,个人,李娜," + licence(2) + ",,13980000002,神经内科",
                ",个人,王芳," + licence(4) + ",,13980000004,儿科",
                ",单位,成都高新区人民医院,," + creditCode(3) + ",028-85120099,");

        List<ClassifiedRow> rows = preview.rows();
        assertEquals(List.of(ImportOutcome.UNCHANGED, ImportOutcome.UPDATE, ImportOutcome.NEW, ImportOutcome.UPDATE),
                rows.stream().map(ClassifiedRow::outcome).toList(), () -> rows.toString());
        assertSame(stored.get(0), rows.get(0).existing());
        assertEquals(List.of(MemberColumn.SPECIALTY, MemberColumn.PHONE), rows.get(1).changes());
        assertNull(rows.get(2).existing());
        assertSame(stored.get(2), rows.get(3).existing(), "found by its credit code");
        assertEquals(List.of(MemberColumn.PHONE), rows.get(3).changes(), "no member number in the file is no change");
        assertEquals(Map.of(ImportOutcome.NEW, 1, ImportOutcome.UPDATE, 2, ImportOutcome.UNCHANGED, 1, ImportOutcome.ERROR, 0),
                preview.counts());
        assertEquals(List.of(rows.get(1), rows.get(3)), preview.rows(ImportOutcome.UPDATE));
    }

    @Test
    void appliesOnlyTheChangedColumnsToTheStoredMember() {
        ClassifiedRow update = preview(
                "member_number,kind,name,phone,specialty,email",
                "M000002,个人,李娜,13980000002,神经内科,li.na@example.org").rows().get(0);
        Member li = stored.get(1);

        update.applyTo(li);

        assertEquals("13980000002", li.getPhone());
        assertEquals("神经内科", li.getSpecialty());
        assertEquals("主任医师", li.getProfessionalTitle(), "not in the file, not touched");
        assertEquals(licence(2), li.getLicenceNumber());
        ClassifiedRow unchanged = preview("member_number,kind,name", "M000001,个人,张伟").rows().get(0);
        assertThrows(IllegalStateException.class, () -> unchanged.applyTo(stored.get(0)));
    }

    @Test
    void marksExactlyTheBadRowsAsErrorsWithTheirFieldAndKey() {
        String wrongCheck = creditCode(14).substring(0, 17) + (creditCode(14).endsWith("0") ? "1" : "0");
        ImportPreview preview = preview(
                "member_number,kind,name,licence_number,credit_code,institution_type,email,joined_on,notes",
                "M000011,个人,王芳," + licence(11) + ",,,wang.fang@example.org,2020-01-01,",
                "M000012,个人,赵磊," + licence(12) + ",,,,2024-02-30,",
                "M000013,个人,刘洋," + licence(13) + ",,,liu.yang@,2020-01-01,",
                "M000014,单位,成都高新区妇幼保健院,," + wrongCheck + ",妇幼保健院,,,",
                "M000015,个人,," + licence(15) + ",,,,,",
                "M000016,团体,成都医师协会,,,,,,",
                "M000011,个人,王芳," + licence(17) + ",,,,,",
                "M000018,个人,陈静," + licence(18) + ",,,chen.jing@example.org,2020-01-01,备注,多余",
                "M000019,个人,杨\u0000帆," + licence(19) + ",,,,,",
                ",单位,成都高新区中医医院,," + creditCode(20) + ",中医医院,,,");

        Map<Integer, String> errors = preview.rows(ImportOutcome.ERROR).stream()
                .collect(Collectors.toMap(ClassifiedRow::rowNumber,
                row -> row.errors().stream().map(error -> error.field() + ":" + error.messageKey())
                .collect(Collectors.joining(";"))));
        assertEquals(Map.of(
                3, "joinedOn:import.value.date",
                4, "email:import.constraint",
                5, "creditCode:import.constraint",
                6, "name:import.value.required",
                7, "kind:import.value.choice",
                8, "memberNumber:import.duplicateInFile",
                9, "null:import.row.tooManyColumns",
                10, "name:import.value.control"), errors);
        assertEquals(List.of(2, 11), preview.rows(ImportOutcome.NEW).stream().map(ClassifiedRow::rowNumber).toList());
        assertEquals(List.of("M000011", 2), preview.rows().get(6).errors().get(0).arguments());
    }

    @Test
    void refusesARowThatMatchesTwoMembersOrWouldChangeANumberOrKind() {
        ImportPreview preview = preview(
                "member_number,kind,name,licence_number",
                "M000001,个人,张伟," + licence(2),
                "M000099,个人,张伟," + licence(1),
                "M000003,个人,成都高新区人民医院,");

        List<ClassifiedRow> rows = preview.rows();
        assertEquals(List.of(new RowError(null, "import.ambiguousMatch", List.of("M000001 张伟", "M000002 李娜"))), rows.get(0)
                .errors());
        assertEquals(List.of(new RowError("memberNumber", "import.memberNumberMismatch", List.of("M000001 张伟"))), rows.get(1)
                .errors());
        assertEquals(List.of(new RowError("kind", "import.kindChanged", List.of("M000003 成都高新区人民医院"))), rows.get(2).errors());
        assertSame(stored.get(2), rows.get(2).existing());
    }

    @Test
    void givesANumberToAnApplicantFoundByLicence() {
        Member applicant = Member.individual("冯磊");
        applicant.setLicenceNumber(licence(50));
        List<Member> all = new ArrayList<>(stored);
        all.add(applicant);
        ImportFile file = MemberImportReader.read(utf8("member_number,kind,name,licence_number,status", "M000050,个人,冯磊,"
                + licence(50) + ",正常"));

        ClassifiedRow row = ImportPreview.of(file, MemberLookups.of(all), VALIDATOR).rows().get(0);

        assertEquals(ImportOutcome.UPDATE, row.outcome());
        assertEquals(List.of(MemberColumn.MEMBER_NUMBER, MemberColumn.STATUS), row.changes());
        row.applyTo(applicant);
        assertEquals("M000050", applicant.getMemberNumber());
        assertEquals(MemberStatus.ACTIVE, applicant.getStatus());
    }

    @Test
    void validatesAnUpdateAsTheStoredMemberWouldBecome() {
        ClassifiedRow row = preview("member_number,kind,name,credit_code", "M000003,单位,成都高新区人民医院,").rows().get(0);

        assertEquals(ImportOutcome.ERROR, row.outcome());
        assertEquals("institutionFieldsConsistent", row.errors().get(0).field(), "an institution needs its credit code");
        assertEquals(creditCode(3), stored.get(2).getCreditCode(), "validating changed nothing stored");
    }

    @Test
    void countsAKeyOfABadRowAsTaken() {
        ImportPreview preview = preview(
                "kind,name,credit_code,joined_on",
                "单位,成都高新区中医医院," + creditCode(20) + ",2024-02-30",
                "单位,成都高新区中医医院," + creditCode(20) + ",2024-02-29");

        assertEquals(List.of(new RowError("creditCode", "import.duplicateInFile", List.of(creditCode(20), 2))), preview.rows()
                .get(1).errors());
    }

    @Test
    void classifiesTenThousandRows() {
        List<Member> many = new ArrayList<>();
        StringBuilder csv = new StringBuilder(Fixtures.ENGLISH_HEADER).append("\r\n");
        for (int n = 1; n <= 10_000; n++) {
            Member member = Fixtures.physician(n, "张伟" + n, "Zhang Wei");
            if (n % 2 == 0) {
                many.add(Fixtures.physician(n, "张伟" + n, "Zhang Wei"));
            }
            if (n % 10 == 0) {
                member.setSpecialty("全科医学");
            }
            csv.append(String.join(",", Arrays.stream(MemberColumn.values())
                    .map(column -> column.format(member, Locale.ENGLISH))
                    .map(value -> value == null ? "" : value)
                    .toList())).append("\r\n");
        }

        ImportPreview preview = ImportPreview.of(MemberImportReader.read(csv.toString().getBytes(StandardCharsets.UTF_8)),
                MemberLookups.of(many), VALIDATOR);

        assertEquals(Map.of(ImportOutcome.NEW, 5_000, ImportOutcome.UPDATE, 1_000, ImportOutcome.UNCHANGED, 4_000,
                ImportOutcome.ERROR, 0),
                preview.counts());
        assertTrue(preview.rows(ImportOutcome.UPDATE).stream()
                .allMatch(row -> row.changes().equals(List.of(MemberColumn.SPECIALTY))));
    }

    private ImportPreview preview(String... lines) {
        return ImportPreview.of(MemberImportReader.read(utf8(lines)), MemberLookups.of(stored), VALIDATOR);
    }
}
