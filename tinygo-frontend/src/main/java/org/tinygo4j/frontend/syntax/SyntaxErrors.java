package org.tinygo4j.frontend.syntax;

import org.tinygo4j.frontend.diag.Diagnostics;

/**
 * The syntax-error sink of one file, with gc's limits: at most one syntax error per
 * line (later ones on the same line are usually consequences of the first), one of
 * equal other errors in a row on a line, and at most ten per file, after which gc gives
 * up with "too many errors". After a first error, complaints about the end of file or
 * a stray closing brace at top level are dropped: they come from our recovery losing
 * track of brace nesting where gc's recovery does not, so gc has no such error.
 */
final class SyntaxErrors {
    static final int MAX = 10;

    private final Diagnostics diags;
    private int count;
    private int lastLine = -1;
    private int lastOtherLine = -1;
    private String lastOther;
    private boolean stopped;

    SyntaxErrors(Diagnostics diags) {
        this.diags = diags;
    }

    void report(int pos, String message) {
        if (stopped) {
            return;
        }
        if (count > 0 && isCascade(message)) {
            return;
        }
        if (message.startsWith("syntax error")) {
            int line = diags.fileSet().position(pos).line();
            if (line == lastLine) {
                return;
            }
            lastLine = line;
        } else {
            // gc keeps one of equal other errors in a row on a line (a run of bad bytes
            // in a comment is one "invalid UTF-8 encoding")
            int line = diags.fileSet().position(pos).line();
            if (line == lastOtherLine && message.equals(lastOther)) {
                return;
            }
            lastOtherLine = line;
            lastOther = message;
        }
        if (count == MAX) {
            diags.error(pos, "too many errors");
            stopped = true;
            return;
        }
        count++;
        diags.error(pos, message);
    }

    private static boolean isCascade(String message) {
        // a type missing at EOF ("type T" as the last line) is a real error gc reports too
        return message.startsWith("syntax error: unexpected EOF") && !message.endsWith("expecting type")
                || message.equals("syntax error: unexpected } after top level declaration")
                || message.equals("syntax error: unexpected ) after top level declaration");
    }

    int count() {
        return count;
    }

    boolean any() {
        return count > 0 || stopped;
    }

    /** Whether the file reached gc's limit ("too many errors"): nothing more of it is read. */
    boolean stopped() {
        return stopped;
    }
}
