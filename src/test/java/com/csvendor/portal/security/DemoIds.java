package com.csvendor.portal.security;

import com.csvendor.portal.security.AccessMatrix.Role;
import com.csvendor.portal.security.AccessMatrix.Scope;
import java.util.Set;

/**
 * The ids of the demo objects the matrix calls own and foreign, looked up once per run of the
 * matrix. PETS-TM and HOME-JD are both the manager's stores and the ones the lead's vendor works in.
 */
record DemoIds(long ownStore, long foreignStore, long leadVendor, long rivalVendor, long outsideVendor,
        long ownAgent, long rivalAgent, long outsideAgent, Set<Long> managedAndServedStores, long ownContract,
        long rivalContract, long outsideContract, long ownProfile, long foreignProfile) {

    DemoIds(Fixture f) {
        this(f.storeId(Fixture.OWN_STORE), f.storeId(Fixture.FOREIGN_STORE), f.vendorId(Fixture.LEAD_VENDOR),
                f.vendorId(Fixture.RIVAL_VENDOR), f.vendorId(Fixture.OUTSIDE_VENDOR),
                f.agentId(Fixture.LEAD_VENDOR, Fixture.OWN_STORE), f.agentId(Fixture.RIVAL_VENDOR, Fixture.OWN_STORE),
                f.agentId(Fixture.OUTSIDE_VENDOR, Fixture.FOREIGN_STORE),
                Set.of(f.storeId(Fixture.OWN_STORE), f.storeId("HOME-JD")), f.activeContractId("YF-PETS-"),
                f.activeContractId("SL-PETS-"), f.activeContractId("XC-BEAUTY-"), f.profileId("JD"),
                f.profileId("DOUYIN"));
    }

    /** Own: PETS-TM × 云帆客服; foreign: PETS-TM × 声联服务 for the lead, BEAUTY-DY × 星辰客服 for the others. */
    long contract(Role role, Scope scope) {
        return scope == Scope.OWN ? ownContract : role == Role.VENDOR_LEAD ? rivalContract : outsideContract;
    }

    long vendor(Role role, Scope scope) {
        return scope == Scope.OWN ? leadVendor : role == Role.VENDOR_LEAD ? rivalVendor : outsideVendor;
    }

    long agent(Role role, Scope scope) {
        return scope == Scope.OWN ? ownAgent : role == Role.VENDOR_LEAD ? rivalAgent : outsideAgent;
    }

    long profile(Scope scope) {
        return scope == Scope.OWN ? ownProfile : foreignProfile;
    }

    long store(Scope scope) {
        return scope == Scope.OWN ? ownStore : foreignStore;
    }

    /** The store an account of a new agent of the vendor goes to: one the vendor already serves. */
    long homeStoreOf(long vendorId) {
        return vendorId == outsideVendor ? foreignStore : ownStore;
    }
}
