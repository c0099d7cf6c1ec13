package org.tinygo4j.frontend.loader;

/**
 * Hears the loader's progress and may stop it: {@link #phaseStarted}/{@link
 * #phaseEnded} for "load" (finding, reading and parsing the packages) and "check"
 * (type-checking them), and {@link #checkpoint()} before each package is parsed or
 * checked. Throwing {@link java.util.concurrent.CancellationException} from any of
 * them ends the load; it propagates out of {@link Loader#load}. All methods default to
 * doing nothing.
 */
public interface LoadListener {
    LoadListener NONE = new LoadListener() {
    };

    default void phaseStarted(String phase) {
    }

    default void phaseEnded(String phase) {
    }

    default void checkpoint() {
    }

    /** A package is checked: fromCache when a {@link PackageCache} gave it without checking it again. */
    default void packageChecked(String importPath, boolean fromCache) {
    }
}
