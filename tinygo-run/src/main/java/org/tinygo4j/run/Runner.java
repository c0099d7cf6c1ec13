package org.tinygo4j.run;

import java.io.IOException;
import java.util.Optional;
import org.tinygo4j.boards.config.BuildConfig;

/**
 * Runs a linked image where it can run: on this machine, in Chicory (WASI), or in an
 * emulator. Shared by `tinygo run` and the integration tests. A runner never throws for
 * something the program did (a crash, a trap, a hang): that is a {@link RunResult}. It
 * throws IOException only when the environment fails it (cannot write a temporary file,
 * cannot start the emulator).
 *
 * <p>Which runner a target gets is the configuration's answer, never a target name:
 * see {@link #forConfig(BuildConfig)}.
 */
public sealed interface Runner permits HostRunner, WasiRunner, WasmExportRunner, NodeRunner, EmulatorRunner {

    /**
     * A short description for messages.
     *
     * @return e.g. "qemu-system-arm -M microbit ..." or "node (wasm_exec.js)"
     */
    String describe();

    /**
     * Why this runner cannot run here (its emulator is missing), naming the Debian
     * package that provides it.
     *
     * @return the reason, or empty when it can run
     */
    Optional<String> unavailableReason();

    /**
     * Whether the exit code of a run is the program's own.
     *
     * @return true, except under simavr, which does not pass the program's code on
     */
    default boolean reportsExitCode() {
        return true;
    }

    /**
     * Runs an image and waits for it to end or reach the time limit.
     *
     * @param image   the linked image, an ELF or a .wasm as the compiler linked it
     *                ({@code Artifact.image()})
     * @param options arguments, environment, input, time limit and live output
     * @return what the program printed and how it ended
     * @throws IOException when the environment fails the run: a temporary file cannot be
     *                     written, the emulator or node cannot be started
     */
    RunResult run(byte[] image, RunOptions options) throws IOException;

    /**
     * The runner the configuration asks for: the target's emulator command (the name
     * {@value BuildConfig#IN_PROCESS_WASM} meaning Chicory, in this JVM, and
     * {@value BuildConfig#IN_PROCESS_WASM_EXPORT} Chicory calling an export,
     * {@value BuildConfig#NODE_WASM} Node with the support file), or this machine
     * when the target has no emulator and is this machine's GOOS/GOARCH. Empty when the
     * image cannot run here (a board that is only flashed, such as arduino-nano33).
     *
     * @param config the target's resolved build configuration ({@code Compiler.config()})
     * @return the runner, or empty when the target's images cannot run here
     */
    static Optional<Runner> forConfig(BuildConfig config) {
        if (!config.emulators().isEmpty()) {
            String program = config.emulators().get(0).trim().split("\\s+")[0];
            if (program.equals(BuildConfig.IN_PROCESS_WASM)) {
                return Optional.of(new WasiRunner());
            }
            if (program.equals(BuildConfig.IN_PROCESS_WASM_EXPORT)) {
                return Optional.of(new WasmExportRunner());
            }
            if (program.equals(BuildConfig.NODE_WASM)) {
                return Optional.of(new NodeRunner());
            }
            return Optional.of(EmulatorRunner.of(config));
        }
        if (config.runsNatively()) {
            return Optional.of(new HostRunner());
        }
        return Optional.empty();
    }
}
