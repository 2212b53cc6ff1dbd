package com.csvendor.portal.kpi.control;

import java.io.Closeable;
import java.io.IOException;

/** Physical rows of one kind of file, read one at a time so that no file is ever held whole. */
interface RowSource extends Closeable {

    /** The next row with its trailing blank cells removed, or {@code null} at the end. */
    RawRow next() throws IOException;

    /** 0..1 of the input consumed. */
    double progress();

    String encoding();
}
