/**
 * What every component uses: the business exception family (each carries an i18n message key and
 * the field it concerns) and the message bundle lookup. Depends on nothing else in the portal.
 */
package com.csvendor.portal.shared;
