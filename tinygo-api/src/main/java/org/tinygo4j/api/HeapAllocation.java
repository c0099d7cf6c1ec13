package org.tinygo4j.api;

/**
 * A heap allocation that optimisation left in a program ({@code -print-allocs}): where
 * it is written (file null, line and column 0 when the position was lost), the Go
 * function it is in, and why it could not move to the stack ("escapes: its address is
 * stored", "object size 8192 exceeds maximum stack allocation size 4096", "allocated by
 * runtime.stringConcat, called here", ...).
 *
 * @param file     the source file, or null when the position was lost
 * @param line     the 1-based line, 0 without a position
 * @param column   the 1-based column in bytes, 0 without a position
 * @param function the Go function written at that position (with a lost position, the
 *                 functions it was inlined from and into)
 * @param reason   why the object could not move to the stack
 */
public record HeapAllocation(String file, int line, int column, String function, String reason) {

    /**
     * The allocation as the CLI prints it.
     *
     * @return {@code file:line:column: object allocated on the heap: reason}
     */
    @Override
    public String toString() {
        String where = file == null ? function : file + ":" + line + ":" + column;
        return where + ": object allocated on the heap: " + reason;
    }
}
