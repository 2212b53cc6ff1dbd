/**
 * Notifications by e-mail: users learn of work waiting for them without signing in — a statement
 * issued or disputed, a dispute raised or decided, a KPI import refused, a termination right
 * reached, a staffing request made or answered, a daily report fallen due missing. The components fire their events in the transaction that does the work; this one
 * observes them after success only (a rolled-back action announces nothing), picks the users the
 * event concerns who have an e-mail address and want that kind ({@code notification_preference}),
 * and mails each in their language on the container's threads, with bounded retries: sending never
 * fails or slows the business action. Off unless {@code portal.mail.host} is set. Depends on
 * settlement, sla, kpi, contract, security and shared; nothing depends on it but the pages.
 */
package com.csvendor.portal.notification;
