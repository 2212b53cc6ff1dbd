/**
 * The contract pages: the list, the creation / draft / amendment wizard, the contract as it reads
 * (printable, with its life-cycle actions) and its history (versions, diff, audit trail). Beans call
 * the contract boundary only; field paths are made readable by {@link TermLabels}.
 */
package com.csvendor.portal.web.contracts;
