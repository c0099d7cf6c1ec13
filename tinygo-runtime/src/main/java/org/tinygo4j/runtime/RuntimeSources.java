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
     * Embedded packages whose GOROOT version is compiled instead wherever a GOROOT is
     * found; without a GOROOT, ours is used. math: our functions are complete, but their
     * approximations (Exp, Log, Pow, Sin, Gamma, J0, ...) are our own algorithms and may
     * differ from gc's in the last bits, while Go's sources compute gc's portable results
     * bit for bit.
     */
    public static final java.util.Set<String> PREFER_GOROOT = java.util.Set.of("math");

    private RuntimeSources() {
    }
}
