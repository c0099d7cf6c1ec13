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
    /** Where each label is: the statement list holding it and its index there (for goto checks). */
    final Map<String, LabelSite> labelSites = new HashMap<>();
    /** The statement lists being checked, outermost first, with the index of the current statement. */
    final List<List<org.tinygo4j.frontend.ast.Stmt>> blockLists = new ArrayList<>();
    final List<Integer> blockIndex = new ArrayList<>();

    /** chain: the statement lists enclosing the label, outermost first, with the position where each block starts. */
    record LabelSite(List<org.tinygo4j.frontend.ast.Stmt> list, int index, List<Object[]> chain) {}

    /** While collecting labels: the enclosing statement lists and their block positions. */
    final List<Object[]> collectChain = new ArrayList<>();

    FuncContext(Signature sig, FuncContext outer) {
        this.sig = sig;
        this.outer = outer;
        this.locals = outer != null ? outer.locals : new ArrayList<>();
    }
}
