package org.tinygo4j.api;

import java.util.List;

/**
 * What a target is, for a tool that lists them: its name, the chip or environment
 * (the LLVM CPU, else the architecture), GOOS/GOARCH, the output formats an image can be
 * written as, the emulator that runs it ("" when none; {@code chicory {}} means in this
 * JVM), how it is flashed ("" when it is not), and whether it is a board or environment
 * one compiles for (rather than a base JSON others inherit from).
 */
public record TargetDescription(String name, String chip, String llvmTarget, String goos, String goarch,
                                List<OutputFormat> formats, String emulator, String flashMethod, boolean board) {
    public TargetDescription {
        formats = List.copyOf(formats);
    }
}
