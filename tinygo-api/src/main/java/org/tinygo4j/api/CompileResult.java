package org.tinygo4j.api;

import java.util.List;
import org.tinygo4j.frontend.diag.Diagnostic;

/** Diagnostics of a compilation, and its artifact when it succeeded (no errors). */
public record CompileResult(List<Diagnostic> diagnostics, Artifact artifact) {
    public boolean success() {
        return artifact != null;
    }
}
