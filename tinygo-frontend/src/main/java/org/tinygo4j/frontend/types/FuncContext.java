package org.tinygo4j.frontend.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The function (declared or literal) whose body is being checked: its signature for
 * return statements, the local variables that must be used, and its labels.
 */
final class FuncContext {
    final Signature sig;
    final FuncContext outer;
    final List<Var> locals;
    final Map<String, Label> labels = new HashMap<>();
    final Map<String, Boolean> labelUsed = new HashMap<>();

    FuncContext(Signature sig, FuncContext outer) {
        this.sig = sig;
        this.outer = outer;
        this.locals = outer != null ? outer.locals : new ArrayList<>();
    }
}
