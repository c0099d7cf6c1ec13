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
    /** A listener that hears nothing and never cancels: what a request has by default. */
    CompileListener NONE = new CompileListener() {
    };

    /**
     * A phase begins.
     *
     * @param phase the phase about to run
     */
    default void phaseStarted(Phase phase) {
    }

    /**
     * A phase has finished its work. A compilation that is cancelled, or that stops on
     * errors, does not report the end of the phase it stopped in.
     *
     * @param phase the phase that ran
     * @param took  how long it ran, wall-clock time
     */
    default void phaseEnded(Phase phase, Duration took) {
    }

    /**
     * A package has been type-checked.
     *
     * @param importPath the package's import path ({@code "fmt"}, {@code "example.com/m/util"},
     *                   {@code "main"} for the main package)
     * @param fromCache  true when the Compiler reused the package from an earlier
     *                   compilation instead of checking it again
     */
    default void packageChecked(String importPath, boolean fromCache) {
    }

    /**
     * The temporary folder the compilation links in (object file, linker script, linked
     * image), just created; return true to keep it afterwards (TinyGo's -work). Not
     * called for a compilation that stops before linking.
     *
     * @param dir the folder, already created and still empty
     * @return true to keep the folder, false (the default) to have it deleted once the
     *         link is done
     */
    default boolean workDirectory(java.nio.file.Path dir) {
        return false;
    }

    /**
     * An external command the compiler is about to run (the linker), as TinyGo's -x
     * prints it.
     *
     * @param command the program followed by its arguments
     */
    default void commandStarted(java.util.List<String> command) {
    }

    /**
     * Polled between units of work.
     *
     * @return true to cancel the compilation, false (the default) to go on
     */
    default boolean isCancelled() {
        return false;
    }
}
