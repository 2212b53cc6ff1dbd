/**
 * The KPI import job ({@code META-INF/batch-jobs/kpi-import.xml}): a chunked step reads the stored
 * file, parses and validates each row and stages the valid ones (row errors are stored with the
 * import); a last step publishes the staged rows in one transaction, or rejects the import when
 * anything was wrong. Each chunk is its own transaction and checkpoint; nothing is visible before
 * publishing, so a job that dies leaves only staging rows, which are cleared when it is marked failed.
 */
package com.csvendor.portal.kpi.importing;
