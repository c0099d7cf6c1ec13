package org.tinygo4j.api;

import java.util.List;

/**
 * What a target is, for a tool that lists them: its name, the chip or environment
 * (the LLVM CPU, else the architecture), GOOS/GOARCH, the output formats an image can be
 * written as, the emulator that runs it ("" when none; {@code chicory {}} means in this
 * JVM), how it is flashed ("" when it is not), and whether it is a board or environment
 * one compiles for (rather than a base JSON others inherit from).
 *
 * @param name        the target's name, as {@code -target=} takes it
 * @param chip        the LLVM CPU (e.g. cortex-m0), else the architecture (e.g. wasm32)
 * @param llvmTarget  the LLVM target triple, e.g. {@code thumbv6m-unknown-unknown-eabi}
 * @param goos        the GOOS its programs see, e.g. linux, wasip1, js
 * @param goarch      the GOARCH its programs see, e.g. arm, wasm, avr
 * @param formats     the output formats an image for it can be written as
 * @param emulator    the target JSON's emulator command, "" when it has none
 * @param flashMethod how an image is put on the board (e.g. msd, openocd), "" when it is not
 * @param board       true for a board or environment to compile for, false for a base
 *                    target that others inherit from
 */
public record TargetDescription(String name, String chip, String llvmTarget, String goos, String goarch,
                                List<OutputFormat> formats, String emulator, String flashMethod, boolean board) {
    /** Copies the formats, so the description is immutable. */
    public TargetDescription {
        formats = List.copyOf(formats);
    }
}
