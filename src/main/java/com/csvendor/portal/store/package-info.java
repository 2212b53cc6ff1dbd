/**
 * Stores: the online shops (one per platform account) whose customer service is outsourced.
 * Owns the store master data. Depends on security (the caller's scope) and shared.
 */
package com.csvendor.portal.store;
