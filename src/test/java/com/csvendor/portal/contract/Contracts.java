package com.csvendor.portal.contract;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.store.entity.Platform;
import com.csvendor.portal.store.entity.Store;
import com.csvendor.portal.vendor.entity.Contact;
import com.csvendor.portal.vendor.entity.CreditCode;
import com.csvendor.portal.vendor.entity.TaxpayerType;
import com.csvendor.portal.vendor.entity.Vendor;
import java.time.Instant;
import java.time.LocalDate;

/** Contract entities for tests without a container: 云帆客服 in PETS-TM, signed a month before, in force. */
public final class Contracts {

    public static final Instant NOW = Instant.parse("2030-12-01T02:00:00Z");

    private Contracts() {
    }

    /** A contract in force from the start of its terms' period. */
    public static Contract active(ContractTerms terms) {
        String code17 = "91330106MA27XK1A2";
        Vendor vendor = new Vendor("云帆客服", "杭州云帆客服外包有限公司", CreditCode.of(code17 + CreditCode.checkCharacter(code17)),
                TaxpayerType.GENERAL, new Contact(null, null, null));
        LocalDate start = terms.getPeriod().getStart();
        Contract c = new Contract("HT-" + start.getYear() + "-01", new Store("PETS-TM", "萌宠旗舰店", Platform.TMALL, null),
                vendor, start.minusMonths(1), terms, "manager", NOW);
        c.changeStatus(ContractStatus.ACTIVE, start, null);
        return c;
    }
}
