package org.tinygo4j.codegen.transform;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.tinygo4j.codegen.lower.AllocationSites;
import org.tinygo4j.codegen.lower.AllocationSites.Site;
import org.tinygo4j.ssa.abi.RuntimeAbi;

/**
 * The check of -gc=none, where the program has no heap. It runs after optimisation
 * (and HeapToStack), so only allocations that really need the heap are left, as in
 * TinyGo, whose linker finds them. Every call of runtime.alloc or runtime.allocNoscan
 * in code the program can reach is an error at the position the lowering tagged it
 * with, naming the Go function that allocates. An allocation inside the runtime is
 * reported at the tagged calls that reach it from outside the runtime (a string
 * concatenation in main.f is main.f's allocation, not runtime.stringConcat's).
 *
 * <p>Reachable means: from the module's non-internal definitions (the entry, the
 * exports, the vector table), through the functions and globals that code and
 * constant initialisers refer to, but not into the runtime's panic functions
 * (runtime.gopanic, runtime._panic, runtime.panic*). What only a panic reaches (the
 * panic record, a run-time error's boxed value, its message) is allowed: the runtime
 * of gc=none serves it from a small static arena (gc_none.go), as a panic ends the
 * program unless it is recovered.
 */
public final class NoHeap {
    private NoHeap() {
    }

    /** The allocations left in the module's reachable code; empty when there are none. */
    public static List<Site> allocations(LLVMModuleRef module) {
        Set<Site> sites = new LinkedHashSet<>();
        for (Left l : calls(module)) {
            sites.add(l.site());
        }
        return new ArrayList<>(sites);
    }

    /**
     * An allocation left: its site, the call at that site, and the runtime function that
     * allocates for it (null when the call is runtime.alloc or runtime.allocNoscan itself).
     */
    public record Left(Site site, LLVMValueRef call, String via) {
    }

    /** Every reachable call that allocates (one per call; sites may repeat), as {@link #allocations} finds them. */
    public static List<Left> calls(LLVMModuleRef module) {
        LLVMContextRef ctx = LLVMGetModuleContext(module);
        Set<LLVMValueRef> reached = reachable(module);
        List<Left> found = new ArrayList<>();
        for (String name : new String[] {RuntimeAbi.ALLOC.linkName(), RuntimeAbi.ALLOC_NOSCAN.linkName()}) {
            LLVMValueRef alloc = LLVMGetNamedFunction(module, name);
            if (present(alloc)) {
                report(ctx, alloc, null, reached, found, new HashSet<>());
            }
        }
        return found;
    }

    /**
     * Adds the reached calls of callee: a call in a runtime function counts where that
     * function is called from (up the runtime's own calls), any other where it is. via
     * is the runtime function that allocates for callee's callers (null for the
     * allocation functions themselves).
     */
    private static void report(LLVMContextRef ctx, LLVMValueRef callee, String via, Set<LLVMValueRef> reached,
            List<Left> found, Set<LLVMValueRef> seen) {
        if (!seen.add(callee)) {
            return;
        }
        for (var u = LLVMGetFirstUse(callee); present(u); u = LLVMGetNextUse(u)) {
            LLVMValueRef user = LLVMGetUser(u);
            if (!present(LLVMIsACallInst(user)) || !LLVMGetCalledValue(user).equals(callee)) {
                continue;
            }
            LLVMValueRef fn = LLVMGetBasicBlockParent(LLVMGetInstructionParent(user));
            String in = LLVMGetValueName(fn).getString();
            if (!reached.contains(fn) || isPanic(fn) || in.equals(RuntimeAbi.ALLOC.linkName())
                    || in.equals(RuntimeAbi.ALLOC_NOSCAN.linkName())) {
                continue;
            }
            Site site = AllocationSites.read(ctx, user);
            if (in.startsWith("runtime.") && LLVMGetLinkage(fn) == LLVMInternalLinkage) {
                report(ctx, fn, in, reached, found, seen);
            } else if (site == null) {
                found.add(new Left(new Site(-1, in), user, via)); // the tag was lost: the function is all we know
            } else if (site.function().startsWith("runtime.") && !in.startsWith("runtime.")) {
                // the runtime's code, inlined into a function of the program
                found.add(new Left(new Site(-1, site.function() + ", inlined into " + in), user, via));
            } else {
                found.add(new Left(site, user, via));
            }
        }
    }

    private static Set<LLVMValueRef> reachable(LLVMModuleRef module) {
        Set<LLVMValueRef> reached = new HashSet<>();
        Deque<LLVMValueRef> work = new ArrayDeque<>();
        for (LLVMValueRef f = LLVMGetFirstFunction(module); present(f); f = LLVMGetNextFunction(f)) {
            if (LLVMIsDeclaration(f) == 0 && !internal(f) && reached.add(f)) {
                work.add(f);
            }
        }
        for (LLVMValueRef g = LLVMGetFirstGlobal(module); present(g); g = LLVMGetNextGlobal(g)) {
            if (LLVMIsDeclaration(g) == 0 && !internal(g) && reached.add(g)) {
                work.add(g);
            }
        }
        while (!work.isEmpty()) {
            LLVMValueRef v = work.poll();
            if (present(LLVMIsAFunction(v))) {
                if (isPanic(v)) {
                    continue;
                }
                for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(v); present(bb); bb = LLVMGetNextBasicBlock(bb)) {
                    for (LLVMValueRef in = LLVMGetFirstInstruction(bb); present(in); in = LLVMGetNextInstruction(in)) {
                        refer(in, reached, work);
                    }
                }
            } else if (present(LLVMIsAGlobalVariable(v))) {
                LLVMValueRef init = LLVMGetInitializer(v);
                if (present(init)) {
                    constant(init, reached, work);
                }
            }
        }
        return reached;
    }

    private static void refer(LLVMValueRef user, Set<LLVMValueRef> reached, Deque<LLVMValueRef> work) {
        int n = LLVMGetNumOperands(user);
        for (int i = 0; i < n; i++) {
            LLVMValueRef op = LLVMGetOperand(user, i);
            if (present(op) && present(LLVMIsAConstant(op))) {
                constant(op, reached, work);
            }
        }
    }

    /** Adds the functions and globals a constant refers to. */
    private static void constant(LLVMValueRef c, Set<LLVMValueRef> reached, Deque<LLVMValueRef> work) {
        if (present(LLVMIsAGlobalValue(c))) {
            if ((present(LLVMIsAFunction(c)) || present(LLVMIsAGlobalVariable(c))) && reached.add(c)) {
                work.add(c);
            }
            return;
        }
        if (present(LLVMIsAConstantExpr(c)) || present(LLVMIsAConstantStruct(c)) || present(LLVMIsAConstantArray(c))
                || present(LLVMIsAConstantVector(c))) {
            refer(c, reached, work);
        }
    }

    private static boolean isPanic(LLVMValueRef fn) {
        String name = LLVMGetValueName(fn).getString();
        return name.equals(RuntimeAbi.GOPANIC.linkName()) || name.equals(RuntimeAbi.PANIC.linkName())
                || name.startsWith("runtime.panic"); // every panicXxx entry, and helpers so named
    }

    private static boolean internal(LLVMValueRef v) {
        int l = LLVMGetLinkage(v);
        return l == LLVMInternalLinkage || l == LLVMPrivateLinkage;
    }

    private static boolean present(Pointer p) {
        return p != null && !p.isNull();
    }
}
