package org.tinygo4j.api;

/**
 * Thrown by {@link Compiler.Builder#build()} when the target is unknown or a setting is
 * malformed or one the target cannot honour. The message is meant for the user as it
 * is, in the style of Go's tools ({@code unknown target "x"; valid targets: ...},
 * {@code -scheduler=tasks: not supported on target wasi (supported: none)}).
 */
public final class InvalidConfigurationException extends IllegalArgumentException {
    /**
     * An exception with a message for the user.
     *
     * @param message what is wrong, in the user's terms
     */
    public InvalidConfigurationException(String message) {
        super(message);
    }
}
