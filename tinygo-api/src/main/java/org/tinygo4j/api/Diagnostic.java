package org.tinygo4j.api;

import java.util.Objects;

/**
 * A message about a compilation, in the API's own terms (independent of the compiler's
 * internal classes): its severity, a stable category, where it applies and the text.
 * A positioned diagnostic has a file (as the compiler read it: a path, or for the
 * embedded runtime a classpath-relative name), a 1-based start line and column, and an
 * end (line and column just after the last character of the token at the start; the
 * same as the start where the token is not known). Columns count bytes, as Go's tools
 * do. A diagnostic without a position (a missing folder, a bad option) has a null
 * file and zero lines and columns. {@link #toString()} prints Go's format,
 * {@code file.go:12:5: message}.
 *
 * @param severity  an error, which fails the compilation, or a warning
 * @param category  the kind of problem, stable across versions
 * @param file      the file it is about, or null for a diagnostic without a position
 * @param line      the 1-based line of its start, 0 without a position
 * @param column    the 1-based byte column of its start, 0 without a position
 * @param endLine   the line of its end, 0 without a position
 * @param endColumn the column just after its end, 0 without a position
 * @param message   the text, without the position, as Go's tools word it where they have
 *                  the same message
 */
public record Diagnostic(Severity severity, Category category, String file, int line, int column, int endLine,
                         int endColumn, String message) {

    /** How serious a diagnostic is. */
    public enum Severity {
        /** The compilation fails. */
        ERROR,
        /** Worth telling, but the compilation goes on. */
        WARNING
    }

    /**
     * What kind of problem: the stable key a tool can switch on. The message text may
     * change between versions; the category does not.
     */
    public enum Category {
        /** The source does not parse. */
        SYNTAX,
        /** The source parses but is not valid Go: types, declarations, imports that cannot be found. */
        TYPE,
        /** Valid Go that this compiler cannot compile yet ("not supported yet: ..."). */
        UNSUPPORTED,
        /**
         * About the build rather than the source: a missing source or output folder, an
         * output format the target cannot produce, a linker setting that names the wrong
         * kind of variable, an image that does not fit the chip.
         */
        ENVIRONMENT,
        /** A bug in the compiler, reported instead of an exception. */
        INTERNAL
    }

    /**
     * Checks that the severity, category and message are there.
     *
     * @throws NullPointerException if one of them is null
     */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A diagnostic that belongs to no source position.
     *
     * @param severity an error or a warning
     * @param category the kind of problem
     * @param message  the text
     * @return a diagnostic with a null file and zero lines and columns
     */
    public static Diagnostic plain(Severity severity, Category category, String message) {
        return new Diagnostic(severity, category, null, 0, 0, 0, 0, message);
    }

    /**
     * Whether the diagnostic points into a file.
     *
     * @return true when it has a file (and so a line and column)
     */
    public boolean hasPosition() {
        return file != null;
    }

    /**
     * Whether the diagnostic is an error.
     *
     * @return true when the severity is ERROR
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return file == null ? message : file + ":" + line + ":" + column + ": " + message;
    }
}
