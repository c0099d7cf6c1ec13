package org.tinygo4j.testboards;

import java.util.List;
import org.tinygo4j.boards.BoardProvider;

/**
 * A board pack that exists to prove board packs work: one target, "test-qemu-m3", that
 * inherits the built-in cortex-m-qemu and adds a build tag and a Go package of its
 * own, found through ServiceLoader like any third-party pack.
 */
public final class TestBoards implements BoardProvider {

    @Override
    public String resourceBase() {
        return "org/tinygo4j/testboards/";
    }

    @Override
    public List<String> targetNames() {
        return List.of("test-qemu-m3");
    }

    @Override
    public List<String> goSourceFiles() {
        return List.of("machine/testboard.go");
    }
}
