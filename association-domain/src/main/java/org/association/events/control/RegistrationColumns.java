package org.association.events.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.association.events.entity.Registration;
import org.association.events.entity.RegistrationStatus;

/**
 * The columns of a registrations file, in order: each with its English and Chinese header and the value it takes from
 * a row. {@link #standard()} gives the columns every registration has; {@link #add} appends more, such as one per
 * custom question of the event.
 */
public final class RegistrationColumns {

    /** One column: a cell's value is text, a number (BigDecimal), a time or null. */
    public record Column(String headerEn, String headerZh, Function<RegistrationRow, Object> value) {

        public String header(Locale locale) {
            return isChinese(locale) ? headerZh : headerEn;
        }
    }

    private static final Map<Enum<?>, String> CHINESE_LABELS = Map.ofEntries(
            Map.entry(RegistrationStatus.CONFIRMED, "已确认"),
            Map.entry(RegistrationStatus.WAITING, "候补"),
            Map.entry(RegistrationStatus.CANCELLED, "已取消"),
            Map.entry(RegistrationRow.PaymentState.FREE, "免费"),
            Map.entry(RegistrationRow.PaymentState.UNPAID, "未付"),
            Map.entry(RegistrationRow.PaymentState.PART_PAID, "部分已付"),
            Map.entry(RegistrationRow.PaymentState.PAID, "已付清"),
            Map.entry(RegistrationRow.PaymentState.OVERPAID, "多付"));

    private final Locale locale;
    private final List<Column> columns = new ArrayList<>();

    private RegistrationColumns(Locale locale) {
        this.locale = locale;
    }

    /** The person, the type, the status, the price, the attendance and the payments, labels in the locale's language. */
    public static RegistrationColumns standard(Locale locale) {
        RegistrationColumns standard = new RegistrationColumns(locale);
        return standard
                .add("registered_at", "报名时间", row -> row.registration().getCreatedAt())
                .add("name", "姓名", row -> row.registration().getName())
                .add("email", "电子邮箱", row -> row.registration().getEmail())
                .add("phone", "电话", row -> row.registration().getPhone())
                .add("institution", "工作单位", row -> row.registration().getInstitution())
                .add("member_number", "会员编号", row -> row.registration().getMemberNumber())
                .add("type", "报名类别", row -> isChinese(locale) ? row.registration().getType().getNameZh()
                        : row.registration().getType().getNameEn())
                .add("status", "状态", row -> standard.label(row.registration().getStatus()))
                .add("price", "费用", row -> row.registration().getPrice())
                .add("paid", "已付", RegistrationRow::paid)
                .add("outstanding", "待付", RegistrationRow::outstanding)
                .add("payment", "付款状态", row -> standard.label(row.paymentState()))
                .add("attended", "出席", row -> standard.yesNo(row.registration().isAttended()))
                .add("cme_points", "学分", row -> row.registration().getCmePoints());
    }

    /** Appends a column. */
    public RegistrationColumns add(String headerEn, String headerZh, Function<RegistrationRow, Object> value) {
        columns.add(new Column(headerEn, headerZh, value));
        return this;
    }

    public List<Column> build() {
        return List.copyOf(columns);
    }

    public Locale locale() {
        return locale;
    }

    /** Chinese files read Chinese labels; English ones the constants' names. */
    private String label(Enum<?> value) {
        return isChinese(locale) ? CHINESE_LABELS.get(value) : value.name();
    }

    private String yesNo(boolean flag) {
        return isChinese(locale) ? (flag ? "是" : "否") : String.valueOf(flag);
    }

    private static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
