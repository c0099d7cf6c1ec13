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

    private RuntimeSources() {
    }
}
