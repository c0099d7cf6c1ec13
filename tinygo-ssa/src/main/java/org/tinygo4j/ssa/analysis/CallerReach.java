package org.tinygo4j.ssa.analysis;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tinygo4j.frontend.types.Constant;
import org.tinygo4j.ssa.abi.RuntimeAbi;
import org.tinygo4j.ssa.ir.BasicBlock;
import org.tinygo4j.ssa.ir.Const;
import org.tinygo4j.ssa.ir.Function;
import org.tinygo4j.ssa.ir.Instr;
import org.tinygo4j.ssa.ir.InterfaceTypes;
import org.tinygo4j.ssa.ir.Program;
import org.tinygo4j.ssa.ir.Value;

/**
 * Which functions can be on the stack when runtime.Caller or runtime.Callers runs: those
 * that can reach either through the {@link CallGraph} (direct calls, function values by
 * class, interface calls by method key). Only their frames need a call-site record
 * (codegen's CallerFrames), and only their calls that lead there need a site. When a
 * deferred call can reach them (a defer statement's thunk is in the set), a panic
 * anywhere runs it on top of the panicking frames, which gc's Caller then shows: every
 * function and every call counts ({@link #everywhere}). So they do when the program can
 * call runtime.Stack for all goroutines (its all argument is not the constant false, or
 * Stack is a function value): the goroutines that are blocked show their frames
 * wherever they stopped. debug.Stack's call, for its own goroutine, needs only the
 * functions that reach it, as Caller does.
 */
public final class CallerReach {
    private final Set<Function> reaches = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> classes = new HashSet<>();
    private final Set<String> keys = new HashSet<>();
    private boolean everywhere;

    private CallerReach() {
    }

    /** The analysis of a program; it reaches nothing when the program has neither Caller nor Callers. */
    public static CallerReach analyze(Program program) {
        CallerReach r = new CallerReach();
        for (RuntimeAbi e : List.of(RuntimeAbi.CALLER, RuntimeAbi.CALLERS, RuntimeAbi.STACK)) {
            Function f = program.function(e.linkName());
            if (f != null) {
                r.reaches.add(f);
            }
        }
        if (r.reaches.isEmpty()) {
            return r;
        }
        CallGraph g = CallGraph.of(program);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<Function, String> v : g.valuesOf().entrySet()) {
                if (r.reaches.contains(v.getKey())) {
                    changed |= r.classes.add(v.getValue());
                }
            }
            for (Map.Entry<String, List<Function>> k : g.methodsOf().entrySet()) {
                if (!r.keys.contains(k.getKey()) && k.getValue().stream().anyMatch(r.reaches::contains)) {
                    changed |= r.keys.add(k.getKey());
                }
            }
            for (CallGraph.Node n : g.nodes()) {
                if (!r.reaches.contains(n.function()) && (n.direct().stream().anyMatch(r.reaches::contains)
                        || n.valueClasses().stream().anyMatch(r.classes::contains)
                        || n.invokeKeys().stream().anyMatch(r.keys::contains))) {
                    changed |= r.reaches.add(n.function());
                }
            }
        }
        Function stack = program.function(RuntimeAbi.STACK.linkName());
        r.everywhere = r.classes.contains(CallGraph.DEFER_CLASS)
                || stack != null && (g.valuesOf().containsKey(stack) || callsForAll(program, stack));
        return r;
    }

    /** Whether a call of runtime.Stack can ask for all goroutines: its all argument is not the constant false. */
    private static boolean callsForAll(Program program, Function stack) {
        for (Function f : program.functions()) {
            for (BasicBlock b : f.blocks()) {
                for (Instr in : b.instrs()) {
                    if (in instanceof Instr.Call c && c.callee() == stack && !isFalse(c.args().get(1))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isFalse(Value v) {
        return v instanceof Const k && k.value() instanceof Constant.BoolVal(boolean b) && !b;
    }

    /** Whether the program calls Caller, Callers or Stack at all. */
    public boolean any() {
        return !reaches.isEmpty();
    }

    /** Whether every function and call counts: a deferred call can reach Caller. */
    public boolean everywhere() {
        return everywhere;
    }

    /** Whether f can be on the stack under Caller or Callers. */
    public boolean reaches(Function f) {
        return everywhere || reaches.contains(f);
    }

    /** Whether a call that in makes can lead to Caller or Callers (any call, when {@link #everywhere}). */
    public boolean leadsThere(Instr in) {
        if (everywhere) {
            return true;
        }
        return switch (in) {
            case Instr.Call c -> c.callee() != null && reaches.contains(c.callee());
            case Instr.CallValue cv -> classes.contains(CallGraph.classOf(cv.fn().type()));
            case Instr.Invoke iv -> keys.contains(InterfaceTypes.methodKey(iv.method()));
            default -> false;
        };
    }
}
