package org.tinygo4j.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a build is asked to report besides its image, and, once it has run, the
 * reports: the heap allocations left after optimisation in the Go functions whose
 * names a regular expression matches anywhere (-print-allocs), and the linker's map
 * of the image (-size full's per-package table). A build with reports always runs the
 * whole back end (no cached image).
 */
public final class BuildReports {
    /**
     * An allocation left on the heap: pos in the compilation's file set (-1 when the
     * position was lost), the Go function written at that position, and why.
     */
    public record Allocation(int pos, String function, String reason) {
    }

    private final Pattern allocations;
    private final boolean linkMap;
    private final List<Allocation> found = new ArrayList<>();
    private String map;

    /** Reports for allocationsIn (null: no allocation report) and, if linkMap, the link map. */
    public BuildReports(Pattern allocationsIn, boolean linkMap) {
        this.allocations = allocationsIn;
        this.linkMap = linkMap;
    }

    /** Whether the allocations are asked for. */
    public boolean wantsAllocations() {
        return allocations != null;
    }

    /** Whether the link map is asked for. */
    public boolean wantsLinkMap() {
        return linkMap;
    }

    /** The allocations found, in module order. */
    public synchronized List<Allocation> allocations() {
        return List.copyOf(found);
    }

    /** Adds an allocation (the backend's) if its function is asked for; one per site and reason. */
    public synchronized void add(Allocation a) {
        if (allocations != null && allocations.matcher(a.function()).find() && !found.contains(a)) {
            found.add(a);
        }
    }

    /** The map lld (or wasm-ld) wrote for the image, or null. */
    public synchronized String linkMapText() {
        return map;
    }

    /** Keeps the linker's map. */
    public synchronized void linkMap(String text) {
        this.map = text;
    }
}
