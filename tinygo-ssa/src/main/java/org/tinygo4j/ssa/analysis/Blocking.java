package org.tinygo4j.ssa.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tinygo4j.frontend.types.Func;
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
 * The blocking analysis: which functions can block, that is, reach the runtime's
 * {@code pause} (the point where a goroutine waits: a channel operation, a select, a
 * sync primitive, time.Sleep, Gosched), so that on WebAssembly they must be able to
 * suspend (the coroutine lowering turns them into LLVM coroutines; every other
 * function stays a plain function).
 *
 * <p>A function is async when it calls {@code runtime.pause}, when it calls an async
 * function directly, when it calls a function value of an async class, or when it
 * calls an interface method whose key is async; and a go statement's thunk always is
 * (the scheduler starts every goroutine as a coroutine). Calls through values are
 * resolved conservatively by class: a function value's class is its signature (its
 * parameter and result types), except that defer statements' thunks form a class of
 * their own (the runtime calls them through its type deferFunc only) and go
 * statements' thunks are in none (only the scheduler calls them). A class is async
 * when any function made into a value of it (a closure, a method value, a declared
 * function's wrapper) is async, and then every call through a value of the class is
 * an async call and every function of the class must be async too, as a caller of a
 * function value cannot tell which one it calls. Interface method calls are resolved
 * by method key among the types converted to interfaces: if any method with the key
 * is async, every method with the key is made async (the dispatch code forwards the
 * callee's frame). Exported functions are never async: the host calls them as plain
 * functions (a blocking call inside one is a run-time error). Nor are the runtime
 * functions that the lowering calls on its own (bounds and nil panics, append, string
 * concatenation, printing...): their calls are emitted outside the SSA form, as plain
 * calls. They reach the panic path, which is async when a deferred call can block
 * (the runtime runs deferred calls through deferFunc); when such a deferred call
 * blocks while a run-time error unwinds, or a callee of an exported function blocks,
 * the goroutine waits in place (runtime.waitInPlace, emitted by the lowering).
 */
public final class Blocking {
    /**
     * The runtime functions that the lowering calls directly (see the class comment):
     * ProgramBuilder's hooks, which are always built, and those the SSA builder requests
     * when a program needs them. Kept as it was when the names were strings: other
     * entries the lowering also calls (printslice, the string conversions, panicIndex64,
     * panicSlice64, panicSliceToArray, printPanicAny, the map hashing helpers) are not
     * in it, so adding them would change which functions become coroutines.
     */
    private static final Set<RuntimeAbi> CALLED_BY_LOWERING = Stream.concat(
            Arrays.stream(RuntimeAbi.values()).filter(e -> e.role() == RuntimeAbi.Role.HOOK),
            Stream.of(RuntimeAbi.COMPLEX_DIVIDE, RuntimeAbi.PANIC_ASSERT_IFACE, RuntimeAbi.PANIC_NIL_METHOD,
                    RuntimeAbi.PANIC_TYPE_ASSERT, RuntimeAbi.PANIC_UNSAFE_SLICE, RuntimeAbi.PANIC_WRAP,
                    RuntimeAbi.PANIC_UNCOMPARABLE, RuntimeAbi.PRINTCOMPLEX, RuntimeAbi.PRINTFLOAT64,
                    RuntimeAbi.SLICE_APPEND, RuntimeAbi.STRING_CONCAT, RuntimeAbi.STRING_FROM_RUNE))
            .collect(Collectors.toUnmodifiableSet());

    /** The class of defer statements' thunks. */
    private static final String DEFER_CLASS = "defer";

    private final Set<Function> async = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> asyncClasses = new HashSet<>();
    private final Set<String> asyncKeys = new HashSet<>();

    private Blocking() {
    }

    /** Analyses a whole program. */
    public static Blocking analyze(Program program) {
        Blocking r = new Blocking();
        r.run(program);
        return r;
    }

    /** Whether f must be a coroutine: it can block, or is called where blocking ones are. */
    public boolean isAsync(Function f) {
        return async.contains(f);
    }

    /** Whether a call through a value of the function type t may block (and uses the coroutine convention). */
    public boolean isAsyncValueCall(Type fnType) {
        return asyncClasses.contains(classOf(fnType));
    }

    /** Whether a call of the interface method m may block (every implementation is then async). */
    public boolean isAsyncInvoke(Func method) {
        return asyncKeys.contains(InterfaceTypes.methodKey(method));
    }

    /** The number of async functions, for tests and reports. */
    public int asyncCount() {
        return async.size();
    }

    /** The class of a function value's type: its signature, or deferFunc's own. */
    static String classOf(Type t) {
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

    /** What one function calls. */
    private record Calls(List<Function> direct, Set<String> valueClasses, Set<String> invokeKeys, boolean pauses) {
    }

    private void run(Program program) {
        Map<Function, Calls> calls = new IdentityHashMap<>();
        Map<Function, String> values = new IdentityHashMap<>(); // closures and wrappers -> class
        for (Function f : program.functions()) {
            if (f.kind() != Function.Kind.GO || f.blocks().isEmpty()) {
                continue;
            }
            List<Function> direct = new ArrayList<>();
            Set<String> classes = new HashSet<>();
            Set<String> keys = new HashSet<>();
            boolean pauses = false;
            for (BasicBlock bb : f.blocks()) {
                for (Instr in : bb.instrs()) {
                    switch (in) {
                        case Instr.Call c when c.callee() == null -> { }
                        case Instr.Call c -> {
                            if (c.callee().kind() == Function.Kind.INTRINSIC) {
                                pauses |= c.callee().abi() == RuntimeAbi.PAUSE;
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
            calls.put(f, new Calls(direct, classes, keys, pauses));
        }
        Map<String, List<Function>> methodsByKey = new LinkedHashMap<>();
        for (InterfaceTypes.Entry e : program.interfaceTypes().entries()) {
            for (Map.Entry<String, Function> m : e.methods().entrySet()) {
                methodsByKey.computeIfAbsent(m.getKey(), k -> new ArrayList<>()).add(m.getValue());
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<Function, Calls> e : calls.entrySet()) {
                Function f = e.getKey();
                Calls c = e.getValue();
                if (async.contains(f) || !markable(f, calls)) {
                    continue;
                }
                boolean blocks = f.role() == Function.Role.GO_THUNK || c.pauses()
                        || c.direct().stream().anyMatch(async::contains)
                        || c.valueClasses().stream().anyMatch(asyncClasses::contains)
                        || c.invokeKeys().stream().anyMatch(asyncKeys::contains);
                if (blocks) {
                    async.add(f);
                    changed = true;
                }
            }
            for (Map.Entry<Function, String> v : values.entrySet()) {
                if (async.contains(v.getKey()) && asyncClasses.add(v.getValue())) {
                    changed = true;
                }
            }
            for (Map.Entry<Function, String> v : values.entrySet()) {
                if (asyncClasses.contains(v.getValue()) && markable(v.getKey(), calls) && async.add(v.getKey())) {
                    changed = true;
                }
            }
            for (Map.Entry<String, List<Function>> m : methodsByKey.entrySet()) {
                if (m.getValue().stream().anyMatch(async::contains) && asyncKeys.add(m.getKey())) {
                    changed = true;
                }
                if (asyncKeys.contains(m.getKey())) {
                    for (Function f : m.getValue()) {
                        if (markable(f, calls) && async.add(f)) {
                            changed = true;
                        }
                    }
                }
            }
        }
    }

    private static boolean markable(Function f, Map<Function, Calls> calls) {
        return calls.containsKey(f) && f.exportName() == null && !calledByLowering(f);
    }

    private static boolean calledByLowering(Function f) {
        return f.abi() != null && CALLED_BY_LOWERING.contains(f.abi());
    }
}
