package org.tinygo4j.run;

/**
 * What a program printed and how it ended. {@code output} is everything in the order it
 * was seen; on the host and under WASI it is stdout and stderr merged (the order between
 * the two streams is only as good as the pipes make it), on microcontrollers it is the
 * one serial/semihosting stream and {@code stdout} holds the same text while
 * {@code stderr} holds only what the emulator itself said (usually nothing). {@code timedOut} is true when the runner stopped the program
 * because it ran past its time limit; exitCode is then {@link #EXIT_TIMEOUT}.
 *
 * @param output   everything the program printed, in the order it was seen
 * @param stdout   what it wrote on standard output (on a microcontroller, all its output)
 * @param stderr   what it wrote on standard error (on a microcontroller, what the
 *                 emulator said)
 * @param exitCode the program's exit code; {@link #EXIT_TIMEOUT} after a timeout,
 *                 {@link WasiRunner#EXIT_TRAP} for a wasm trap
 * @param timedOut true when the runner stopped the program at its time limit
 */
public record RunResult(String output, String stdout, String stderr, int exitCode, boolean timedOut) {

    /** The exit code reported for a program stopped at its time limit (as timeout(1) does). */
    public static final int EXIT_TIMEOUT = 124;

    /**
     * A result of a program that ended by itself.
     *
     * @param output   everything it printed, in order
     * @param stdout   its standard output
     * @param stderr   its standard error
     * @param exitCode its exit code
     */
    public RunResult(String output, String stdout, String stderr, int exitCode) {
        this(output, stdout, stderr, exitCode, false);
    }

    /** A result of a microcontroller run, where all output is one stream. */
    static RunResult singleStream(String output, int exitCode, boolean timedOut) {
        return new RunResult(output, output, "", exitCode, timedOut);
    }
}
