package org.tinygo4j.api;

import java.time.Duration;

/**
 * Hears a compilation's progress and may cancel it. The compiler calls it on the thread
 * that compiles (not the caller's), between units of work: at the start and end of each
 * {@link Phase}, after each package is checked, and often in between, when it asks
 * {@link #isCancelled()}. Once that returns true the compilation stops at the next such
 * point and {@link Compiler#compile} returns a result whose status is
 * {@link CompileResult.Status#CANCELLED}; no output file is written. (Interrupting the
 * thread that called compile does the same.) Every method defaults to doing nothing.
 */
public interface CompileListener {
    CompileListener NONE = new CompileListener() {
    };

    default void phaseStarted(Phase phase) {
    }

    default void phaseEnded(Phase phase, Duration took) {
    }

    /**
     * A package has been type-checked; fromCache when the Compiler reused the package
     * from an earlier compilation instead of checking it again.
     */
    default void packageChecked(String importPath, boolean fromCache) {
    }

    /**
     * The temporary folder the compilation links in (object file, linker script, linked
     * image), just created; return true to keep it afterwards (TinyGo's -work). Not
     * called for a compilation that stops before linking.
     */
    default boolean workDirectory(java.nio.file.Path dir) {
        return false;
    }

    /** An external command the compiler is about to run (the linker), program first (TinyGo's -x). */
    default void commandStarted(java.util.List<String> command) {
    }

    /** Polled between units of work; true cancels the compilation. */
    default boolean isCancelled() {
        return false;
    }
}
