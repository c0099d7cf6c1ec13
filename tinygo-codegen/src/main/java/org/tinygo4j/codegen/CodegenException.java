package org.tinygo4j.codegen;

import java.util.List;

/**
 * A failure of code generation, between "an SSA program exists" and "an image exists",
 * as the {@link Codegen} facade reports it. Internal failures (the module does not
 * verify, LLVM cannot emit it, the linker is missing) are compiler bugs and are
 * reported as "internal compiler error"; the others are the user's to fix: a message
 * meant for the user as is (the program does not fit in flash or RAM, an output format
 * the target cannot have), or {@link #errors()} at positions in the Go source (a
 * construct not supported yet, a heap allocation with -gc=none).
 */
public final class CodegenException extends Exception {
    /**
     * One of the user's errors at a position of the compilation's file set (-1 when the
     * position is unknown), with its message as the user should read it.
     */
    public record SourceError(int pos, String message) {
    }

    private final boolean internal;
    private final transient List<SourceError> errors;

    public CodegenException(boolean internal, String message) {
        this(internal, message, null);
    }

    public CodegenException(boolean internal, String message, Throwable cause) {
        super(message, cause);
        this.internal = internal;
        this.errors = List.of();
    }

    /** The user's errors in the program, one or more. */
    public CodegenException(List<SourceError> errors) {
        super(errors.size() == 1 ? errors.get(0).message() : errors.size() + " errors in the program");
        this.internal = false;
        this.errors = List.copyOf(errors);
    }

    /** Whether this is a compiler bug rather than something the user can fix. */
    public boolean isInternal() {
        return internal;
    }

    /** The errors at positions in the program; empty when the message says it all. */
    public List<SourceError> errors() {
        return errors;
    }
}
