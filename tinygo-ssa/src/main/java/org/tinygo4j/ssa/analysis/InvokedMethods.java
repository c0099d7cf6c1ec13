package org.tinygo4j.ssa.analysis;

import java.util.ArrayList;
import java.util.List;
import org.tinygo4j.ssa.ir.InterfaceTypes;

/**
 * Which methods interface calls can reach: a method of a type converted to an
 * interface is reachable when some built function invokes a method with its key. The
 * SSA builder builds functions on demand from the roots, so reachability is a fixpoint
 * that it runs with its work list: after the work list empties, {@link #unbuiltKeys}
 * lists, per converted type, the methods that the calls seen so far reach and that
 * have no function yet; building them may convert more types and invoke more keys,
 * and the builder asks again until no type has any.
 */
public final class InvokedMethods {
    private InvokedMethods() {
    }

    /**
     * The keys that are invoked somewhere, in the entry's method set, and not yet among
     * its built methods, in the order they were first invoked.
     */
    public static List<String> unbuiltKeys(InterfaceTypes table, InterfaceTypes.Entry e) {
        List<String> out = new ArrayList<>();
        for (String key : table.invoked()) {
            if (e.methodKeys().contains(key) && !e.methods().containsKey(key)) {
                out.add(key);
            }
        }
        return out;
    }
}
