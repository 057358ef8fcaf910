package org.association.dues.control;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a bank statement export that the import reads, each known by the headers the common Chinese banks'
 * exports (中国银行, 工商银行, 建设银行, 农业银行, 招商银行 and their English versions) give it. A statement has either one signed
 * amount column or a credit and a debit column; the remittance reference is looked for in the memo (附言, 摘要, 用途).
 */
public enum StatementColumn {
    DATE("交易日期", "日期", "记账日期", "入账日期", "交易时间", "date", "transaction date", "value date", "posting date",
            "booking date"),
    AMOUNT("金额", "交易金额", "发生额", "amount", "transaction amount"),
    CREDIT("贷方发生额", "贷方金额", "收入金额", "收入", "存入金额", "贷方", "credit", "credit amount", "deposit", "deposits"),
    DEBIT("借方发生额", "借方金额", "支出金额", "支出", "取出金额", "借方", "debit", "debit amount", "withdrawal", "withdrawals"),
    PAYER_NAME("对方户名", "付款人名称", "付款人", "付款方户名", "对方账户名称", "对方名称", "payer", "payer name", "counterparty",
            "counterparty name", "account name"),
    PAYER_ACCOUNT("对方账号", "付款人账号", "付款方账号", "对方账户", "payer account", "counterparty account", "account number",
            "account no."),
    MEMO("附言", "交易附言", "摘要", "用途", "备注", "memo", "remarks", "remark", "description", "narrative", "purpose");

    private final List<String> headers;

    StatementColumn(String... headers) {
        this.headers = List.of(headers);
    }

    /** The column a header cell names: any case, spaces, a trailing "(元)" or "(CNY)" ignored. */
    public static Optional<StatementColumn> ofHeader(String header) {
        String name = header.toLowerCase(Locale.ROOT).replaceAll("[（(][^)）]*[)）]$", "").replaceAll("[\\s\u3000]+", " ")
                .strip();
        for (StatementColumn column : values()) {
            if (column.headers.contains(name)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** How a missing column is named in a message: its first English and Chinese header. */
    public String describe() {
        return headers.stream().filter(header -> header.chars().allMatch(c -> c < 128)).findFirst().orElseThrow() + " / "
                + headers.get(0);
    }
}
