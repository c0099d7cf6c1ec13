package org.tinygo4j.boards;

import java.util.List;

/**
 * The targets that ship with the compiler: the host (linux/amd64), WebAssembly with
 * WASI, the Cortex-M3 that qemu emulates, the BBC micro:bit, the Arduino Nano 33 IoT and
 * the Arduino Uno, with the chip-family JSONs they inherit from, as TinyGo arranges them.
 */
public final class BuiltinBoards implements BoardProvider {

    @Override
    public String resourceBase() {
        return "org/tinygo4j/boards/";
    }

    @Override
    public List<String> targetNames() {
        return List.of("host", "wasi", "cortex-m-qemu", "microbit", "arduino-nano33", "arduino",
                "cortex-m", "cortex-m0", "cortex-m0plus", "cortex-m3", "nrf51", "atsamd21", "atsamd21g18a",
                "avr", "atmega328p");
    }

    @Override
    public List<String> baseTargetNames() {
        return List.of("cortex-m", "cortex-m0", "cortex-m0plus", "cortex-m3", "nrf51", "atsamd21", "atsamd21g18a",
                "avr", "atmega328p");
    }

    @Override
    public List<String> goSourceFiles() {
        return List.of("device/arm/arm.go", "device/avr/avr.go");
    }
}
