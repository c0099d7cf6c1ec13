package org.tinygo4j.codegen;

import java.nio.file.Path;
import java.util.List;

/**
 * Hears what the back end does outside the JVM while it links: the temporary folder it
 * works in and the commands it runs (what TinyGo's -work and -x show). Every method
 * defaults to doing nothing.
 */
public interface LinkObserver {
    LinkObserver NONE = new LinkObserver() {
    };

    /** The temporary folder of one link, just created; true keeps it (and its files) afterwards. */
    default boolean workDirectory(Path dir) {
        return false;
    }

    /** A command about to run (the linker), its program first. */
    default void command(List<String> argv) {
    }
}
