package org.tinygo4j.api;

/**
 * A heap allocation that optimisation left in a program ({@code -print-allocs}): where
 * it is written (file null, line and column 0 when the position was lost), the Go
 * function it is in, and why it could not move to the stack ("escapes: its address is
 * stored", "object size 8192 exceeds maximum stack allocation size 4096", "allocated by
 * runtime.stringConcat, called here", ...).
 */
public record HeapAllocation(String file, int line, int column, String function, String reason) {

    /** As the CLI prints it: {@code file:line:column: object allocated on the heap: reason}. */
    @Override
    public String toString() {
        String where = file == null ? function : file + ":" + line + ":" + column;
        return where + ": object allocated on the heap: " + reason;
    }
}
