/** Settlement pages: the statement list, one statement with its workflow, and finance's dashboard. */
package com.csvendor.portal.web.settlement;
