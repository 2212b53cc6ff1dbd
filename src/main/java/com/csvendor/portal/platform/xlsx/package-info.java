/**
 * Excel downloads: a writer of sheets, header rows, text, figure and date cells that renders to XLSX
 * bytes, with the portal's one set of cell styles and number formats. It knows no business document;
 * the finance dashboard and the vendor comparison are put together by their own components. Depends
 * on nothing in the portal but {@link com.csvendor.portal.shared.SpreadsheetText}.
 */
package com.csvendor.portal.platform.xlsx;
