/**
 * Vendors (the outsourcing companies) and their agents with the platform accounts each agent
 * works under in a store. Depends on store (an account belongs to a store), security and shared.
 */
package com.csvendor.portal.vendor;
