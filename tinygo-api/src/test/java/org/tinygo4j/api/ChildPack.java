package org.tinygo4j.api;

import org.tinygo4j.boards.BoardProvider;

/**
 * A board pack for TargetsTest. Its class is on the test classpath, but it is registered
 * only in {@code childpack/META-INF/services}, which the test classpath does not see at
 * its root: ServiceLoader finds it only through a class loader over that folder, as an
 * IDE plugin's loader finds its own packs. Its JSON adds target api-test-m3.
 */
public final class ChildPack implements BoardProvider {
    @Override
    public String resourceBase() {
        return "org/tinygo4j/api/childpack/";
    }
}
