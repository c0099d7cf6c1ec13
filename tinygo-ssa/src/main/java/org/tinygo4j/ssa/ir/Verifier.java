package org.tinygo4j.ssa.ir;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.tinygo4j.frontend.types.Pointer;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.Types;

/**
 * Checks that a built SSA program is well formed before the back end sees it, in the
 * spirit of go/ssa's sanity checker: every block ends in exactly one terminator and
 * holds no other; each block's predecessor list matches the edges of the terminators
 * (with multiplicity); every instruction knows its block; an operand that is an
 * instruction or a parameter belongs to the same function and is defined before its
 * use (earlier in the same block, or in a block that dominates the use); Load and
 * Store types agree with the pointer they go through. A mistake here would otherwise
 * surface as an LLVM verifier failure, or as wrong code, far from its cause.
 *
 * The verifier collects every problem rather than stopping at the first; the caller
 * decides whether they are fatal ({@link #check} throws with all of them).
 */
public final class Verifier {
    private final List<String> problems = new ArrayList<>();

    private Verifier() {
    }

    /** The problems found in the program's functions (empty when it is well formed). */
    public static List<String> verify(Program program) {
        Verifier v = new Verifier();
        for (Function f : program.functions()) {
            v.function(f);
        }
        return v.problems;
    }

    /** The problems found in one function. */
    public static List<String> verify(Function f) {
        Verifier v = new Verifier();
        v.function(f);
        return v.problems;
    }

    /** Throws an IllegalStateException listing every problem, if there are any. */
    public static void check(Program program) {
        List<String> found = verify(program);
        if (!found.isEmpty()) {
            int shown = Math.min(found.size(), 20);
            throw new IllegalStateException("SSA verifier: " + found.size() + " problem(s):\n  "
                    + String.join("\n  ", found.subList(0, shown))
                    + (shown < found.size() ? "\n  ..." : ""));
        }
    }

    private void function(Function f) {
        List<BasicBlock> blocks = f.blocks();
        if (blocks.isEmpty()) {
            return; // extern, intrinsic or body-less declaration
        }
        Map<BasicBlock, Integer> order = new IdentityHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            order.put(blocks.get(i), i);
        }
        Map<Value, Integer> position = new IdentityHashMap<>(); // instruction -> index within its block
        for (BasicBlock b : blocks) {
            terminators(f, b);
            for (int i = 0; i < b.instrs().size(); i++) {
                Instr in = b.instrs().get(i);
                if (in.block() != b) {
                    problem(f, b, "instruction " + describe(in) + " records block "
                            + (in.block() == null ? "none" : in.block().index()));
                }
                position.put(in, i);
            }
        }
        edges(f, blocks, order);
        BitSet[] dom = dominators(blocks, order);
        for (BasicBlock b : blocks) {
            for (int i = 0; i < b.instrs().size(); i++) {
                Instr in = b.instrs().get(i);
                for (Value op : in.operands()) {
                    operand(f, b, i, in, op, order, position, dom);
                }
                memoryTypes(f, b, in);
            }
        }
    }

    private void terminators(Function f, BasicBlock b) {
        List<Instr> instrs = b.instrs();
        if (instrs.isEmpty() || !(instrs.get(instrs.size() - 1) instanceof Instr.Terminator)) {
            problem(f, b, "does not end in a terminator");
        }
        for (int i = 0; i < instrs.size() - 1; i++) {
            if (instrs.get(i) instanceof Instr.Terminator) {
                problem(f, b, "terminator " + describe(instrs.get(i)) + " before the end of the block");
            }
        }
    }

    /** Successor edges and predecessor lists agree, counted with multiplicity. */
    private void edges(Function f, List<BasicBlock> blocks, Map<BasicBlock, Integer> order) {
        int n = blocks.size();
        int[][] fromSuccs = new int[n][n];
        int[][] fromPreds = new int[n][n];
        for (BasicBlock b : blocks) {
            for (BasicBlock s : successors(b)) {
                Integer si = order.get(s);
                if (si == null) {
                    problem(f, b, "jumps to a block of another function");
                    continue;
                }
                fromSuccs[order.get(b)][si]++;
            }
            for (BasicBlock p : b.preds()) {
                Integer pi = order.get(p);
                if (pi == null) {
                    problem(f, b, "has a predecessor from another function");
                    continue;
                }
                fromPreds[pi][order.get(b)]++;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (fromSuccs[i][j] != fromPreds[i][j]) {
                    problem(f, blocks.get(j), "lists block " + blocks.get(i).index() + " as predecessor "
                            + fromPreds[i][j] + " time(s), but that block jumps here " + fromSuccs[i][j] + " time(s)");
                }
            }
        }
    }

    private static List<BasicBlock> successors(BasicBlock b) {
        List<Instr> instrs = b.instrs();
        if (instrs.isEmpty()) {
            return List.of();
        }
        return instrs.get(instrs.size() - 1).successors();
    }

    /**
     * Dominator sets by the classic iterative data-flow formulation: dom(entry) =
     * {entry}; dom(b) = {b} ∪ ⋂ dom(p) over predecessors p. Blocks unreachable from the
     * entry get null (nothing is required of their operands beyond membership).
     */
    private static BitSet[] dominators(List<BasicBlock> blocks, Map<BasicBlock, Integer> order) {
        int n = blocks.size();
        BitSet reachable = new BitSet(n);
        List<Integer> work = new ArrayList<>(List.of(0));
        reachable.set(0);
        while (!work.isEmpty()) {
            int i = work.remove(work.size() - 1);
            for (BasicBlock s : successors(blocks.get(i))) {
                Integer si = order.get(s);
                if (si != null && !reachable.get(si)) {
                    reachable.set(si);
                    work.add(si);
                }
            }
        }
        BitSet[] dom = new BitSet[n];
        for (int i = 0; i < n; i++) {
            if (reachable.get(i)) {
                dom[i] = new BitSet(n);
                if (i == 0) {
                    dom[i].set(0);
                } else {
                    dom[i].or(reachable);
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 1; i < n; i++) {
                if (dom[i] == null) {
                    continue;
                }
                BitSet d = null;
                for (BasicBlock p : blocks.get(i).preds()) {
                    Integer pi = order.get(p);
                    if (pi == null || dom[pi] == null) {
                        continue;
                    }
                    if (d == null) {
                        d = (BitSet) dom[pi].clone();
                    } else {
                        d.and(dom[pi]);
                    }
                }
                if (d == null) {
                    d = new BitSet(n);
                }
                d.set(i);
                if (!d.equals(dom[i])) {
                    dom[i] = d;
                    changed = true;
                }
            }
        }
        return dom;
    }

    private void operand(Function f, BasicBlock b, int index, Instr user, Value op, Map<BasicBlock, Integer> order,
            Map<Value, Integer> position, BitSet[] dom) {
        if (op == null) {
            return; // optional operands (a slice's missing bounds, a bare return) are null
        }
        if (op instanceof Param p) {
            if (!f.params().contains(p) && f.context() != p) {
                problem(f, b, describe(user) + " uses parameter " + p.name() + " of another function");
            }
            return;
        }
        if (!(op instanceof Instr def)) {
            return; // constants, globals and functions are defined everywhere
        }
        BasicBlock db = def.block();
        Integer di = db == null ? null : order.get(db);
        if (di == null || !position.containsKey(def)) {
            problem(f, b, describe(user) + " uses " + describe(def) + ", which is not in this function");
            return;
        }
        if (db == b) {
            if (position.get(def) >= index) {
                problem(f, b, describe(user) + " uses " + describe(def) + " before it is defined");
            }
            return;
        }
        BitSet d = dom[order.get(b)];
        if (d != null && !d.get(di)) {
            problem(f, b, describe(user) + " uses " + describe(def) + " from block " + db.index()
                    + ", which does not dominate it");
        }
    }

    private void memoryTypes(Function f, BasicBlock b, Instr in) {
        if (in instanceof Instr.Load l) {
            Type elem = pointee(l.addr().type());
            if (elem != null && l.type() != null && !Types.identical(elem, l.type())) {
                problem(f, b, "load of " + Types.typeString(l.type()) + " through *" + Types.typeString(elem));
            }
        } else if (in instanceof Instr.Store s) {
            Type elem = pointee(s.addr().type());
            Type vt = s.value().type();
            if (elem != null && vt != null && !Types.identical(elem, vt)) {
                problem(f, b, "store of " + Types.typeString(vt) + " through *" + Types.typeString(elem));
            }
        }
    }

    /** The element type of a typed pointer; null for unsafe.Pointer, uintptr and the like. */
    private static Type pointee(Type t) {
        if (t != null && t.underlying() instanceof Pointer p) {
            return p.elem();
        }
        return null;
    }

    private static String describe(Instr in) {
        return in.getClass().getSimpleName();
    }

    private void problem(Function f, BasicBlock b, String what) {
        problems.add(f.linkName() + ": block " + b.index() + ": " + what);
    }
}
