package org.tinygo4j.ssa.analysis;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tinygo4j.frontend.types.Func;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.ssa.abi.RuntimeAbi;
import org.tinygo4j.ssa.ir.Function;
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
 *
 * <p>The edges come from the program's {@link CallGraph}; this class is the fixpoint
 * over them.
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
        return asyncClasses.contains(CallGraph.classOf(fnType));
    }

    /** Whether a call of the interface method m may block (every implementation is then async). */
    public boolean isAsyncInvoke(Func method) {
        return asyncKeys.contains(InterfaceTypes.methodKey(method));
    }

    /** The number of async functions, for tests and reports. */
    public int asyncCount() {
        return async.size();
    }

    private void run(Program program) {
        CallGraph graph = CallGraph.of(program);
        Map<Function, String> values = graph.valuesOf();
        Map<String, List<Function>> methodsByKey = graph.methodsOf();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (CallGraph.Node c : graph.nodes()) {
                Function f = c.function();
                if (async.contains(f) || !markable(f, graph)) {
                    continue;
                }
                boolean blocks = f.role() == Function.Role.GO_THUNK || c.intrinsics().contains(RuntimeAbi.PAUSE)
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
                if (asyncClasses.contains(v.getValue()) && markable(v.getKey(), graph) && async.add(v.getKey())) {
                    changed = true;
                }
            }
            for (Map.Entry<String, List<Function>> m : methodsByKey.entrySet()) {
                if (m.getValue().stream().anyMatch(async::contains) && asyncKeys.add(m.getKey())) {
                    changed = true;
                }
                if (asyncKeys.contains(m.getKey())) {
                    for (Function f : m.getValue()) {
                        if (markable(f, graph) && async.add(f)) {
                            changed = true;
                        }
                    }
                }
            }
        }
    }

    private static boolean markable(Function f, CallGraph graph) {
        return graph.node(f) != null && f.exportName() == null && !calledByLowering(f);
    }

    private static boolean calledByLowering(Function f) {
        return f.abi() != null && CALLED_BY_LOWERING.contains(f.abi());
    }
}
