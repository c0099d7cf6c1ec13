package org.tinygo4j.codegen.backend;

import java.util.List;
import org.tinygo4j.codegen.lower.AllocationSites.Site;

/**
 * The program allocates on the heap while the build has none (-gc=none): the user's
 * error, one per allocation left after optimisation (NoHeap), each at the position
 * the lowering recorded for it (-1 when the call lost its tag) and with the Go
 * function that allocates. The pipeline reports them as diagnostics, as it does
 * {@code NotSupported}.
 */
public final class HeapAllocations extends RuntimeException {
    private final transient List<Site> sites;

    HeapAllocations(List<Site> sites) {
        super(sites.size() + " heap allocations with -gc=none", null, false, false);
        this.sites = List.copyOf(sites);
    }

    /** The allocations, in the module's order. */
    public List<Site> sites() {
        return sites;
    }
}
