package org.association.membership.control;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.association.membership.entity.InstitutionType;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberStatus;
import org.association.membership.entity.UnifiedSocialCreditCode;

/** Members as the association has them, and files made of them. */
final class Fixtures {

    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    static final String ENGLISH_HEADER = "member_number,kind,name,name_en,professional_title,specialty,licence_number,"
            + "institution_type,credit_code,employer,email,phone,address,website,joined_on,paid_up_until,status,"
            + "listed_in_directory,notes";
    static final String CHINESE_HEADER = "会员编号,类型,姓名/名称,英文名,职称,专业,执业证书编码,机构类型,统一社会信用代码,工作单位,"
            + "电子邮箱,电话,地址,网址,入会日期,会费有效期,状态,公开展示,备注";

    private Fixtures() {
    }

    static String creditCode(int n) {
        return UnifiedSocialCreditCode.Validator.complete(String.format("12510100MB%07d", n));
    }

    static String licence(int n) {
        return String.format("1105101%08d", n);
    }

    static String number(int n) {
        return String.format("M%06d", n);
    }

    static Member physician(int n, String name, String nameEn) {
        Member member = Member.individual(name);
        member.assignMemberNumber(number(n));
        member.setNameEn(nameEn);
        member.setProfessionalTitle("主任医师");
        member.setSpecialty("心血管内科");
        member.setLicenceNumber(licence(n));
        member.setEmployer("成都高新区人民医院");
        member.setEmail(nameEn.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.org");
        member.setPhone(String.format("139800%05d", n));
        member.setStatus(MemberStatus.ACTIVE);
        member.setJoinedOn(LocalDate.of(2018, 3, 1));
        member.setPaidUpUntil(LocalDate.of(2026, 12, 31));
        return member;
    }

    static Member hospital(int n, String name) {
        Member member = Member.institution(name);
        member.assignMemberNumber(number(n));
        member.setNameEn("Chengdu High-tech Zone People's Hospital");
        member.setInstitutionType(InstitutionType.GENERAL_HOSPITAL);
        member.setCreditCode(creditCode(n));
        member.setEmail("office" + n + "@example.org");
        member.setPhone("028-8512" + String.format("%04d", n));
        member.setAddress("成都市高新区天府大道中段1号");
        member.setWebsite("https://hospital.example.org");
        member.setStatus(MemberStatus.ACTIVE);
        member.setJoinedOn(LocalDate.of(2016, 6, 20));
        member.setPaidUpUntil(LocalDate.of(2026, 12, 31));
        member.setListedInDirectory(true);
        return member;
    }

    /** Two physicians and a hospital, with the values an export must guard or quote. */
    static List<Member> register() {
        Member zhang = physician(1, "张伟", "Zhang Wei");
        zhang.setNotes("=HYPERLINK(\"http://evil.example\",\"点击\")");
        Member li = physician(2, "李娜", "Li Na");
        li.setPhone("+86 28 8512 0002");
        li.setNotes("-2 分：2023年度考核\n第二行，含\"引号\"");
        li.setPaidUpUntil(null);
        Member hospital = hospital(3, "成都高新区人民医院");
        hospital.setEmployer("@成都市卫生健康委员会");
        return List.of(zhang, li, hospital);
    }

    static byte[] utf8(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] csv(List<Member> members, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            MemberExport.csv(members.stream(), locale, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(List<Member> members, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            MemberExport.xlsx(members.stream(), locale, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The values of every column, to compare members field by field. */
    static List<Object> values(Member member) {
        return Arrays.stream(MemberColumn.values()).map(column -> column.get(member)).toList();
    }
}
