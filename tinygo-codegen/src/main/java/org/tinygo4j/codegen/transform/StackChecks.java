package org.tinygo4j.codegen.transform;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMMetadataRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTargetDataRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMUseRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.bytedeco.llvm.global.LLVM;
import org.tinygo4j.codegen.CodegenException;
import org.tinygo4j.ssa.abi.RuntimeAbi;

/**
 * Stack overflow checks. A goroutine's stack has a fixed size on every target (no
 * stack growth), so a recursion that goes too deep, or a frame too large for what is
 * left, would write below the stack: into the heap under a goroutine's or a
 * microcontroller's main stack, below address 0 on WebAssembly. This pass, after the
 * optimiser (on the final code's call graph; {@link #prepare} keeps what it needs
 * through the optimiser), begins each function that needs it with
 *
 * <pre>
 *   if stack pointer &lt; runtime.stackLimit { runtime.stackOverflow() }
 * </pre>
 *
 * (on the microcontrollers as a call of one generated check, {@link #outOfLine}), where
 * the runtime keeps stackLimit at the running goroutine's stack bottom plus a
 * reserve (runtime/stack_*.go), and stackOverflow prints gc's report and exits with 2.
 * The stack pointer is read after the function's prologue, so the check covers its own
 * frame; the prologue itself only writes near the caller's stack pointer, which passed
 * a check or is within a reserve's reach of one.
 *
 * <p>Checked are the functions that can recur, those in a cycle of the call graph
 * (direct calls, and an indirect call as a call of every function whose address is
 * taken and whose type matches), and those whose stack objects take at least half of
 * the architecture's reserve. The frames of every other function fit in the reserve
 * as long as their call chains are short; a chain of such functions deep enough to
 * cross the whole reserve goes unreported, as before (the goroutine canary still
 * catches it at the next switch). Programs that cannot recur carry no check at all,
 * and the report is linked only when some function has one.
 */
public final class StackChecks {
    static final String LIMIT = RuntimeAbi.STACK_LIMIT.linkName();
    static final String OVERFLOW = RuntimeAbi.STACK_OVERFLOW.linkName();
    static final String INIT = RuntimeAbi.INIT_STACK_BOUNDS.linkName();
    /** The out-of-line check this pass generates on the microcontrollers ({@link #outOfLine}). */
    static final String CHECK = "runtime.stackCheck";
    /** The package initialisers, which every target runs first on the main stack. */
    static final String INIT_ALL = RuntimeAbi.INIT_ALL.linkName();

    private StackChecks() {
    }

    /** A pass over the module that may fail, as the back end runs them. */
    public interface ModulePass {
        void run() throws CodegenException;
    }

    /**
     * Before the optimiser: keeps the report, the bounds' initialisation and the limit
     * through it (only what this pass adds after it will use them), and calls the
     * initialisation first thing in runtime.initAll, out of line so that {@link #run}
     * can find the call again. Returns whether the runtime has what the checks need.
     */
    public static boolean prepare(LLVMModuleRef module) {
        LLVMValueRef overflow = LLVMGetNamedFunction(module, OVERFLOW);
        LLVMValueRef init = LLVMGetNamedFunction(module, INIT);
        LLVMValueRef limit = LLVMGetNamedGlobal(module, LIMIT);
        LLVMValueRef initAll = LLVMGetNamedFunction(module, INIT_ALL);
        if (!defined(overflow) || !defined(init) || !present(limit) || !defined(initAll)) {
            return false;
        }
        for (LLVMValueRef v : new LLVMValueRef[] {overflow, init, limit}) {
            LLVMSetLinkage(v, LLVMExternalLinkage);
        }
        LLVMContextRef ctx = LLVMGetModuleContext(module);
        int noinline = LLVMGetEnumAttributeKindForName("noinline", 8);
        LLVMAddAttributeAtIndex(init, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(ctx, noinline, 0));
        LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx);
        try {
            LLVMPositionBuilderBefore(b, LLVMGetFirstInstruction(LLVMGetEntryBasicBlock(initAll)));
            LLVMBuildCall2(b, LLVMGlobalGetValueType(init), init, new PointerPointer<>(0), 0, "");
        } finally {
            LLVMDisposeBuilder(b);
        }
        return true;
    }

    /**
     * After the optimiser, on the call graph of the final code: adds the checks, or,
     * when no function needs one, removes the report, the initialisation and its call,
     * and the limit (cleanUp, global optimisation and dead-global removal, then drops
     * what is left of them). Returns how many functions got a check.
     */
    public static int run(LLVMModuleRef module, ModulePass cleanUp) throws CodegenException {
        LLVMValueRef overflow = LLVMGetNamedFunction(module, OVERFLOW);
        LLVMValueRef init = LLVMGetNamedFunction(module, INIT);
        LLVMValueRef limit = LLVMGetNamedGlobal(module, LIMIT);
        if (!defined(overflow) || !defined(init) || !present(limit)) {
            return 0;
        }
        for (LLVMValueRef v : new LLVMValueRef[] {overflow, init, limit}) {
            LLVMSetLinkage(v, LLVMInternalLinkage);
        }
        List<LLVMValueRef> checked = needingChecks(module, largeFrame(LLVMGetTarget(module).getString()));
        checked.removeIf(fn -> fn.address() == overflow.address() || fn.address() == init.address());
        if (checked.isEmpty()) {
            // a program without checks carries neither the report nor the bounds
            List<LLVMValueRef> calls = new ArrayList<>();
            for (LLVMUseRef u = LLVMGetFirstUse(init); present(u); u = LLVMGetNextUse(u)) {
                calls.add(LLVMGetUser(u));
            }
            calls.forEach(LLVM::LLVMInstructionEraseFromParent);
            cleanUp.run();
            return 0;
        }
        LLVMContextRef ctx = LLVMGetModuleContext(module);
        int noreturn = LLVMGetEnumAttributeKindForName("noreturn", 8);
        int cold = LLVMGetEnumAttributeKindForName("cold", 4);
        int noinline = LLVMGetEnumAttributeKindForName("noinline", 8);
        for (int kind : new int[] {noreturn, cold, noinline}) {
            LLVMAddAttributeAtIndex(overflow, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(ctx, kind, 0));
        }
        LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx);
        try {
            LLVMValueRef check = outOfLine(LLVMGetTarget(module).getString())
                    ? checkFunction(module, b, limit, overflow) : null;
            for (LLVMValueRef fn : checked) {
                if (check != null) {
                    LLVMPositionBuilderBefore(b, firstNonAlloca(LLVMGetEntryBasicBlock(fn)));
                    LLVMBuildCall2(b, LLVMGlobalGetValueType(check), check, new PointerPointer<>(0), 0, "");
                } else {
                    insertCheck(module, b, fn, limit, overflow);
                }
            }
        } finally {
            LLVMDisposeBuilder(b);
        }
        return checked.size();
    }

    /**
     * The bytes of stack objects from which a function is checked whatever its calls:
     * half the runtime's stackReserve for the architecture (runtime/stack_*.go).
     */
    static long largeFrame(String triple) {
        if (triple.startsWith("avr")) {
            return 24;
        }
        if (triple.startsWith("thumb") || triple.startsWith("arm") || triple.startsWith("riscv32")) {
            return 128;
        }
        if (triple.startsWith("wasm")) {
            return 1 << 10;
        }
        return 4 << 10;
    }

    /** The defined functions to check, in module order. */
    static List<LLVMValueRef> needingChecks(LLVMModuleRef module, long largeFrame) {
        List<LLVMValueRef> fns = new ArrayList<>();
        Map<Long, Integer> index = new HashMap<>();
        for (LLVMValueRef fn = LLVMGetFirstFunction(module); present(fn); fn = LLVMGetNextFunction(fn)) {
            if (LLVMCountBasicBlocks(fn) > 0 && !hasAttribute(fn, "naked")) {
                index.put(fn.address(), fns.size());
                fns.add(fn);
            }
        }
        // the functions whose address is taken, by type: what an indirect call may reach
        Map<Long, List<Integer>> byType = new HashMap<>();
        for (int i = 0; i < fns.size(); i++) {
            if (addressTaken(fns.get(i))) {
                byType.computeIfAbsent(LLVMGlobalGetValueType(fns.get(i)).address(), k -> new ArrayList<>()).add(i);
            }
        }
        int[][] callees = new int[fns.size()][];
        boolean[] check = new boolean[fns.size()];
        for (int i = 0; i < fns.size(); i++) {
            Set<Integer> out = new HashSet<>();
            long frame = 0;
            for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fns.get(i)); present(bb); bb = LLVMGetNextBasicBlock(bb)) {
                for (LLVMValueRef in = LLVMGetFirstInstruction(bb); present(in); in = LLVMGetNextInstruction(in)) {
                    int op = LLVMGetInstructionOpcode(in);
                    if (op == LLVMAlloca) {
                        frame += allocaBytes(module, in);
                    } else if ((op == LLVMCall || op == LLVMInvoke) && !panics(in)) {
                        LLVMValueRef target = LLVMGetCalledValue(in);
                        Integer direct = index.get(target.address());
                        if (direct != null) {
                            out.add(direct);
                        } else if (!present(LLVMIsAFunction(target))) {
                            out.addAll(byType.getOrDefault(LLVMGetCalledFunctionType(in).address(), List.of()));
                        }
                    }
                }
            }
            callees[i] = out.stream().mapToInt(Integer::intValue).toArray();
            check[i] = frame >= largeFrame;
        }
        for (int[] scc : StronglyConnected.components(callees)) {
            if (scc.length > 1 || selfCall(callees[scc[0]], scc[0])) {
                for (int v : scc) {
                    check[v] = true;
                }
            }
        }
        List<LLVMValueRef> result = new ArrayList<>();
        for (int i = 0; i < fns.size(); i++) {
            if (check[i]) {
                result.add(fns.get(i));
            }
        }
        return result;
    }

    /** The runtime's panic paths: the panic, the unwinding that runs deferred calls, the report of the chain. */
    static final Set<String> PANIC_PATHS = Set.of(RuntimeAbi.GOPANIC.linkName(), RuntimeAbi.UNWIND.linkName(),
            RuntimeAbi.PRINTPANICS.linkName());

    /**
     * Whether the call starts a panic: one of {@link #PANIC_PATHS}, or a call the
     * lowering ends with unreachable (run-time errors, fatal errors). A panic runs
     * deferred calls through pointers, and those may panic again, but each panic unwinds
     * at least one frame with deferred calls: a recursion through panics is bounded by a
     * recursion of ordinary calls, which is checked where it happens. Counted, the panic
     * paths would put every function that can panic in one cycle.
     */
    private static boolean panics(LLVMValueRef call) {
        LLVMValueRef next = LLVMGetNextInstruction(call);
        if (present(next) && LLVMGetInstructionOpcode(next) == LLVMUnreachable) {
            return true;
        }
        LLVMValueRef target = LLVMGetCalledValue(call);
        return present(LLVMIsAFunction(target)) && PANIC_PATHS.contains(LLVMGetValueName(target).getString());
    }

    private static boolean selfCall(int[] callees, int v) {
        for (int c : callees) {
            if (c == v) {
                return true;
            }
        }
        return false;
    }

    /** Whether fn is used other than as the callee of a call. */
    private static boolean addressTaken(LLVMValueRef fn) {
        for (LLVMUseRef u = LLVMGetFirstUse(fn); present(u); u = LLVMGetNextUse(u)) {
            LLVMValueRef user = LLVMGetUser(u);
            boolean call = present(LLVMIsACallInst(user)) || present(LLVMIsAInvokeInst(user));
            if (!call || LLVMGetCalledValue(user).address() != fn.address()) {
                return true;
            }
        }
        return false;
    }

    private static long allocaBytes(LLVMModuleRef module, LLVMValueRef alloca) {
        LLVMValueRef count = LLVMGetOperand(alloca, 0);
        if (!present(LLVMIsAConstantInt(count))) {
            return 0; // dynamic: the heap takes what the lowering cannot size
        }
        LLVMTargetDataRef layout = LLVMGetModuleDataLayout(module);
        return LLVMABISizeOfType(layout, LLVMGetAllocatedType(alloca)) * LLVMConstIntGetZExtValue(count);
    }

    /**
     * Whether the checks are calls of one out-of-line check (on the microcontrollers:
     * a call is 4 bytes where the check is 14 to 18, and Thumb-1 code generation aborted
     * on the check's conditional branch to the far end of a large function, LLVM's
     * "underestimated function size") rather than inline (host, WebAssembly: speed).
     */
    static boolean outOfLine(String triple) {
        return triple.startsWith("thumb") || triple.startsWith("arm") || triple.startsWith("avr")
                || triple.startsWith("riscv32");
    }

    /** The generated runtime.stackCheck: the check of its caller's stack pointer (its own, less a return address). */
    private static LLVMValueRef checkFunction(LLVMModuleRef module, LLVMBuilderRef b, LLVMValueRef limit,
            LLVMValueRef overflow) {
        LLVMContextRef ctx = LLVMGetModuleContext(module);
        LLVMTypeRef type = LLVMFunctionType(LLVMVoidTypeInContext(ctx), new PointerPointer<>(0), 0, 0);
        LLVMValueRef fn = LLVMAddFunction(module, CHECK, type);
        LLVMSetLinkage(fn, LLVMInternalLinkage);
        int noinline = LLVMGetEnumAttributeKindForName("noinline", 8);
        LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(ctx, noinline, 0));
        LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(ctx, fn, "entry");
        LLVMBasicBlockRef ok = LLVMAppendBasicBlockInContext(ctx, fn, "ok");
        LLVMBasicBlockRef fail = LLVMAppendBasicBlockInContext(ctx, fn, "overflow");
        LLVMPositionBuilderAtEnd(b, entry);
        compareAndBranch(module, b, limit, fail, ok);
        LLVMPositionBuilderAtEnd(b, ok);
        LLVMBuildRetVoid(b);
        LLVMPositionBuilderAtEnd(b, fail);
        LLVMBuildCall2(b, LLVMGlobalGetValueType(overflow), overflow, new PointerPointer<>(0), 0, "");
        LLVMBuildUnreachable(b);
        return fn;
    }

    private static LLVMValueRef firstNonAlloca(LLVMBasicBlockRef bb) {
        LLVMValueRef in = LLVMGetFirstInstruction(bb);
        while (LLVMGetInstructionOpcode(in) == LLVMAlloca) {
            in = LLVMGetNextInstruction(in);
        }
        return in;
    }

    /** At b: if the stack pointer is below the limit, to fail, else to ok. */
    private static void compareAndBranch(LLVMModuleRef module, LLVMBuilderRef b, LLVMValueRef limit,
            LLVMBasicBlockRef fail, LLVMBasicBlockRef ok) {
        LLVMTypeRef uintptr = LLVMGlobalGetValueType(limit);
        LLVMValueRef spInt = stackPointer(module, b, uintptr);
        LLVMValueRef bound = LLVMBuildLoad2(b, uintptr, limit, "stacklimit");
        // volatile: with the stores of a constant limit only, the optimiser would make
        // the global a flag, and each check two tests
        LLVMSetVolatile(bound, 1);
        LLVMValueRef below = LLVMBuildICmp(b, LLVMIntULT, spInt, bound, "");
        LLVMBuildCondBr(b, below, fail, ok);
    }

    /**
     * Puts the check in a new entry block before fn's own: the entry's constant-size
     * allocas move with it (they must stay in the entry block to be part of the fixed
     * frame), and the old entry, which no branch targets, becomes the check's success
     * path.
     */
    private static void insertCheck(LLVMModuleRef module, LLVMBuilderRef b, LLVMValueRef fn, LLVMValueRef limit,
            LLVMValueRef overflow) {
        LLVMContextRef ctx = LLVMGetModuleContext(module);
        LLVMBasicBlockRef body = LLVMGetEntryBasicBlock(fn);
        LLVMBasicBlockRef entry = LLVMInsertBasicBlockInContext(ctx, body, "stackcheck");
        LLVMBasicBlockRef fail = LLVMAppendBasicBlockInContext(ctx, fn, "stackcheck.overflow");
        LLVMPositionBuilderAtEnd(b, entry);
        List<LLVMValueRef> allocas = new ArrayList<>();
        for (LLVMValueRef in = LLVMGetFirstInstruction(body); present(in); in = LLVMGetNextInstruction(in)) {
            if (LLVMGetInstructionOpcode(in) == LLVMAlloca && present(LLVMIsAConstant(LLVMGetOperand(in, 0)))) {
                allocas.add(in);
            }
        }
        for (LLVMValueRef a : allocas) {
            LLVMInstructionRemoveFromParent(a);
            LLVMInsertIntoBuilder(b, a);
        }
        compareAndBranch(module, b, limit, fail, body);
        LLVMPositionBuilderAtEnd(b, fail);
        LLVMBuildCall2(b, LLVMGlobalGetValueType(overflow), overflow, new PointerPointer<>(0), 0, "");
        LLVMBuildUnreachable(b);
    }

    /**
     * The stack pointer as an integer: on Arm the register (read_register "sp"),
     * elsewhere llvm.stacksave, which reads SP on the AVR and x86-64 and the
     * __stack_pointer global on WebAssembly.
     */
    private static LLVMValueRef stackPointer(LLVMModuleRef module, LLVMBuilderRef b, LLVMTypeRef uintptr) {
        LLVMContextRef ctx = LLVMGetModuleContext(module);
        String triple = LLVMGetTarget(module).getString();
        if (triple.startsWith("thumb") || triple.startsWith("arm")) {
            String name = "llvm.read_register";
            int iid = LLVMLookupIntrinsicID(name, name.length());
            PointerPointer<LLVMTypeRef> overload = new PointerPointer<>(new LLVMTypeRef[] {uintptr});
            LLVMValueRef fn = LLVMGetIntrinsicDeclaration(module, iid, overload, 1);
            LLVMTypeRef type = LLVMIntrinsicGetType(ctx, iid, overload, 1);
            LLVMMetadataRef sp = LLVMMDStringInContext2(ctx, "sp", 2);
            LLVMMetadataRef node = LLVMMDNodeInContext2(ctx, new PointerPointer<>(new LLVMMetadataRef[] {sp}), 1);
            LLVMValueRef arg = LLVMMetadataAsValue(ctx, node);
            return LLVMBuildCall2(b, type, fn, new PointerPointer<>(new LLVMValueRef[] {arg}), 1, "sp");
        }
        LLVMTypeRef ptr = LLVMPointerTypeInContext(ctx, 0);
        String save = "llvm.stacksave";
        int iid = LLVMLookupIntrinsicID(save, save.length());
        PointerPointer<LLVMTypeRef> overload = new PointerPointer<>(new LLVMTypeRef[] {ptr});
        LLVMValueRef stacksave = LLVMGetIntrinsicDeclaration(module, iid, overload, 1);
        LLVMTypeRef saveType = LLVMIntrinsicGetType(ctx, iid, overload, 1);
        LLVMValueRef sp = LLVMBuildCall2(b, saveType, stacksave, new PointerPointer<>(0), 0, "sp");
        return LLVMBuildPtrToInt(b, sp, uintptr, "");
    }

    private static boolean hasAttribute(LLVMValueRef fn, String name) {
        int kind = LLVMGetEnumAttributeKindForName(name, name.length());
        return present(LLVMGetEnumAttributeAtIndex(fn, LLVMAttributeFunctionIndex, kind));
    }

    private static boolean defined(LLVMValueRef fn) {
        return present(fn) && LLVMCountBasicBlocks(fn) > 0;
    }

    private static boolean present(Pointer p) {
        return p != null && !p.isNull();
    }

    /** Tarjan's strongly connected components, without recursion (call graphs can be deep). */
    static final class StronglyConnected {
        private StronglyConnected() {
        }

        static List<int[]> components(int[][] edges) {
            int n = edges.length;
            int[] order = new int[n];
            int[] low = new int[n];
            boolean[] onStack = new boolean[n];
            java.util.Arrays.fill(order, -1);
            ArrayDeque<Integer> stack = new ArrayDeque<>();
            List<int[]> result = new ArrayList<>();
            int counter = 0;
            int[] nextEdge = new int[n];
            ArrayDeque<Integer> work = new ArrayDeque<>();
            for (int root = 0; root < n; root++) {
                if (order[root] >= 0) {
                    continue;
                }
                work.push(root);
                order[root] = low[root] = counter++;
                stack.push(root);
                onStack[root] = true;
                while (!work.isEmpty()) {
                    int v = work.peek();
                    if (nextEdge[v] < edges[v].length) {
                        int w = edges[v][nextEdge[v]++];
                        if (order[w] < 0) {
                            order[w] = low[w] = counter++;
                            stack.push(w);
                            onStack[w] = true;
                            work.push(w);
                        } else if (onStack[w]) {
                            low[v] = Math.min(low[v], order[w]);
                        }
                        continue;
                    }
                    work.pop();
                    if (!work.isEmpty()) {
                        int parent = work.peek();
                        low[parent] = Math.min(low[parent], low[v]);
                    }
                    if (low[v] == order[v]) {
                        List<Integer> comp = new ArrayList<>();
                        int w;
                        do {
                            w = stack.pop();
                            onStack[w] = false;
                            comp.add(w);
                        } while (w != v);
                        result.add(comp.stream().mapToInt(Integer::intValue).toArray());
                    }
                }
            }
            return result;
        }
    }
}
