package org.association.membership.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.association.membership.entity.InstitutionType;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberKind;
import org.association.membership.entity.MemberStatus;
import org.junit.jupiter.api.Test;

class MemberColumnTest {

    @Test
    void findsAColumnByItsHeaderInEitherLanguage() {
        assertEquals(Optional.of(MemberColumn.MEMBER_NUMBER), MemberColumn.ofHeader("member_number"));
        assertEquals(Optional.of(MemberColumn.MEMBER_NUMBER), MemberColumn.ofHeader(" Member Number "));
        assertEquals(Optional.of(MemberColumn.MEMBER_NUMBER), MemberColumn.ofHeader("memberNumber"));
        assertEquals(Optional.of(MemberColumn.MEMBER_NUMBER), MemberColumn.ofHeader("会员编号"));
        assertEquals(Optional.of(MemberColumn.NAME), MemberColumn.ofHeader("姓名／名称"), "full-width slash");
        assertEquals(Optional.of(MemberColumn.NAME), MemberColumn.ofHeader("名称"));
        assertEquals(Optional.of(MemberColumn.LICENCE_NUMBER), MemberColumn.ofHeader("LICENSE_NUMBER"));
        assertEquals(Optional.of(MemberColumn.CREDIT_CODE), MemberColumn.ofHeader("统一社会信用代码"));
        assertEquals(Optional.empty(), MemberColumn.ofHeader("微信号"));
    }

    @Test
    void everyHeaderAndPropertyLeadsBackToItsColumn() {
        for (MemberColumn column : MemberColumn.values()) {
            assertEquals(Optional.of(column), MemberColumn.ofHeader(column.header(Locale.ENGLISH)));
            assertEquals(Optional.of(column), MemberColumn.ofHeader(column.header(Locale.SIMPLIFIED_CHINESE)));
            assertEquals(Optional.of(column), MemberColumn.ofProperty(column.property()));
        }
    }

    @Test
    void readsChoicesByNameOrChineseLabel() {
        assertEquals(MemberKind.INDIVIDUAL, MemberColumn.KIND.parse("个人"));
        assertEquals(MemberKind.INSTITUTION, MemberColumn.KIND.parse("institution"));
        assertEquals(MemberStatus.ACTIVE, MemberColumn.STATUS.parse("正常"));
        assertEquals(MemberStatus.RESIGNED, MemberColumn.STATUS.parse("Resigned"));
        assertEquals(InstitutionType.TCM_HOSPITAL, MemberColumn.INSTITUTION_TYPE.parse("中医医院"));
        MemberColumn.InvalidValueException e = assertThrows(MemberColumn.InvalidValueException.class,
                () -> MemberColumn.KIND.parse("团体"));
        assertEquals("import.value.choice", e.messageKey());
        assertEquals("团体", e.arguments().get(0));
        assertTrue(e.arguments().get(1).toString().contains("单位 INSTITUTION"), e.arguments().toString());
    }

    @Test
    void readsIsoAndSlashedDatesStrictly() {
        assertEquals(LocalDate.of(2024, 3, 1), MemberColumn.JOINED_ON.parse("2024-03-01"));
        assertEquals(LocalDate.of(2024, 3, 1), MemberColumn.JOINED_ON.parse("2024/3/1"));
        assertEquals(LocalDate.of(2024, 2, 29), MemberColumn.JOINED_ON.parse("2024/02/29"));
        for (String bad : List.of("2024-02-30", "2023-02-29", "2024-13-01", "01/03/2024", "2024年3月1日", "24-3-1")) {
            MemberColumn.InvalidValueException e = assertThrows(MemberColumn.InvalidValueException.class,
                    () -> MemberColumn.PAID_UP_UNTIL.parse(bad), bad);
            assertEquals("import.value.date", e.messageKey());
        }
    }

    @Test
    void readsBooleansInBothLanguages() {
        for (String yes : List.of("true", "TRUE", "yes", "是", "1")) {
            assertEquals(true, MemberColumn.LISTED_IN_DIRECTORY.parse(yes), yes);
        }
        for (String no : List.of("false", "No", "否", "0")) {
            assertEquals(false, MemberColumn.LISTED_IN_DIRECTORY.parse(no), no);
        }
        assertThrows(MemberColumn.InvalidValueException.class, () -> MemberColumn.LISTED_IN_DIRECTORY.parse("对"));
    }

    @Test
    void readsBackWhatItWritesForEveryConstantInBothLanguages() {
        Member member = Member.institution("成都高新区人民医院");
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            for (MemberKind kind : MemberKind.values()) {
                member.setKind(kind);
                assertEquals(kind, MemberColumn.KIND.parse(MemberColumn.KIND.format(member, locale)));
            }
            for (MemberStatus status : MemberStatus.values()) {
                member.setStatus(status);
                assertEquals(status, MemberColumn.STATUS.parse(MemberColumn.STATUS.format(member, locale)));
            }
            for (InstitutionType type : InstitutionType.values()) {
                member.setInstitutionType(type);
                assertEquals(type, MemberColumn.INSTITUTION_TYPE.parse(MemberColumn.INSTITUTION_TYPE.format(member, locale)));
            }
            member.setListedInDirectory(true);
            assertEquals(true, MemberColumn.LISTED_IN_DIRECTORY.parse(MemberColumn.LISTED_IN_DIRECTORY.format(member, locale)));
        }
        assertEquals("单位", MemberColumn.KIND.format(member, Locale.SIMPLIFIED_CHINESE));
        assertEquals("是", MemberColumn.LISTED_IN_DIRECTORY.format(member, Locale.CHINA));
        assertEquals("true", MemberColumn.LISTED_IN_DIRECTORY.format(member, Locale.ENGLISH));
    }
}
