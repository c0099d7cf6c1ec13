package org.tinygo4j.run;

/**
 * What a program printed and how it ended. {@code output} is everything in the order it
 * was seen; on the host and under WASI it is stdout and stderr merged (the order between
 * the two streams is only as good as the pipes make it), on microcontrollers it is the
 * one serial/semihosting stream and {@code stdout} holds the same text while
 * {@code stderr} holds only what the emulator itself said (usually nothing). {@code timedOut} is true when the runner stopped the program
 * because it ran past its time limit; exitCode is then {@link #EXIT_TIMEOUT}.
 */
public record RunResult(String output, String stdout, String stderr, int exitCode, boolean timedOut) {

    /** The exit code reported for a program stopped at its time limit (as timeout(1) does). */
    public static final int EXIT_TIMEOUT = 124;

    public RunResult(String output, String stdout, String stderr, int exitCode) {
        this(output, stdout, stderr, exitCode, false);
    }

    /** A result of a microcontroller run, where all output is one stream. */
    static RunResult singleStream(String output, int exitCode, boolean timedOut) {
        return new RunResult(output, output, "", exitCode, timedOut);
    }
}
