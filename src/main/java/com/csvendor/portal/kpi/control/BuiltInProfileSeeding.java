package com.csvendor.portal.kpi.control;

import com.csvendor.portal.kpi.entity.ImportProfile;
import com.csvendor.portal.store.entity.Platform;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Copies each built-in profile whose code is missing into the database at start-up, on every
 * database (not only with demo data): a profile already there is left exactly as an administrator
 * edited it. One transaction per profile, so that when several instances start at once and one of
 * them inserts a profile first, the others only find it there.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class BuiltInProfileSeeding {

    private static final Logger LOG = Logger.getLogger(BuiltInProfileSeeding.class.getName());

    /** Which stores' exports each built-in profile reads; Taobao stores choose the Taobao/Tmall one too. */
    static final Map<String, Platform> PLATFORMS = Map.of(BuiltInProfiles.TAOBAO, Platform.TMALL,
            BuiltInProfiles.JD, Platform.JD, BuiltInProfiles.DOUYIN, Platform.DOUYIN,
            BuiltInProfiles.KUAISHOU, Platform.KUAISHOU, BuiltInProfiles.PINDUODUO, Platform.PINDUODUO);

    @Inject
    ImportProfileRepository profiles;

    @Resource
    UserTransaction transaction;

    @PostConstruct
    void seed() {
        BuiltInProfiles.all().forEach(this::insertIfMissing);
    }

    // Not an overload of seed(): the container finds its lifecycle callback by name.
    private void insertIfMissing(ProfileMapping mapping) {
        try {
            transaction.begin();
            boolean missing = profiles.findByCode(mapping.code()).isEmpty();
            if (missing) {
                profiles.add(ImportProfile.builtIn(mapping, PLATFORMS.get(mapping.code())));
            }
            transaction.commit();
            if (missing) {
                LOG.log(Level.INFO, "Built-in KPI import profile {0} added", mapping.code());
            }
        } catch (Exception e) {
            rollBack();
            if (!exists(mapping.code())) {
                throw new IllegalStateException("Built-in KPI import profile " + mapping.code() + " not added", e);
            }
            LOG.log(Level.INFO, "Built-in KPI import profile {0} was added by another instance", mapping.code());
        }
    }

    private boolean exists(String code) {
        try {
            transaction.begin();
            return profiles.findByCode(code).isPresent();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Could not look up KPI import profile " + code, e);
            return false;
        } finally {
            rollBack();
        }
    }

    private void rollBack() {
        try {
            transaction.rollback();
        } catch (Exception e) {
            LOG.log(Level.FINE, "Nothing to roll back", e);
        }
    }
}
