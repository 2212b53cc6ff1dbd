package com.csvendor.portal.kpi.control;

import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.concurrent.Future;

/**
 * Runs {@link ImportLedger#publishFollowing} on the EJB container's threads, in a transaction of
 * its own, while the import's chunk step goes on spooling rows on the batch thread (a managed
 * executor task would inherit a stale EJB context). The future answers the rows written, or
 * fails when the import was not published by it.
 */
@Stateless
public class FollowingPublish {

    @Inject
    ImportLedger ledger;

    @Asynchronous
    public Future<Long> publish(long importId, SpoolTail tail) {
        return new AsyncResult<>(ledger.publishFollowing(importId, tail));
    }
}
