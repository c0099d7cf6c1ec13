package org.tinygo4j.runtime;

/**
 * Where the embedded Go sources of the runtime and standard library live on the
 * classpath: {@code <ROOT>/<import path>/*.go}. The jar of this module carries them
 * as resources; the loader reads them as a source root.
 */
public final class RuntimeSources {
    /** Classpath directory (no leading slash) holding one directory per import path. */
    public static final String ROOT = "org/tinygo4j/runtime/go";

    /** A resource in ROOT that marks it, for loaders that locate a root by one of its files. */
    public static final String MARKER = ROOT + "/ROOT";

    /**
     * Embedded packages that do not export the whole API of Go's package yet: where a
     * GOROOT is found, the compiler uses Go's own package instead (an embedded package
     * that is not complete does not hide Go's). Without a GOROOT, ours is used.
     * math lacks the transcendental functions (Exp, Log, Pow, Sin, ...).
     */
    public static final java.util.Set<String> INCOMPLETE = java.util.Set.of("math");

    private RuntimeSources() {
    }
}
