package org.tinygo4j.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A request for -print-allocs: which Go functions to look at (a regular expression found
 * anywhere in the function's name, as Go's regexp.MatchString does), and, once the
 * program is built, the heap allocations left in them after optimisation, each with
 * the reason it could not move to the stack.
 */
public final class HeapAllocations {
    /**
     * An allocation left on the heap: pos in the compilation's file set (-1 when the
     * position was lost), the Go function written at that position, and why.
     */
    public record Allocation(int pos, String function, String reason) {
    }

    private final Pattern functions;
    private final List<Allocation> found = new ArrayList<>();

    public HeapAllocations(Pattern functions) {
        this.functions = java.util.Objects.requireNonNull(functions);
    }

    /** Which functions are reported. */
    public Pattern functions() {
        return functions;
    }

    /** What the build found, in module order. */
    public synchronized List<Allocation> found() {
        return List.copyOf(found);
    }

    /** Adds an allocation (the backend's; one per site and reason). */
    public synchronized void add(Allocation a) {
        if (functions.matcher(a.function()).find() && !found.contains(a)) {
            found.add(a);
        }
    }
}
