package com.csvendor.portal.kpi.entity;

/**
 * A canonical field of a KPI report row: what a column of an export means once its header is
 * matched by an import profile. Counts are stored, rates are derived; a reported rate is kept for
 * audit and, where the count is missing, the count is derived from it and its base. Fields without
 * a {@code column} are input only (a rating breakdown that is summed into the totals).
 */
public enum KpiField {
    STORE(Kind.TEXT, null, "store", "店铺编码"),
    AGENT_ACCOUNT(Kind.TEXT, null, "agent_account", "客服账号"),
    BUSINESS_DATE(Kind.DATE, null, "date", "日期"),
    CONSULTATIONS(Kind.COUNT, "consultations", "consultations", "咨询人数"),
    RECEIVED(Kind.COUNT, "received", "received", "接待人数"),
    INQUIRIES(Kind.COUNT, "inquiries", "inquiries", "询单人数"),
    ORDERS(Kind.COUNT, "orders", "orders", "下单人数"),
    PAID_BUYERS(Kind.COUNT, "paid_buyers", "paid_buyers", "付款人数"),
    SALES_AMOUNT(Kind.MONEY, "sales_amount", "sales_amount", "客服销售额"),
    REFUND_COUNT(Kind.COUNT, "refund_count", "refunds", "退款人数"),
    REFUND_AMOUNT(Kind.MONEY, "refund_amount", "refund_amount", "退款金额"),
    RETURNS(Kind.COUNT, "returns_count", "returns", "退货人数"),
    DISPUTES(Kind.COUNT, "disputes", "disputes", "纠纷数"),
    FIRST_RESPONSE(Kind.SECONDS, "first_response_seconds", "first_response_seconds", "首次响应时长(秒)"),
    AVG_RESPONSE(Kind.SECONDS, "avg_response_seconds", "avg_response_seconds", "平均响应时长(秒)"),
    RESPONSE_SESSIONS(Kind.COUNT, "response_sessions", "response_sessions", "响应会话数"),
    RESPONDED_3MIN(Kind.COUNT, "responded_3min", "responded_within_3min", "3分钟内响应人数"),
    RESPONDED_30S(Kind.COUNT, "responded_30s", "responded_within_30s", "30秒内响应人数"),
    RATINGS(Kind.COUNT, "ratings", "ratings", "评价数"),
    SATISFIED(Kind.COUNT, "satisfied", "satisfied_ratings", "满意评价数"),
    DISSATISFIED(Kind.COUNT, "dissatisfied", "dissatisfied_ratings", "不满意评价数"),
    ONLINE_HOURS(Kind.HOURS, "online_hours", "online_hours", "在线时长(小时)"),
    CONVERSION_RATE(Kind.RATE, "conversion_rate_reported", "conversion_rate", "询单转化率"),
    RESPONSE_RATE_3MIN(Kind.RATE, "response_rate_3min_reported", "response_rate_3min", "3分钟响应率"),
    RESPONSE_RATE_30S(Kind.RATE, "response_rate_30s_reported", "response_rate_30s", "30秒应答率"),
    SATISFACTION_RATE(Kind.RATE, "satisfaction_rate_reported", "satisfaction_rate", "满意率"),
    REPLY_RATE(Kind.RATE, "reply_rate_reported", "reply_rate", "回复率"),
    RATING_VERY_SATISFIED(Kind.COUNT, null, null, null),
    RATING_SATISFIED(Kind.COUNT, null, null, null),
    RATING_NEUTRAL(Kind.COUNT, null, null, null),
    RATING_DISSATISFIED(Kind.COUNT, null, null, null),
    RATING_VERY_DISSATISFIED(Kind.COUNT, null, null, null);

    /** How a cell of the field is read and stored. */
    public enum Kind {
        /** A name, taken as written (trimmed). */
        TEXT,
        /** A business date. */
        DATE,
        /** A whole number ≥ 0 ({@code 1,234} allowed). */
        COUNT,
        /** Yuan, at most 2 decimals, ≥ 0 ({@code ¥1,234.50} allowed). */
        MONEY,
        /** A duration in seconds ({@code 1分30秒}, {@code 00:01:30}, {@code 90}). */
        SECONDS,
        /** Hours ≥ 0 with up to 2 decimals. */
        HOURS,
        /** A percentage 0–100 ({@code 99.71%}); stored as the percent number. */
        RATE
    }

    private final Kind kind;
    private final String column;
    private final String templateHeaderEn;
    private final String templateHeaderZh;

    KpiField(Kind kind, String column, String templateHeaderEn, String templateHeaderZh) {
        this.kind = kind;
        this.column = column;
        this.templateHeaderEn = templateHeaderEn;
        this.templateHeaderZh = templateHeaderZh;
    }

    public Kind kind() {
        return kind;
    }

    /** The column of {@code kpi_daily} that stores the field, or {@code null} for key and input-only fields. */
    public String column() {
        return column;
    }

    /** The header of the portal's own template, or {@code null} when the template has no such column. */
    public String templateHeader(boolean chinese) {
        return chinese ? templateHeaderZh : templateHeaderEn;
    }

    /** Stored in {@code kpi_daily}, in declaration order. */
    public static java.util.List<KpiField> stored() {
        return java.util.Arrays.stream(values()).filter(f -> f.column != null).toList();
    }
}
