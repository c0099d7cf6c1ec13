package org.tinygo4j.api;

import java.util.List;

/**
 * The outcome of a compilation or a check: its status, its diagnostics in source order
 * (warnings included), and for a successful compilation the artifact (a check has none).
 */
public record CompileResult(Status status, List<Diagnostic> diagnostics, Artifact artifact) {

    public enum Status {
        /** No errors: the artifact is there (for a check, the sources are valid). */
        SUCCEEDED,
        /** At least one error diagnostic; no artifact, no file written. */
        FAILED,
        /** Stopped by the listener or by interrupting the calling thread; no file written. */
        CANCELLED
    }

    public CompileResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean success() {
        return status == Status.SUCCEEDED;
    }

    public boolean cancelled() {
        return status == Status.CANCELLED;
    }

    /** The error diagnostics only. */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }
}
