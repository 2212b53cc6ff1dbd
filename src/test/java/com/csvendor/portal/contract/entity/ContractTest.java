package com.csvendor.portal.contract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.Terms;
import com.csvendor.portal.shared.InvalidInputException;
import com.csvendor.portal.store.entity.Platform;
import com.csvendor.portal.store.entity.Store;
import com.csvendor.portal.vendor.entity.Contact;
import com.csvendor.portal.vendor.entity.CreditCode;
import com.csvendor.portal.vendor.entity.TaxpayerType;
import com.csvendor.portal.vendor.entity.Vendor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContractTest {

    private static final Instant NOW = Instant.parse("2030-12-01T02:00:00Z");

    private static Contract contract(ContractTerms terms) {
        String code17 = "91330106MA27XK1A2";
        Vendor vendor = new Vendor("云帆客服", "杭州云帆客服外包有限公司", CreditCode.of(code17 + CreditCode.checkCharacter(code17)),
                TaxpayerType.GENERAL, new Contact(null, null, null));
        return new Contract(" HT-2031-01 ", new Store("PETS-TM", "萌宠旗舰店", Platform.TMALL, null), vendor,
                LocalDate.of(2030, 12, 1), terms, "manager", NOW);
    }

    private static Contract active() {
        Contract c = contract(Terms.valid());
        c.changeStatus(ContractStatus.ACTIVE, LocalDate.of(2031, 1, 1), null);
        return c;
    }

    private static ContractTerms priced(Contract c, String seatPrice) {
        ContractTerms t = c.current().getTerms();
        t.getFees().setSeatPrice(new BigDecimal(seatPrice));
        return t;
    }

    @Test
    void newContractIsADraftWithOneVersionFromItsStart() {
        Contract c = contract(Terms.valid());
        assertEquals("HT-2031-01", c.getNumber());
        assertEquals(ContractStatus.DRAFT, c.getStatus());
        assertEquals(1, c.getVersions().size());
        assertEquals(LocalDate.of(2031, 1, 1), c.current().getEffectiveFrom());
        assertEquals(LocalDate.of(2031, 12, 31), c.getEndDate());
    }

    @Test
    void storedTermsCannotBeChangedThroughAReference() {
        ContractTerms terms = Terms.valid();
        Contract c = contract(terms);
        terms.getFees().setSeatPrice(new BigDecimal("1.00"));
        c.current().getTerms().getFees().setSeatPrice(new BigDecimal("2.00"));
        assertEquals(new BigDecimal("5000.00"), c.current().getTerms().getFees().getSeatPrice());
    }

    /** Read-only terms are copied once per loaded version and follow a draft's revision. */
    @Test
    void readOnlyTermsAreOneCopyUntilTheDraftIsRevised() {
        Contract c = contract(Terms.valid());
        ContractTerms read = c.current().readOnlyTerms();
        assertSame(read, c.current().readOnlyTerms());
        c.current().getTerms().getFees().setSeatPrice(new BigDecimal("2.00"));
        assertEquals(new BigDecimal("5000.00"), c.current().readOnlyTerms().getFees().getSeatPrice());

        ContractTerms cheaper = Terms.valid();
        cheaper.getFees().setSeatPrice(new BigDecimal("4000.00"));
        c.reviseDraft("HT-2031-01", c.getStore(), c.getVendor(), c.getSignedOn(), cheaper);
        assertEquals(new BigDecimal("4000.00"), c.current().readOnlyTerms().getFees().getSeatPrice());
    }

    @Test
    void draftIsRevisedInPlaceButAnActiveContractIsNot() {
        Contract c = contract(Terms.valid());
        ContractTerms longer = Terms.valid();
        longer.getPeriod().setEnd(LocalDate.of(2032, 6, 30));
        c.reviseDraft("HT-2031-02", c.getStore(), c.getVendor(), c.getSignedOn(), longer);
        assertEquals(1, c.getVersions().size());
        assertEquals(LocalDate.of(2032, 6, 30), c.getEndDate());

        c.changeStatus(ContractStatus.ACTIVE, LocalDate.of(2031, 1, 1), null);
        assertThrows(InvalidInputException.class,
                () -> c.reviseDraft("HT-2031-02", c.getStore(), c.getVendor(), c.getSignedOn(), longer));
    }

    @Test
    void amendmentAddsAVersionAndEachDateUsesTheVersionInForce() {
        Contract c = active();
        c.amend(priced(c, "5200.00"), LocalDate.of(2031, 7, 1), "补充协议", "manager", NOW);
        assertEquals(2, c.getVersions().size());
        assertEquals(new BigDecimal("5000.00"), price(c, LocalDate.of(2031, 6, 30)));
        assertEquals(new BigDecimal("5200.00"), price(c, LocalDate.of(2031, 7, 1)));
        assertEquals(new BigDecimal("5200.00"), price(c, LocalDate.of(2031, 12, 31)));
        assertTrue(c.versionOn(LocalDate.of(2030, 12, 31)).isEmpty());
    }

    @Test
    void anAmendmentMustTakeEffectAfterTheCurrentVersionAndBeforeTheEnd() {
        Contract c = active();
        c.amend(priced(c, "5200.00"), LocalDate.of(2031, 7, 1), "一", "manager", NOW);
        InvalidInputException early = assertThrows(InvalidInputException.class,
                () -> c.amend(priced(c, "5300.00"), LocalDate.of(2031, 7, 1), "二", "manager", NOW));
        assertEquals("effectiveFrom", early.field());
        assertThrows(InvalidInputException.class,
                () -> c.amend(priced(c, "5300.00"), LocalDate.of(2032, 1, 1), "二", "manager", NOW));
        assertEquals(2, c.getVersions().size());
    }

    @Test
    void draftsAndEndedContractsCannotBeAmended() {
        Contract draft = contract(Terms.valid());
        assertThrows(InvalidInputException.class,
                () -> draft.amend(priced(draft, "1.00"), LocalDate.of(2031, 2, 1), "x", "manager", NOW));
        Contract ended = active();
        ended.changeStatus(ContractStatus.TERMINATED, LocalDate.of(2031, 3, 1), "违约");
        assertThrows(InvalidInputException.class,
                () -> ended.amend(priced(ended, "1.00"), LocalDate.of(2031, 4, 1), "x", "manager", NOW));
    }

    @Test
    void lifeCycle() {
        Contract c = contract(Terms.valid());
        assertThrows(InvalidInputException.class, () -> c.changeStatus(ContractStatus.SUSPENDED, LocalDate.now(), null));
        c.changeStatus(ContractStatus.ACTIVE, LocalDate.of(2031, 1, 1), null);
        c.changeStatus(ContractStatus.SUSPENDED, LocalDate.of(2031, 2, 1), "整改");
        assertEquals("整改", c.getStatusReason());
        c.changeStatus(ContractStatus.ACTIVE, LocalDate.of(2031, 2, 10), " ");
        assertEquals(null, c.getStatusReason());
        assertThrows(InvalidInputException.class,
                () -> c.changeStatus(ContractStatus.EXPIRED, LocalDate.of(2031, 12, 31), null));
        c.changeStatus(ContractStatus.EXPIRED, LocalDate.of(2032, 1, 1), null);
        assertTrue(ContractStatus.EXPIRED.next().isEmpty());
        assertThrows(InvalidInputException.class, () -> c.changeStatus(ContractStatus.ACTIVE, LocalDate.now(), null));
    }

    @Test
    void endedContractWithoutRenewalExpiresTheDayAfterItsEnd() {
        Contract c = active();
        assertFalse(c.closeEnded(LocalDate.of(2031, 12, 31), "system", NOW));
        assertTrue(c.closeEnded(LocalDate.of(2032, 1, 1), "system", NOW));
        assertEquals(ContractStatus.EXPIRED, c.getStatus());
        assertEquals(LocalDate.of(2032, 1, 1), c.getStatusSince());
        assertFalse(c.closeEnded(LocalDate.of(2032, 1, 2), "system", NOW));
    }

    @Test
    void autoRenewalExtendsByTheContractsOwnLengthAsANewVersion() {
        ContractTerms terms = Terms.valid();
        terms.getPeriod().setAutoRenewal(true);
        Contract c = contract(terms);
        c.changeStatus(ContractStatus.ACTIVE, LocalDate.of(2031, 1, 1), null);
        assertTrue(c.closeEnded(LocalDate.of(2032, 1, 3), "system", NOW));
        assertEquals(ContractStatus.ACTIVE, c.getStatus());
        assertEquals(LocalDate.of(2032, 12, 31), c.getEndDate());
        assertEquals(2, c.getVersions().size());
        assertEquals(LocalDate.of(2032, 1, 1), c.current().getEffectiveFrom());
        assertEquals(LocalDate.of(2031, 1, 1), c.getStartDate());
    }

    @Test
    void autoRenewalCatchesUpSeveralPeriods() {
        ContractTerms terms = Terms.valid();
        terms.getPeriod().setAutoRenewal(true);
        Contract c = contract(terms);
        c.changeStatus(ContractStatus.ACTIVE, LocalDate.of(2031, 1, 1), null);
        c.closeEnded(LocalDate.of(2033, 6, 1), "system", NOW);
        assertEquals(LocalDate.of(2033, 12, 31), c.getEndDate());
    }

    private static BigDecimal price(Contract c, LocalDate date) {
        return c.versionOn(date).orElseThrow().getTerms().getFees().getSeatPrice();
    }
}
