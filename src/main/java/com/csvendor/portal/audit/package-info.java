/**
 * The append-only audit trail: who changed what, when (UTC), with the record before and after.
 * Entries are only ever added. Depends on shared only; other components record their changes here.
 */
package com.csvendor.portal.audit;
