package com.csvendor.portal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU a process (the server, the database) has used, from /proc: a figure the machine's load
 * disturbs less than a latency, taken before and after what a benchmark measures.
 */
public final class ProcessCpu {

    private ProcessCpu() {
    }

    /** CPU seconds (user + system) the process has used so far; 0 when unknown (no pid, not Linux). */
    public static double seconds(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // CLK_TCK is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
