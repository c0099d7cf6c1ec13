package org.tinygo4j.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.tinygo4j.api.Diagnostic;

/**
 * The streams a command reads and writes (System.in/out/err, or a test's own), the
 * environment variables it reads (System.getenv(), or a test's own map), and the ways
 * the CLI talks to the user: diagnostics one per line, internal errors as one line.
 */
record Io(java.io.InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {

    /** An environment variable, or null when it is unset or empty (as Go's tools treat empty ones). */
    String getenv(String name) {
        String v = env.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    /** Prints diagnostics Go-style, one per line; returns true if any is an error. */
    boolean report(List<Diagnostic> diagnostics) {
        boolean errors = false;
        for (Diagnostic d : diagnostics) {
            err.println(d.severity() == Diagnostic.Severity.WARNING ? d + " (warning)" : d.toString());
            errors |= d.severity() == Diagnostic.Severity.ERROR;
        }
        err.flush();
        return errors;
    }

    static void internalError(PrintStream err, Throwable t) {
        String msg = t.getMessage() == null ? "" : ": " + t.getMessage();
        err.println("internal compiler error: " + t.getClass().getSimpleName() + msg);
        if ("1".equals(System.getenv("TINYGO4J_DEBUG"))) {
            t.printStackTrace(err);
        } else {
            err.println("(this is a bug in tinygo4j; run with TINYGO4J_DEBUG=1 to see the Java stack trace)");
        }
        err.flush();
    }
}
