package org.tinygo4j.boards;

/**
 * The targets that ship with the compiler: every JSON under
 * {@code org/tinygo4j/boards/targets/} (the host, WebAssembly with WASI, the Cortex-M3
 * that qemu emulates, the BBC micro:bit, the Arduino Nano 33 IoT, the Arduino Uno, and
 * the chip-family JSONs they inherit from, as TinyGo arranges them), and the Go
 * packages under {@code org/tinygo4j/boards/src/}.
 */
public final class BuiltinBoards implements BoardProvider {

    /** Made by {@link java.util.ServiceLoader}. */
    public BuiltinBoards() {
    }

    @Override
    public String resourceBase() {
        return "org/tinygo4j/boards/";
    }
}
