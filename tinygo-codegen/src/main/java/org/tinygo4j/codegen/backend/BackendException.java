package org.tinygo4j.codegen.backend;

/**
 * A failure between "an LLVM module exists" and "an image exists". Internal failures
 * (the module does not verify, LLVM cannot emit it, the linker is missing) are compiler
 * bugs and are reported as "internal compiler error"; the others (the program does not
 * fit in flash or RAM, an output format the target cannot have) are the user's to fix
 * and their message is meant for the user as is.
 */
public final class BackendException extends Exception {
    private final boolean internal;

    public BackendException(boolean internal, String message) {
        super(message);
        this.internal = internal;
    }

    public BackendException(boolean internal, String message, Throwable cause) {
        super(message, cause);
        this.internal = internal;
    }

    /** Whether this is a compiler bug rather than something the user can fix. */
    public boolean isInternal() {
        return internal;
    }
}
