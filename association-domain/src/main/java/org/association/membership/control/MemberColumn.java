package org.association.membership.control;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.association.membership.entity.InstitutionType;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberKind;
import org.association.membership.entity.MemberStatus;

/**
 * The columns of a member file (CSV or XLSX), in the order an export writes them; an import takes them
 * in any order, under an English or a Chinese header. Each column is named after its {@link Member}
 * property, so field errors, Bean Validation paths and lists of changed fields all use one vocabulary.
 */
public enum MemberColumn {
    MEMBER_NUMBER("memberNumber", Type.TEXT, "member_number", "会员编号"),
    KIND("kind", Type.KIND, "kind", "类型", "会员类型"),
    NAME("name", Type.TEXT, "name", "姓名/名称", "姓名", "名称"),
    NAME_EN("nameEn", Type.TEXT, "name_en", "英文名", "english_name"),
    PROFESSIONAL_TITLE("professionalTitle", Type.TEXT, "professional_title", "职称"),
    SPECIALTY("specialty", Type.TEXT, "specialty", "专业"),
    LICENCE_NUMBER("licenceNumber", Type.TEXT, "licence_number", "执业证书编码", "license_number"),
    INSTITUTION_TYPE("institutionType", Type.INSTITUTION_TYPE, "institution_type", "机构类型"),
    CREDIT_CODE("creditCode", Type.TEXT, "credit_code", "统一社会信用代码"),
    EMPLOYER("employer", Type.TEXT, "employer", "工作单位"),
    EMAIL("email", Type.TEXT, "email", "电子邮箱", "邮箱"),
    PHONE("phone", Type.TEXT, "phone", "电话", "联系电话"),
    ADDRESS("address", Type.TEXT, "address", "地址"),
    WEBSITE("website", Type.TEXT, "website", "网址"),
    JOINED_ON("joinedOn", Type.DATE, "joined_on", "入会日期"),
    PAID_UP_UNTIL("paidUpUntil", Type.DATE, "paid_up_until", "会费有效期"),
    STATUS("status", Type.STATUS, "status", "状态"),
    LISTED_IN_DIRECTORY("listedInDirectory", Type.BOOLEAN, "listed_in_directory", "公开展示"),
    NOTES("notes", Type.TEXT, "notes", "备注");

    /** The columns every file must have: the two arguments of a new {@link Member}. */
    public static final List<MemberColumn> REQUIRED = List.of(KIND, NAME);

    /** The columns that identify a stored member. */
    public static final List<MemberColumn> KEYS = List.of(MEMBER_NUMBER, CREDIT_CODE, LICENCE_NUMBER);

    /** The Chinese labels of the enumerations, used in Chinese files; English files use the constants' names. */
    private static final Map<Enum<?>, String> CHINESE_LABELS = Map.ofEntries(
            Map.entry(MemberKind.INDIVIDUAL, "个人"),
            Map.entry(MemberKind.INSTITUTION, "单位"),
            Map.entry(MemberStatus.APPLICANT, "申请中"),
            Map.entry(MemberStatus.ACTIVE, "正常"),
            Map.entry(MemberStatus.SUSPENDED, "暂停"),
            Map.entry(MemberStatus.RESIGNED, "退会"),
            Map.entry(MemberStatus.REJECTED, "已拒绝"),
            Map.entry(InstitutionType.GENERAL_HOSPITAL, "综合医院"),
            Map.entry(InstitutionType.SPECIALIST_HOSPITAL, "专科医院"),
            Map.entry(InstitutionType.TCM_HOSPITAL, "中医医院"),
            Map.entry(InstitutionType.COMMUNITY_HEALTH_CENTER, "社区卫生服务中心"),
            Map.entry(InstitutionType.CLINIC, "诊所"),
            Map.entry(InstitutionType.MATERNAL_CHILD_HEALTH, "妇幼保健院"),
            Map.entry(InstitutionType.PUBLIC_HEALTH, "公共卫生机构"),
            Map.entry(InstitutionType.OTHER, "其他"));

    private static final Map<String, Boolean> BOOLEANS = Map.of(
            "true", true, "yes", true, "是", true, "1", true,
            "false", false, "no", false, "否", false, "0", false);

    /** ISO dates, and the yyyy/M/d form that Excel on Chinese Windows writes; STRICT refuses 2024-02-30. */
    private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Map<String, MemberColumn> BY_HEADER = new HashMap<>();
    private static final Map<String, MemberColumn> BY_PROPERTY = new HashMap<>();

    static {
        for (MemberColumn column : values()) {
            BY_PROPERTY.put(column.property, column);
            BY_HEADER.put(normalize(column.property), column);
            for (String header : column.headers) {
                BY_HEADER.put(normalize(header), column);
            }
        }
    }

    private final String property;
    private final Type type;
    /** The English header, the Chinese header, then further accepted spellings. */
    private final List<String> headers;

    MemberColumn(String property, Type type, String... headers) {
        this.property = property;
        this.type = type;
        this.headers = List.of(headers);
    }

    /** The column under a header, in either language, ignoring case, spaces, underscores and full-width forms. */
    public static Optional<MemberColumn> ofHeader(String header) {
        return Optional.ofNullable(BY_HEADER.get(normalize(header)));
    }

    /** The column of a {@link Member} property, e.g. of a Bean Validation property path. */
    public static Optional<MemberColumn> ofProperty(String property) {
        return Optional.ofNullable(BY_PROPERTY.get(property));
    }

    public String property() {
        return property;
    }

    /** The header an export writes: Chinese for a Chinese locale, English otherwise. */
    public String header(Locale locale) {
        return headers.get(isChinese(locale) ? 1 : 0);
    }

    /** The column's value in {@code member}: a String, an enum constant, a LocalDate or a Boolean. */
    Object get(Member member) {
        return switch (this) {
            case MEMBER_NUMBER -> member.getMemberNumber();
            case KIND -> member.getKind();
            case NAME -> member.getName();
            case NAME_EN -> member.getNameEn();
            case PROFESSIONAL_TITLE -> member.getProfessionalTitle();
            case SPECIALTY -> member.getSpecialty();
            case LICENCE_NUMBER -> member.getLicenceNumber();
            case INSTITUTION_TYPE -> member.getInstitutionType();
            case CREDIT_CODE -> member.getCreditCode();
            case EMPLOYER -> member.getEmployer();
            case EMAIL -> member.getEmail();
            case PHONE -> member.getPhone();
            case ADDRESS -> member.getAddress();
            case WEBSITE -> member.getWebsite();
            case JOINED_ON -> member.getJoinedOn();
            case PAID_UP_UNTIL -> member.getPaidUpUntil();
            case STATUS -> member.getStatus();
            case LISTED_IN_DIRECTORY -> member.isListedInDirectory();
            case NOTES -> member.getNotes();
        };
    }

    /**
     * Sets the column's value, as {@link #get} returns it, through the entity's public API. The member
     * number can only be given to a member that has none.
     */
    void set(Member member, Object value) {
        switch (this) {
            case MEMBER_NUMBER -> member.assignMemberNumber((String) value);
            case KIND -> member.setKind((MemberKind) value);
            case NAME -> member.setName((String) value);
            case NAME_EN -> member.setNameEn((String) value);
            case PROFESSIONAL_TITLE -> member.setProfessionalTitle((String) value);
            case SPECIALTY -> member.setSpecialty((String) value);
            case LICENCE_NUMBER -> member.setLicenceNumber((String) value);
            case INSTITUTION_TYPE -> member.setInstitutionType((InstitutionType) value);
            case CREDIT_CODE -> member.setCreditCode((String) value);
            case EMPLOYER -> member.setEmployer((String) value);
            case EMAIL -> member.setEmail((String) value);
            case PHONE -> member.setPhone((String) value);
            case ADDRESS -> member.setAddress((String) value);
            case WEBSITE -> member.setWebsite((String) value);
            case JOINED_ON -> member.setJoinedOn((LocalDate) value);
            case PAID_UP_UNTIL -> member.setPaidUpUntil((LocalDate) value);
            case STATUS -> member.setStatus((MemberStatus) value);
            case LISTED_IN_DIRECTORY -> member.setListedInDirectory(Boolean.TRUE.equals(value));
            case NOTES -> member.setNotes((String) value);
        }
    }

    /**
     * The value of a cell (trimmed, not empty) as {@link #set} takes it.
     *
     * @throws InvalidValueException with the message key and arguments when the text is no such value
     */
    Object parse(String text) {
        return switch (type) {
            case TEXT -> text;
            case KIND -> parseChoice(text, MemberKind.class);
            case STATUS -> parseChoice(text, MemberStatus.class);
            case INSTITUTION_TYPE -> parseChoice(text, InstitutionType.class);
            case DATE -> parseDate(text);
            case BOOLEAN -> parseBoolean(text);
        };
    }

    /** The cell text of the column's value in {@code member}, null for no value; {@link #parse} reads it back. */
    public String format(Member member, Locale locale) {
        Object value = get(member);
        if (value instanceof Enum<?> constant) {
            return isChinese(locale) ? CHINESE_LABELS.get(constant) : constant.name();
        }
        if (value instanceof Boolean flag) {
            return isChinese(locale) ? (flag ? "是" : "否") : flag.toString();
        }
        return value == null ? null : value.toString();
    }

    private static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    /** NFKC turns full-width letters and the full-width slash of 姓名／名称 into their plain forms. */
    private static String normalize(String header) {
        return Normalizer.normalize(header, Normalizer.Form.NFKC).replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E parseChoice(String text, Class<E> type) {
        E[] constants = type.getEnumConstants();
        for (E constant : constants) {
            if (constant.name().equalsIgnoreCase(text) || CHINESE_LABELS.get(constant).equals(text)) {
                return constant;
            }
        }
        String accepted = Arrays.stream(constants).map(c -> CHINESE_LABELS.get(c) + " " + c.name())
                .collect(Collectors.joining(", "));
        throw new InvalidValueException("import.value.choice", text, accepted);
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text, text.indexOf('/') < 0 ? DASHED : SLASHED);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("import.value.date", text);
        }
    }

    private static boolean parseBoolean(String text) {
        Boolean value = BOOLEANS.get(text.toLowerCase(Locale.ROOT));
        if (value == null) {
            throw new InvalidValueException("import.value.boolean", text);
        }
        return value;
    }

    private enum Type {
        TEXT, KIND, STATUS, INSTITUTION_TYPE, DATE, BOOLEAN
    }

    /** A cell whose text is not a value of its column; cheap, since a bad file may throw thousands. */
    static final class InvalidValueException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final String messageKey;
        private final transient List<Object> arguments;

        InvalidValueException(String messageKey, Object... arguments) {
            super(messageKey);
            this.messageKey = messageKey;
            this.arguments = List.of(arguments);
        }

        String messageKey() {
            return messageKey;
        }

        List<Object> arguments() {
            return arguments;
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
