package org.tinygo4j.boards;

import java.util.List;

/**
 * The service interface a board pack implements to add targets to the compiler. A
 * provider names a classpath resource base under which its files live, TinyGo-style:
 * {@code <base>targets/<name>.json} for each target it provides, linker scripts and
 * start-up assembly referenced from those JSONs by paths relative to {@code <base>}
 * (for example {@code "targets/nrf51.ld"}), and Go packages (machine, device/...)
 * under {@code <base>src/}. Providers are found through {@link java.util.ServiceLoader}
 * (register in {@code META-INF/services/org.tinygo4j.boards.BoardProvider}); a target
 * of one provider may inherit from a target of another.
 */
public interface BoardProvider {

    /** Resource base path with a trailing slash and no leading slash, e.g. {@code "org/tinygo4j/boards/"}. */
    String resourceBase();

    /**
     * The targets this provider offers, base JSONs included (names without ".json").
     * Every name must have a {@code <base>targets/<name>.json} resource.
     */
    List<String> targetNames();

    /**
     * The Go source files this provider ships, relative to {@code <base>src/}, e.g.
     * {@code "device/arm/arm.go"}. Listed explicitly because a jar cannot be listed
     * portably through a class loader.
     */
    default List<String> goSourceFiles() {
        return List.of();
    }

    /** The class loader that sees this provider's resources. */
    default ClassLoader classLoader() {
        return getClass().getClassLoader();
    }

    /** The targets that exist only to be inherited from (TinyGo's "cortex-m", "avr", ...): not listed as boards. */
    default List<String> baseTargetNames() {
        return List.of();
    }
}
