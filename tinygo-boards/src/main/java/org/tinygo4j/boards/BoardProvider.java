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
 *
 * <p>The defaults list the provider's resource folders, so a provider is normally just
 * {@link #resourceBase()}: adding a board means adding its JSON (and Go sources), with
 * no Java change. Whether a target is a board or only a base to inherit from (TinyGo's
 * "cortex-m", "avr") is read from its JSON, see {@link TargetRegistry#names()}.
 */
public interface BoardProvider {

    /**
     * Where the provider's files live on the class path.
     *
     * @return the resource base path, with a trailing slash and no leading slash, e.g.
     *         {@code "org/tinygo4j/boards/"}
     */
    String resourceBase();

    /**
     * The targets this provider offers, base JSONs included (names without ".json"):
     * by default every {@code <base>targets/*.json}.
     *
     * @return the target names, e.g. {@code ["cortex-m", "microbit"]}
     */
    default List<String> targetNames() {
        return ResourceListing.files(classLoader(), resourceBase() + "targets/").stream()
                .filter(f -> f.endsWith(".json") && f.indexOf('/') < 0)
                .map(f -> f.substring(0, f.length() - ".json".length()))
                .toList();
    }

    /**
     * The Go source files this provider ships, relative to {@code <base>src/}, e.g.
     * {@code "device/arm/arm.go"}: by default every .go file below that folder.
     *
     * @return the file paths, relative to {@code <base>src/}
     */
    default List<String> goSourceFiles() {
        return ResourceListing.files(classLoader(), resourceBase() + "src/").stream()
                .filter(f -> f.endsWith(".go"))
                .toList();
    }

    /**
     * The class loader that sees this provider's resources.
     *
     * @return by default the loader of the provider's class
     */
    default ClassLoader classLoader() {
        return getClass().getClassLoader();
    }
}
