package org.tinygo4j.testboards;

import org.tinygo4j.boards.BoardProvider;

/**
 * A board pack that exists to prove board packs work: one target, "test-qemu-m3", that
 * inherits the built-in cortex-m-qemu, names its own emulator command and adds a build
 * tag and a Go package of its own, found through ServiceLoader like any third-party
 * pack. Its targets and Go sources are found by listing its resource folders.
 */
public final class TestBoards implements BoardProvider {

    @Override
    public String resourceBase() {
        return "org/tinygo4j/testboards/";
    }
}
