package com.csvendor.portal.kpi.control;

import static com.csvendor.portal.kpi.entity.KpiField.*;

import com.csvendor.portal.kpi.entity.KpiField;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The profiles the portal ships with: its own template (English and Chinese headers) and the
 * per-agent daily exports of Taobao/Tmall, JD, Douyin, Kuaishou and Pinduoduo as their back
 * offices write them. They are copied into the database at start-up, where an administrator may
 * extend or change them.
 */
public final class BuiltInProfiles {

    public static final String PORTAL = "PORTAL";
    public static final String TAOBAO = "TAOBAO";
    public static final String JD = "JD";
    public static final String DOUYIN = "DOUYIN";
    public static final String KUAISHOU = "KUAISHOU";
    public static final String PINDUODUO = "PINDUODUO";

    private BuiltInProfiles() {
    }

    public static List<ProfileMapping> all() {
        return List.of(portal(), taobao(), jd(), douyin(), kuaishou(), pinduoduo());
    }

    /**
     * Whether a profile still carries the name the portal seeded for its code — then pages may name it
     * in the reader's language; a name an administrator gave it is shown as they wrote it.
     */
    public static boolean seededName(String code, String name) {
        return all().stream().anyMatch(p -> p.code().equals(code) && p.name().equals(name));
    }

    /** The portal's own template: every field under its English and its Chinese header. */
    public static ProfileMapping portal() {
        Map<String, KpiField> a = new LinkedHashMap<>();
        Arrays.stream(KpiField.values()).filter(f -> f.templateHeader(false) != null).forEach(f -> {
            a.put(ProfileMapping.normalize(f.templateHeader(false)), f);
            a.put(ProfileMapping.normalize(f.templateHeader(true)), f);
        });
        return new ProfileMapping(PORTAL, "CS Vendor Portal template · 门户模板", a);
    }

    /** 千牛 / 生意参谋 / 赤兔 style exports of Taobao and Tmall stores. */
    public static ProfileMapping taobao() {
        return profile(TAOBAO, "Taobao/Tmall · 淘宝/天猫 (千牛·生意参谋·赤兔)",
                AGENT_ACCOUNT, "旺旺", AGENT_ACCOUNT, "客服旺旺", AGENT_ACCOUNT, "旺旺名",
                BUSINESS_DATE, "日期",
                CONSULTATIONS, "咨询人数",
                RECEIVED, "接待人数",
                INQUIRIES, "询单人数",
                PAID_BUYERS, "最终付款人数",
                CONVERSION_RATE, "询单->最终付款成功率", CONVERSION_RATE, "询单->最终付款转化率",
                AVG_RESPONSE, "平均响应(秒)", AVG_RESPONSE, "平均响应时长",
                FIRST_RESPONSE, "首次响应时长", FIRST_RESPONSE, "首次响应(秒)",
                RESPONSE_RATE_3MIN, "3分钟人工响应率",
                REPLY_RATE, "回复率",
                SALES_AMOUNT, "客服销售额",
                REFUND_COUNT, "退款人数",
                REFUND_AMOUNT, "退款金额",
                RATING_VERY_SATISFIED, "很满意",
                RATING_SATISFIED, "满意",
                RATING_NEUTRAL, "一般",
                RATING_DISSATISFIED, "不满意",
                RATING_VERY_DISSATISFIED, "很不满意");
    }

    /** 京东 咚咚 / 客服管家 exports. */
    public static ProfileMapping jd() {
        return profile(JD, "JD · 京东 (咚咚·客服管家)",
                AGENT_ACCOUNT, "客服账号", AGENT_ACCOUNT, "客服帐号",
                BUSINESS_DATE, "日期",
                CONSULTATIONS, "咨询量",
                RECEIVED, "接待量",
                RESPONSE_RATE_30S, "咚咚首次30秒应答率", RESPONSE_RATE_30S, "30秒应答率",
                AVG_RESPONSE, "咚咚平均响应时长",
                REPLY_RATE, "留言回复率",
                PAID_BUYERS, "促成订单量",
                SALES_AMOUNT, "促成金额",
                SATISFACTION_RATE, "满意度");
    }

    /** 抖店 飞鸽 exports. */
    public static ProfileMapping douyin() {
        return profile(DOUYIN, "Douyin · 抖音 (飞鸽)",
                AGENT_ACCOUNT, "客服", AGENT_ACCOUNT, "客服昵称",
                BUSINESS_DATE, "日期",
                CONSULTATIONS, "接待会话量",
                RECEIVED, "已接待人数",
                FIRST_RESPONSE, "全天首响时长",
                AVG_RESPONSE, "全天平响时长",
                RESPONSE_RATE_3MIN, "全天3分钟回复率",
                INQUIRIES, "询单人数",
                ORDERS, "下单人数",
                PAID_BUYERS, "支付人数",
                SALES_AMOUNT, "客服询单支付额",
                REFUND_COUNT, "退款人数",
                REFUND_AMOUNT, "退款金额",
                SATISFACTION_RATE, "全天满意率",
                RATINGS, "有效评价数");
    }

    /**
     * 快手小店 客服考核 (customer-service assessment) exports. Column names as an importer of these
     * files reads them (public source: an RPA importer's {@code importKuaishouAssessment}, with the
     * table comments 快手客服考核日数据): 咨询人数, 人工平均回复时长 (11秒, 2分30秒),
     * 三分钟回复率（人维度）, 好评率（人维度）, 询单人数, 下单人数, 支付人数, 询单转化率, 客服销售额.
     * Its rates come per person (人维度) and per session (会话); only the per-person ones are read,
     * since the portal's rates are per customer: the per-session columns stay unknown (and shown
     * as such) instead of meaning the same field twice. 咨询人数 is the agent's received customers:
     * an agent's row counts the people who consulted that agent, the base of its per-person rates.
     * 好评率 (share of good ratings) is read as the satisfaction rate. The agent column's name was
     * not in the public material: the usual ones are accepted.
     */
    public static ProfileMapping kuaishou() {
        return profile(KUAISHOU, "Kuaishou · 快手 (快手小店·客服考核)",
                AGENT_ACCOUNT, "客服昵称", AGENT_ACCOUNT, "客服名称", AGENT_ACCOUNT, "客服账号", AGENT_ACCOUNT, "客服",
                BUSINESS_DATE, "日期", BUSINESS_DATE, "统计日期",
                RECEIVED, "咨询人数",
                AVG_RESPONSE, "人工平均回复时长",
                RESPONSE_RATE_3MIN, "三分钟回复率(人维度)",
                SATISFACTION_RATE, "好评率(人维度)",
                INQUIRIES, "询单人数",
                ORDERS, "下单人数",
                PAID_BUYERS, "支付人数",
                CONVERSION_RATE, "询单转化率",
                SALES_AMOUNT, "客服销售额");
    }

    /**
     * 拼多多 多多客服 客服绩效 (agent performance, 客服绩效详情 download) exports. Column names from
     * public material on that download: 客服账号, 咨询人数, 询单人数, 最终成团人数, 询单转化率,
     * 客服销售额（元）, 去退销售额（元）, 需要人工回复的咨询人数, 人工接待人数, 3分钟未回复人数,
     * 3分钟人工回复率(8-23点), 30秒应答率(8-23点), 平均人工响应时长, 评分≤3订单数, 纠纷退款数,
     * 投诉数, and the same two rates again for the whole day (全天). The rates of the assessed
     * window 8-23点 are read (the platform judges those); the 全天 ones stay unknown rather than
     * mean the same field twice. 最终成团人数 (buyers whose group order completed) is the paid
     * buyers; 客服销售额, not the net 去退销售额, is the agents' sales as on the other platforms.
     * The export has no date column: the date comes from the title line or the file's own date
     * column when an export tool adds one.
     */
    public static ProfileMapping pinduoduo() {
        return profile(PINDUODUO, "Pinduoduo · 拼多多 (多多客服·客服绩效)",
                AGENT_ACCOUNT, "客服账号",
                BUSINESS_DATE, "日期", BUSINESS_DATE, "统计日期",
                CONSULTATIONS, "咨询人数",
                RECEIVED, "人工接待人数",
                INQUIRIES, "询单人数",
                PAID_BUYERS, "最终成团人数",
                CONVERSION_RATE, "询单转化率",
                SALES_AMOUNT, "客服销售额",
                RESPONSE_RATE_3MIN, "3分钟人工回复率(8-23点)",
                RESPONSE_RATE_30S, "30秒应答率(8-23点)",
                AVG_RESPONSE, "平均人工响应时长",
                DISPUTES, "纠纷退款数");
    }

    private static ProfileMapping profile(String code, String name, Object... fieldHeaderPairs) {
        Map<String, KpiField> aliases = new LinkedHashMap<>();
        for (int i = 0; i < fieldHeaderPairs.length; i += 2) {
            aliases.put(ProfileMapping.normalize((String) fieldHeaderPairs[i + 1]), (KpiField) fieldHeaderPairs[i]);
        }
        return new ProfileMapping(code, name, aliases);
    }
}
