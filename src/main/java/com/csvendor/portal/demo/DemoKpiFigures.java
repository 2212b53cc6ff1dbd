package com.csvendor.portal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Demo per-agent daily KPI figures as a platform would export them, deterministic for a team and a
 * date range (a seeded {@link Random}). Figures stay within what PRODUCT.md calls typical: first
 * response 10–40 s, 3-minute response rate 90–99 %, satisfaction 85–98 %, conversion 15–50 %;
 * promotion days (618, 双11, 双12) bring 3–10× the volume with slower answers; weekends are busier.
 * Each team has a level, so one vendor is clearly better than another in the same store.
 */
final class DemoKpiFigures {

    /** How well a team works: its usual first response, 3-minute rate, satisfaction and conversion. */
    enum Level {
        STRONG(14, 0.975, 0.955, 0.34),
        FAIR(20, 0.955, 0.925, 0.27),
        WEAK(29, 0.925, 0.885, 0.20);

        final double firstResponse;
        final double rate3min;
        final double satisfaction;
        final double conversion;

        Level(double firstResponse, double rate3min, double satisfaction, double conversion) {
            this.firstResponse = firstResponse;
            this.rate3min = rate3min;
            this.satisfaction = satisfaction;
            this.conversion = conversion;
        }
    }

    /** A vendor's agents in one store: their accounts, level, usual customers per agent-day and order value. */
    record Team(String storeCode, String vendorName, List<String> accounts, Level level, int customersPerDay,
            int orderValue) {
    }

    /** One agent-day, as the portal's template writes it. */
    record Day(String account, LocalDate date, long consultations, long received, long inquiries, long orders,
            long paidBuyers, BigDecimal sales, long refunds, BigDecimal refundAmount, long returns, long disputes,
            BigDecimal firstResponse, BigDecimal avgResponse, long sessions, long within3min, long within30s,
            long ratings, long satisfied, long dissatisfied, BigDecimal onlineHours) {
    }

    static final String HEADER = "agent_account,date,consultations,received,inquiries,orders,paid_buyers,sales_amount,"
            + "refunds,refund_amount,returns,disputes,first_response_seconds,avg_response_seconds,response_sessions,"
            + "responded_within_3min,responded_within_30s,ratings,satisfied_ratings,dissatisfied_ratings,online_hours";

    private DemoKpiFigures() {
    }

    /** Every agent's figures for every day from {@code first} to {@code last}, by date then account. */
    static List<Day> days(Team team, LocalDate first, LocalDate last) {
        Random random = new Random(seed(team));
        double[] skill = new double[team.accounts().size()];
        for (int a = 0; a < skill.length; a++) {
            skill[a] = 0.85 + 0.3 * random.nextDouble();
        }
        List<Day> days = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            for (int a = 0; a < skill.length; a++) {
                days.add(day(team, team.accounts().get(a), skill[a], date, random));
            }
        }
        return days;
    }

    /** How much busier than usual a day is: the promotions' peaks, their run-up, weekends. */
    static double volume(LocalDate date) {
        MonthDay md = MonthDay.from(date);
        double weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY ? 1.15 : 1;
        if (md.equals(MonthDay.of(11, 11))) {
            return 7;
        }
        if (md.equals(MonthDay.of(6, 18)) || md.equals(MonthDay.of(12, 12))) {
            return 5;
        }
        if (md.equals(MonthDay.of(11, 10)) || md.equals(MonthDay.of(11, 12))) {
            return 2.5;
        }
        if (date.getMonthValue() == 11 && date.getDayOfMonth() < 10) {
            return 1.4 * weekend;
        }
        return weekend;
    }

    private static Day day(Team team, String account, double skill, LocalDate date, Random random) {
        Level level = team.level();
        double busy = volume(date);
        boolean peak = busy >= 2.5;
        long received = Math.max(30, Math.round(team.customersPerDay() * busy * skill * between(random, 0.85, 1.15)));
        long consultations = received + Math.round(received * between(random, 0.02, 0.08));
        long inquiries = Math.round(received * between(random, 0.35, 0.5));
        long paid = within(Math.round(inquiries * level.conversion * between(random, 0.85, 1.15)), inquiries, 0.15, 0.5);
        long orders = paid + Math.round(paid * between(random, 0.05, 0.15));
        BigDecimal sales = money(paid * team.orderValue() * between(random, 0.8, 1.2));
        long refunds = Math.round(paid * between(random, 0.02, 0.07));
        BigDecimal refundAmount = money(refunds * team.orderValue() * between(random, 0.6, 1.0));
        long returns = Math.round(paid * between(random, 0.0, 0.03));
        long disputes = random.nextDouble() < 0.03 ? 1 : 0;
        double slower = peak ? 1.35 : 1;
        double first = clamp(level.firstResponse * slower / Math.sqrt(skill) * between(random, 0.85, 1.15), 10, 40);
        double average = first * between(random, 1.4, 1.9);
        long within3 = within(Math.round(received * (level.rate3min - (peak ? 0.02 : 0)) * between(random, 0.99, 1.01)),
                received, 0.9, 0.99);
        long within30 = Math.min(within3, Math.round(within3 * between(random, 0.82, 0.94)));
        long ratings = Math.max(12, Math.round(received * between(random, 0.15, 0.25)));
        long satisfied = within(Math.round(ratings * (level.satisfaction - (peak ? 0.015 : 0)) * between(random, 0.98, 1.02)),
                ratings, 0.85, 0.98);
        long dissatisfied = Math.round((ratings - satisfied) * between(random, 0.3, 0.6));
        BigDecimal hours = BigDecimal.valueOf(peak ? between(random, 10, 11.5) : between(random, 7.5, 8.5))
                .setScale(1, RoundingMode.HALF_UP);
        return new Day(account, date, consultations, received, inquiries, orders, paid, sales, refunds, refundAmount,
                returns, disputes, seconds(first), seconds(average), received, within3, within30, ratings, satisfied,
                dissatisfied, hours);
    }

    /** The figures as the portal's own template (CSV, English headers). */
    static String csv(List<Day> days) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Day d : days) {
            out.append(String.join(",", d.account(), d.date().toString(), s(d.consultations()), s(d.received()),
                    s(d.inquiries()), s(d.orders()), s(d.paidBuyers()), d.sales().toPlainString(), s(d.refunds()),
                    d.refundAmount().toPlainString(), s(d.returns()), s(d.disputes()), d.firstResponse().toPlainString(),
                    d.avgResponse().toPlainString(), s(d.sessions()), s(d.within3min()), s(d.within30s()),
                    s(d.ratings()), s(d.satisfied()), s(d.dissatisfied()), d.onlineHours().toPlainString())).append('\n');
        }
        return out.toString();
    }

    /** A count of {@code base} kept so that count / base stays within [low, high]. */
    static long within(long count, long base, double low, double high) {
        long min = (long) Math.ceil(base * low);
        long max = (long) Math.floor(base * high);
        return Math.max(min, Math.min(max, count));
    }

    private static long seed(Team team) {
        return (team.storeCode() + "/" + team.vendorName()).hashCode() * 31L + 2026;
    }

    private static double between(Random random, double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    private static BigDecimal money(double yuan) {
        return BigDecimal.valueOf(yuan).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal seconds(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    private static String s(long value) {
        return Long.toString(value);
    }
}
