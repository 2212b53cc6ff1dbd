/**
 * Printable A4 documents in Chinese and English: a builder of titles, headings, paragraphs and
 * tables that renders to PDF bytes. It knows no business document; contracts, statements and the
 * like are put together by their own components. The PDFs embed a subset of Noto Sans SC, so they
 * show and copy the same in any viewer, with no CJK font needed on the server or the reader's
 * machine. Depends on nothing in the portal.
 */
package com.csvendor.portal.platform.pdf;
