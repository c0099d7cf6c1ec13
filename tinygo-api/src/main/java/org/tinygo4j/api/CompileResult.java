package org.tinygo4j.api;

import java.util.List;

/**
 * The outcome of a compilation or a check: its status, its diagnostics in source order
 * (warnings included), and for a successful compilation the artifact (a check has none).
 *
 * @param status      whether it succeeded, failed or was cancelled
 * @param diagnostics every diagnostic, errors and warnings, in source order; empty when
 *                    there were none
 * @param artifact    the compiled output for a successful compilation; null for a check,
 *                    a library compilation, a failure or a cancellation
 */
public record CompileResult(Status status, List<Diagnostic> diagnostics, Artifact artifact) {

    /** How a compilation ended. */
    public enum Status {
        /** No errors: the artifact is there (for a check, the sources are valid). */
        SUCCEEDED,
        /** At least one error diagnostic; no artifact, no file written. */
        FAILED,
        /** Stopped by the listener or by interrupting the calling thread; no file written. */
        CANCELLED
    }

    /** Copies the diagnostics, so the result is immutable. */
    public CompileResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Whether the compilation succeeded.
     *
     * @return true when the status is {@link Status#SUCCEEDED}
     */
    public boolean success() {
        return status == Status.SUCCEEDED;
    }

    /**
     * Whether the compilation was cancelled.
     *
     * @return true when the status is {@link Status#CANCELLED}
     */
    public boolean cancelled() {
        return status == Status.CANCELLED;
    }

    /**
     * The error diagnostics only.
     *
     * @return the diagnostics whose severity is ERROR, in source order
     */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }
}
