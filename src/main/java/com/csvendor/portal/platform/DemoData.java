package com.csvendor.portal.platform;

import com.csvendor.portal.contract.control.ContractAuditor;
import com.csvendor.portal.contract.control.ContractRepository;
import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.ServiceType;
import com.csvendor.portal.security.control.PasswordHasher;
import com.csvendor.portal.security.control.UserRepository;
import com.csvendor.portal.security.entity.PortalUser;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.store.control.StoreRepository;
import com.csvendor.portal.store.entity.Platform;
import com.csvendor.portal.store.entity.Store;
import com.csvendor.portal.vendor.control.AgentRepository;
import com.csvendor.portal.vendor.control.VendorRepository;
import com.csvendor.portal.vendor.entity.Agent;
import com.csvendor.portal.vendor.entity.AgentStatus;
import com.csvendor.portal.vendor.entity.Contact;
import com.csvendor.portal.vendor.entity.CreditCode;
import com.csvendor.portal.vendor.entity.TaxpayerType;
import com.csvendor.portal.vendor.entity.Vendor;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds an empty database with the demo stores, vendors, agents and the five demo users of the
 * README (two in finance: whoever issues a statement never approves it). Runs on the embedded H2
 * database by default ({@code portal.demo-data=auto}); set
 * {@code PORTAL_DEMO_DATA=true} to seed another database, {@code false} never to.
 */
@Startup
@Singleton
// One chain of start-up singletons (schema, built-in profiles, demo data, demo KPIs, demo SLA): Payara
// reports a false "Cyclic dependency" for diamond-shaped @DependsOn graphs and then does not start.
@DependsOn("BuiltInProfileSeeding")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private static final String[][] NAMES = {
        {"小美", "阿杰", "晓雯", "子涵", "思琪", "浩然", "雨桐", "佳怡", "俊杰", "欣然"},
        {"丽娜", "志强", "婷婷", "文博", "梦瑶", "宇航", "诗涵", "晨曦", "可欣", "天佑"},
        {"小蜂", "阿珍", "秀英", "建华", "海燕", "明辉", "春梅", "国强", "丹丹", "玉兰"},
        {"星星", "月儿", "晴晴", "云飞", "若曦", "一诺", "安琪", "乐乐", "嘉豪", "悦悦"},
    };

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "auto")
    String demoData;

    @Inject
    @ConfigProperty(name = "portal.db.url")
    String databaseUrl;

    @Inject
    UserRepository users;

    @Inject
    StoreRepository stores;

    @Inject
    VendorRepository vendors;

    @Inject
    AgentRepository agents;

    @Inject
    ContractRepository contracts;

    @Inject
    ContractAuditor auditor;

    @Inject
    DemoStaffing staffing;

    private final List<DemoKpiFigures.Team> teams = new java.util.ArrayList<>();
    private final Map<DemoKpiFigures.Team, long[]> teamIds = new java.util.HashMap<>();

    static boolean enabled(String setting, String databaseUrl) {
        return "true".equalsIgnoreCase(setting)
                || "auto".equalsIgnoreCase(setting) && databaseUrl.startsWith("jdbc:h2:");
    }

    @PostConstruct
    void seed() {
        if (!enabled(demoData, databaseUrl) || users.count() > 0) {
            return;
        }
        Store pets = stores.add(new Store("PETS-TM", "萌宠旗舰店", Platform.TMALL, null));
        Store home = stores.add(new Store("HOME-JD", "好家居京东自营店", Platform.JD, null));
        Store beauty = stores.add(new Store("BEAUTY-DY", "美妆抖音小店", Platform.DOUYIN, null));

        Vendor yunfan = vendor("云帆客服", "杭州云帆客服外包有限公司", "91330106MA27XK1A2", TaxpayerType.GENERAL,
                new Contact("王敏", "0571-88886666", "service@yunfan.example"));
        Vendor shenglian = vendor("声联服务", "上海声联信息服务有限公司", "91310115MA1H7YQ3P", TaxpayerType.GENERAL,
                new Contact("李强", "021-66668888", "bd@shenglian.example"));
        Vendor bee = vendor("小蜜蜂客服", "成都小蜜蜂电子商务服务有限公司", "91510107MA6CJ8RL4", TaxpayerType.SMALL_SCALE,
                new Contact("赵琳", "028-85551234", null));
        Vendor star = vendor("星辰客服", "广州星辰客服有限公司", "91440101MA5CKW8N6", TaxpayerType.GENERAL,
                new Contact("陈晨", "020-37771234", "hello@xingchen.example"));

        List<Agent> yunfanAgents = agentsOf(yunfan, NAMES[0], List.of(pets, home));
        List<Agent> shenglianAgents = agentsOf(shenglian, NAMES[1], List.of(pets, beauty));
        List<Agent> beeAgents = agentsOf(bee, NAMES[2], List.of(home));
        List<Agent> starAgents = agentsOf(star, NAMES[3], List.of(beauty));
        // The pairs with a contract in force: 云帆 strong, 声联 weak in the same store, the others fair.
        team(pets, yunfan, yunfanAgents, DemoKpiFigures.Level.STRONG, 110, 168);
        team(pets, shenglian, shenglianAgents, DemoKpiFigures.Level.WEAK, 100, 168);
        team(home, yunfan, yunfanAgents, DemoKpiFigures.Level.STRONG, 85, 420);
        team(home, bee, beeAgents, DemoKpiFigures.Level.FAIR, 90, 420);
        team(beauty, star, starAgents, DemoKpiFigures.Level.FAIR, 130, 96);

        contracts(pets, home, beauty, yunfan, shenglian, bee, star);

        PasswordHasher hasher = new PasswordHasher();
        user(hasher, "admin", "赵磊", "admin123", Set.of(Role.ADMIN), Set.of(), null);
        user(hasher, "manager", "刘洋", "manager123", Set.of(Role.STORE_MANAGER),
                Set.of(pets.getId(), home.getId()), null);
        user(hasher, "vendor", "王敏", "vendor123", Set.of(Role.VENDOR_LEAD), Set.of(), yunfan.getId());
        user(hasher, "finance", "周婷", "finance123", Set.of(Role.FINANCE), Set.of(), null);
        user(hasher, "approver", "陈静", "approver123", Set.of(Role.FINANCE), Set.of(), null);
        LOG.info("Demo data created: 3 stores, 4 vendors, 40 agents, 7 contracts (every fee model),"
                + " users admin, manager, vendor, finance, approver");
    }

    /**
     * One contract per fee model, in force around today: the seat contract of PETS-TM is in its
     * notice period and has a 双12 commitment whose staffing notice has started; it was amended
     * once. Plus last year's expired contract and a draft under negotiation.
     */
    private void contracts(Store pets, Store home, Store beauty, Vendor yunfan, Vendor shenglian, Vendor bee,
            Vendor star) {
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        LocalDate start = today.minusMonths(10).withDayOfMonth(1);
        LocalDate end = today.plusDays(25);

        Contract seats = contract("YF-PETS-" + start.getYear() + "-01", pets, yunfan, start.minusDays(10),
                DemoContracts.seatMonthly(start, end, "5200.00"), ContractStatus.ACTIVE);
        ContractTerms raised = seats.current().getTerms();
        raised.getFees().setSeatPrice(new BigDecimal("5500.00"));
        raised.getHours().getShifts().get(0).setHeadcount(5);
        String before = ContractAuditor.snapshot(seats);
        seats.amend(raised, start.plusMonths(6), "补充协议一：坐席单价调整为 5,500 元，早班增加 1 人", "demo-data", Instant.now());
        auditor.record(seats, "AMENDED", "demo-data", "v2 " + start.plusMonths(6), before);
        staffing.requests(seats, today);

        contract("YF-HOME-" + start.getYear() + "-02", home, yunfan, start.minusDays(5),
                DemoContracts.perSession(start, start.plusYears(1).minusDays(1)), ContractStatus.ACTIVE);
        contract("SL-PETS-" + start.getYear() + "-01", pets, shenglian, start,
                DemoContracts.commission(start.plusMonths(1), start.plusMonths(13).minusDays(1)), ContractStatus.ACTIVE);
        contract("XMF-HOME-" + start.getYear() + "-01", home, bee, start,
                DemoContracts.basePlusCommission(start, start.plusYears(1).minusDays(1)), ContractStatus.ACTIVE);
        contract("XC-BEAUTY-" + start.getYear() + "-01", beauty, star, start,
                DemoContracts.hourly(start, start.plusYears(2).minusDays(1)), ContractStatus.ACTIVE);
        LocalDate lastYear = start.minusYears(1);
        contract("YF-PETS-" + lastYear.getYear() + "-01", pets, yunfan, lastYear.minusDays(10),
                DemoContracts.seatMonthly(lastYear, start.minusDays(1), "4800.00"), ContractStatus.EXPIRED);
        ContractTerms review = DemoContracts.seatMonthly(end.plusDays(1), end.plusYears(1), "5000.00");
        review.getScope().setServiceTypes(EnumSet.of(ServiceType.REVIEW_FOLLOW_UP));
        contract("SL-BEAUTY-" + today.getYear() + "-D1", beauty, shenglian, today, review, ContractStatus.DRAFT);
    }

    private Contract contract(String number, Store store, Vendor vendor, LocalDate signedOn, ContractTerms terms,
            ContractStatus status) {
        Contract c = contracts.add(new Contract(number, store, vendor, signedOn, terms, "demo-data", Instant.now()));
        if (status != ContractStatus.DRAFT) {
            c.changeStatus(ContractStatus.ACTIVE, c.getStartDate(), null);
        }
        if (status == ContractStatus.EXPIRED) {
            c.changeStatus(ContractStatus.EXPIRED, c.getEndDate().plusDays(1), null);
        }
        contracts.written(c);
        auditor.record(c, "CREATED", "demo-data", number, null);
        return c;
    }

    private Vendor vendor(String name, String legalName, String first17, TaxpayerType type, Contact contact) {
        CreditCode code = CreditCode.of(first17 + CreditCode.checkCharacter(first17));
        return vendors.add(new Vendor(name, legalName, code, type, contact));
    }

    /**
     * The demo store and vendor pairs whose KPI reports {@link DemoKpiData} imports: filled only
     * when this start-up seeded the database, so KPIs are seeded once, with the rest.
     */
    public List<DemoKpiFigures.Team> kpiTeams() {
        return List.copyOf(teams);
    }

    /** The store and vendor ids of a team of {@link #kpiTeams()}. */
    public long[] ids(DemoKpiFigures.Team team) {
        return teamIds.get(team).clone();
    }

    /** Up to 8 of the vendor's active agents with an account in the store. */
    private void team(Store store, Vendor vendor, List<Agent> agents, DemoKpiFigures.Level level, int customersPerDay,
            int orderValue) {
        List<String> accounts = agents.stream().filter(a -> a.getStatus() == AgentStatus.ACTIVE)
                .flatMap(a -> a.getAccounts().stream()).filter(a -> a.getStore().equals(store))
                .map(a -> a.getAccountName()).limit(8).toList();
        DemoKpiFigures.Team team = new DemoKpiFigures.Team(store.getCode(), vendor.getName(), accounts, level,
                customersPerDay, orderValue);
        teams.add(team);
        teamIds.put(team, new long[] {store.getId(), vendor.getId()});
    }

    /** Ten agents; the first stores get every agent, a second store the first half (shared agents). */
    private List<Agent> agentsOf(Vendor vendor, String[] names, List<Store> served) {
        List<Agent> added = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            Agent agent = new Agent(vendor, names[i]);
            Map<Store, List<String>> accounts = new LinkedHashMap<>();
            for (int s = 0; s < served.size(); s++) {
                if (s == 0 || i < names.length / 2) {
                    accounts.put(served.get(s), List.of(accountName(served.get(s), names[i], i)));
                }
            }
            agent.replaceAccounts(accounts);
            if (i == names.length - 1) {
                agent.leave();
            }
            added.add(agents.add(agent));
        }
        return added;
    }

    private static String accountName(Store store, String name, int index) {
        return switch (store.getPlatform()) {
            case TMALL, TAOBAO -> store.getName() + ":" + name;
            case JD -> "hjj_kf" + String.format("%02d", index + 1) + "_" + name;
            default -> store.getName() + "-" + name;
        };
    }

    private void user(PasswordHasher hasher, String username, String displayName, String password, Set<Role> roles,
            Set<Long> storeIds, Long vendorId) {
        PortalUser user = new PortalUser(username, displayName, hasher.hash(password.toCharArray()));
        user.assign(roles, storeIds, vendorId);
        users.add(user);
    }
}
