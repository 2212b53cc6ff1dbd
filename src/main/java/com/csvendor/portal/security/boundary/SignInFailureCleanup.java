package com.csvendor.portal.security.boundary;

import com.csvendor.portal.platform.ClusterJob;
import com.csvendor.portal.platform.OncePerCluster;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every hour, on one instance of the cluster, the sign-in failures nobody remembers any more are deleted. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignInFailureCleanup {

    private static final Logger LOG = Logger.getLogger(SignInFailureCleanup.class.getName());
    static final ClusterJob JOB = new ClusterJob("sign-in-failure-cleanup", Duration.ofMinutes(10),
            Duration.ofMinutes(1));

    @Inject
    SignInGuard guard;

    @Inject
    OncePerCluster cluster;

    @Schedule(minute = "17", hour = "*", persistent = false)
    public void hourly() {
        cluster.run(JOB, () -> LOG.log(Level.FINE, "Quiet sign-in failure keys forgotten: {0}", guard.forgetQuietKeys()));
    }
}
