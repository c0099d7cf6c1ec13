package org.tinygo4j.testboards;

import org.tinygo4j.boards.BoardProvider;

/**
 * A board pack that exists to prove board packs work, found through ServiceLoader like
 * any third-party pack; its targets and Go sources are found by listing its resource
 * folders. Two targets: "test-qemu-m3" inherits the built-in cortex-m-qemu, names its
 * own emulator command and adds a build tag and a file to package machine; "mps2-an385"
 * is a chip the built-in boards lack (Arm's MPS2 board with the AN385 Cortex-M3 image,
 * which qemu emulates), with its own linker script, device package, runtime file
 * (output, exit, clock speed) and machine file.
 */
public final class TestBoards implements BoardProvider {

    @Override
    public String resourceBase() {
        return "org/tinygo4j/testboards/";
    }
}
