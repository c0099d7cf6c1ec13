package org.tinygo4j.boards;

/**
 * A target that cannot be resolved: an unknown name, a JSON file that does not exist
 * or does not parse, an inheritance cycle. The message is meant for the user as is
 * (the API turns it into a diagnostic); it names the valid targets where that helps.
 */
public final class TargetException extends Exception {
    /**
     * An exception with a message for the user.
     *
     * @param message what is wrong with the target
     */
    public TargetException(String message) {
        super(message);
    }
}
