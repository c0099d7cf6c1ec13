package org.tinygo4j.ssa.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tinygo4j.frontend.types.Named;
import org.tinygo4j.frontend.types.Signature;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.Types;
import org.tinygo4j.ssa.abi.RuntimeAbi;
import org.tinygo4j.ssa.ir.BasicBlock;
import org.tinygo4j.ssa.ir.Function;
import org.tinygo4j.ssa.ir.Instr;
import org.tinygo4j.ssa.ir.InterfaceTypes;
import org.tinygo4j.ssa.ir.Program;

/**
 * The call graph of a built program. For each Go function with a body: the functions
 * it calls directly, the classes of the function values it calls, the keys of the
 * interface methods it invokes, and the intrinsics it uses. Calls through values and
 * interfaces are edges to a class or a key, resolved conservatively: a function value's
 * class is its signature ({@link #classOf}; defer statements' thunks have a class of
 * their own, go statements' thunks none, as only the scheduler calls them), and a
 * class holds every function made into a value of it (closures, method values,
 * declared functions' wrappers: {@link #valuesOf}); a key holds the methods with that
 * key of the types converted to interfaces ({@link #methodsOf}). Function values in
 * static data (constants in globals' initialisers) are made values as MakeClosures
 * are. The blocking analysis runs on it, and {@link #reachable} follows it.
 */
public final class CallGraph {
    /** The class of defer statements' thunks. */
    static final String DEFER_CLASS = "defer";

    /** What one function calls. */
    public record Node(Function function, List<Function> direct, Set<String> valueClasses, Set<String> invokeKeys,
                       Set<RuntimeAbi> intrinsics) {
    }

    private final Map<Function, Node> nodes = new LinkedHashMap<>();
    private final Map<Function, String> values = new IdentityHashMap<>();
    private final Map<String, List<Function>> methodsByKey = new LinkedHashMap<>();

    private CallGraph() {
    }

    /** The call graph of every Go function with a body in the program. */
    public static CallGraph of(Program program) {
        CallGraph g = new CallGraph();
        for (Function f : program.functions()) {
            if (f.kind() == Function.Kind.GO && !f.blocks().isEmpty()) {
                g.nodes.put(f, g.scan(f));
            }
        }
        // function values in static data (the static parts of large literals)
        for (org.tinygo4j.ssa.ir.Global gl : program.globals()) {
            if (gl.initializer() != null) {
                g.constantValues(gl.initializer());
            }
        }
        for (InterfaceTypes.Entry e : program.interfaceTypes().entries()) {
            for (Map.Entry<String, Function> m : e.methods().entrySet()) {
                g.methodsByKey.computeIfAbsent(m.getKey(), k -> new ArrayList<>()).add(m.getValue());
            }
            // reflect calls the method tables' functions (receiver first) as func values
            // of their signature, through the call thunk of the method's type
            for (Function m : e.methodFunctions()) {
                if (m != null) {
                    g.values.putIfAbsent(m, classOf(m.signature()));
                }
            }
        }
        return g;
    }

    private Node scan(Function f) {
        List<Function> direct = new ArrayList<>();
        Set<String> classes = new HashSet<>();
        Set<String> keys = new HashSet<>();
        Set<RuntimeAbi> intrinsics = new HashSet<>();
        for (BasicBlock bb : f.blocks()) {
            for (Instr in : bb.instrs()) {
                switch (in) {
                    case Instr.Call c when c.callee() == null -> { }
                    case Instr.Call c -> {
                        if (c.callee().kind() == Function.Kind.INTRINSIC) {
                            if (c.callee().abi() != null) {
                                intrinsics.add(c.callee().abi());
                            }
                        } else {
                            direct.add(c.callee());
                        }
                    }
                    case Instr.CallValue cv -> classes.add(classOf(cv.fn().type()));
                    case Instr.Invoke iv -> keys.add(InterfaceTypes.methodKey(iv.method()));
                    case Instr.MakeClosure mc -> {
                        Function target = mc.fn();
                        switch (target.role()) {
                            case GO_THUNK -> { }
                            case DEFER_THUNK -> values.put(target, DEFER_CLASS);
                            default -> values.put(target, classOf(mc.type()));
                        }
                    }
                    default -> { }
                }
            }
        }
        return new Node(f, direct, classes, keys, intrinsics);
    }

    /** Records the function values in constant c (as a MakeClosure of each would). */
    private void constantValues(org.tinygo4j.ssa.ir.Const c) {
        if (c.function() != null) {
            values.put(c.function(), classOf(c.type()));
        }
        if (c.elements() != null) {
            for (org.tinygo4j.ssa.ir.Const e : c.elements()) {
                if (e.function() != null || e.elements() != null) {
                    constantValues(e);
                }
            }
        }
    }

    /** The class of a function value's type: its signature, or deferFunc's own. */
    public static String classOf(Type t) {
        if (t instanceof Named n && n.obj().pkg() != null && n.obj().pkg().path().equals("runtime")
                && n.obj().name().equals("deferFunc")) {
            return DEFER_CLASS;
        }
        Signature s = (Signature) t.underlying();
        StringBuilder sb = new StringBuilder("func(");
        for (int i = 0; i < s.params().size(); i++) {
            sb.append(i > 0 ? "," : "").append(Types.typeString(s.params().at(i)));
        }
        sb.append(s.variadic() ? "...)(" : ")(");
        for (int i = 0; i < s.results().size(); i++) {
            sb.append(i > 0 ? "," : "").append(Types.typeString(s.results().at(i)));
        }
        return sb.append(')').toString();
    }

    /** The nodes, in the program's order of functions. */
    public Collection<Node> nodes() {
        return Collections.unmodifiableCollection(nodes.values());
    }

    /** f's node, or null when f has no body (declared, intrinsic) or is not Go code. */
    public Node node(Function f) {
        return nodes.get(f);
    }

    /** The functions made into function values, each with its class. */
    public Map<Function, String> valuesOf() {
        return Collections.unmodifiableMap(values);
    }

    /** The methods reachable through interfaces, by method key. */
    public Map<String, List<Function>> methodsOf() {
        return Collections.unmodifiableMap(methodsByKey);
    }

    /**
     * The functions reachable from roots: through direct calls, through calls of a
     * function value to every function of its class, and through interface calls to
     * every method with the key.
     */
    public Set<Function> reachable(Collection<Function> roots) {
        Map<String, List<Function>> byClass = new LinkedHashMap<>();
        for (Map.Entry<Function, String> v : values.entrySet()) {
            byClass.computeIfAbsent(v.getValue(), k -> new ArrayList<>()).add(v.getKey());
        }
        Set<Function> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Function> work = new ArrayDeque<>(roots);
        while (!work.isEmpty()) {
            Function f = work.poll();
            if (!seen.add(f)) {
                continue;
            }
            Node n = nodes.get(f);
            if (n == null) {
                continue;
            }
            work.addAll(n.direct());
            n.valueClasses().forEach(c -> work.addAll(byClass.getOrDefault(c, List.of())));
            n.invokeKeys().forEach(k -> work.addAll(methodsByKey.getOrDefault(k, List.of())));
        }
        return seen;
    }
}
