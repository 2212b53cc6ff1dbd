package com.csvendor.portal.kpi.control;

import static com.csvendor.portal.kpi.entity.KpiField.*;

import com.csvendor.portal.kpi.entity.KpiField;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The profiles the portal ships with: its own template (English and Chinese headers) and the
 * per-agent daily exports of Taobao/Tmall, JD and Douyin as their back offices write them. They
 * are copied into the database at start-up, where an administrator may extend or change them.
 */
public final class BuiltInProfiles {

    public static final String PORTAL = "PORTAL";
    public static final String TAOBAO = "TAOBAO";
    public static final String JD = "JD";
    public static final String DOUYIN = "DOUYIN";

    private BuiltInProfiles() {
    }

    public static List<ProfileMapping> all() {
        return List.of(portal(), taobao(), jd(), douyin());
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

    private static ProfileMapping profile(String code, String name, Object... fieldHeaderPairs) {
        Map<String, KpiField> aliases = new LinkedHashMap<>();
        for (int i = 0; i < fieldHeaderPairs.length; i += 2) {
            aliases.put(ProfileMapping.normalize((String) fieldHeaderPairs[i + 1]), (KpiField) fieldHeaderPairs[i]);
        }
        return new ProfileMapping(code, name, aliases);
    }
}
