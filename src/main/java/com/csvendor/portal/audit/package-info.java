/**
 * The append-only audit trail: who changed what, when (UTC), with the record before and after.
 * Entries are only ever added. Depends on shared, and on security for the role of its read-only
 * API; other components record their changes here.
 */
package com.csvendor.portal.audit;
