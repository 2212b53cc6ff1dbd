package com.csvendor.portal.kpi.control;

/**
 * Which of comma, tab or semicolon separates a CSV's fields, judged from its first lines: the
 * header is the line with the most fields, so the candidate found most often on one line (outside
 * quotes) wins; comma when none occurs. Chinese back offices often save tab-separated text under
 * a .xls or .csv name, and European Excel writes semicolons.
 */
final class Delimiters {

    private static final char[] CANDIDATES = {',', '\t', ';'};
    private static final int LINES = 30;

    private Delimiters() {
    }

    static char detect(CharSequence sample) {
        int[] best = new int[CANDIDATES.length];
        int[] line = new int[CANDIDATES.length];
        boolean quoted = false;
        int lines = 0;
        for (int i = 0; i < sample.length() && lines < LINES; i++) {
            char c = sample.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                lines++;
                keepBest(best, line);
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        line[k]++;
                    }
                }
            }
        }
        keepBest(best, line);
        int winner = 0;
        for (int k = 1; k < CANDIDATES.length; k++) {
            if (best[k] > best[winner]) {
                winner = k;
            }
        }
        return CANDIDATES[winner];
    }

    private static void keepBest(int[] best, int[] line) {
        for (int k = 0; k < line.length; k++) {
            best[k] = Math.max(best[k], line[k]);
            line[k] = 0;
        }
    }
}
