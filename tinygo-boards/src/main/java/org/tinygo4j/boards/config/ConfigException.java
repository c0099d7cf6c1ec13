package org.tinygo4j.boards.config;

/**
 * A build option that is malformed or that the target cannot honour (an unknown
 * collector, a scheduler the target has no task switch for, a bad -ldflags word). The
 * message is meant for the user as is, in the style of Go's tools ("invalid -gc=x:
 * ..."); the API turns it into a diagnostic and the CLI prints it and exits with 1.
 */
public final class ConfigException extends Exception {
    /**
     * An exception with a message for the user.
     *
     * @param message what is wrong with the option, in the style of Go's tools
     */
    public ConfigException(String message) {
        super(message);
    }
}
