/**
 * The KPI report pages under {@code webapp/kpi}: the vendor lead's upload page, which follows the
 * import it started until it is done, an import's own page, and the import history. Both pages
 * that show one import share {@link com.csvendor.portal.web.kpi.ImportPanel} and its fragment
 * {@code WEB-INF/includes/kpi-import-panel.xhtml}. Beans call the KPI and store boundaries only.
 */
package com.csvendor.portal.web.kpi;
