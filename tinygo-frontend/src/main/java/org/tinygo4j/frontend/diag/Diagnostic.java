package org.tinygo4j.frontend.diag;

import org.tinygo4j.frontend.source.FileSet;

/**
 * A message for the user about their program: an error at a position, printed in
 * Go's style {@code file.go:12:5: message}. Diagnostics are values; they never travel
 * as exceptions across a phase boundary.
 */
public record Diagnostic(Severity severity, FileSet.Position position, String message) {

    public enum Severity { ERROR, WARNING }

    public static Diagnostic error(FileSet.Position position, String message) {
        return new Diagnostic(Severity.ERROR, position, message);
    }

    /** A diagnostic that belongs to no source position (missing file, unknown target). */
    public static Diagnostic plain(String message) {
        return new Diagnostic(Severity.ERROR, null, message);
    }

    @Override
    public String toString() {
        return position == null ? message : position + ": " + message;
    }
}
