package org.tinygo4j.codegen.transform;

import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.llvm.LLVM.LLVMAttributeRef;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMUseRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Makes the values that wasm keeps in locals visible to the conservative collector. A
 * WebAssembly function's locals live outside linear memory, where the collector's scan
 * of the stack cannot see them; a value that stays live across a call (which may
 * allocate and so collect) would be missed. After the last optimisation, this pass
 * gives such values a slot in the function's frame, an alloca, which the WebAssembly
 * back end keeps in the linear-memory stack, and stores the value there, with a
 * volatile store that nothing removes, right after it is defined. A slot keeps the
 * last value stored, which is the one still live: SSA values are defined once per
 * execution, and a value from an earlier loop iteration can only stay live through a
 * phi, which has its own slot. The collector scans the linear-memory stack from the
 * stack pointer to its top, and so sees them all.
 *
 * <p>Which values: those that may carry a heap address ({@link #carriers}: of a type
 * that can hold one, and coming from memory, a call or a parameter, or computed from
 * such values; not a loop counter or a choice between constants). A value that only
 * reshapes one such value (the address of a field or element, a cast, a part of an
 * aggregate) shares that value's slot ({@link #root}): the object stays alive by its
 * base as well as by an interior pointer, and one store serves them all.
 *
 * <p>When: only calls that may reach the collector count ({@link #collecting}): while
 * the collector runs, every frame on the wasm stack is stopped at such a call, so a
 * value live only across other calls is never live in a stopped frame. A value gets
 * its slot when it (or a value sharing its slot) is used after such a call that
 * follows its definition, found by walking back from each use to the definition
 * ({@link Liveness}). A function without such a call gets no slots at all.
 */
public final class WasmStackRoots {
    private WasmStackRoots() {
    }

    private static final int RETURNS_TWICE = LLVMGetEnumAttributeKindForName("returns_twice", "returns_twice".length());

    /** The module's WASI imports: host functions that never call back into the module. */
    private static final String WASI_MODULE = "wasi_snapshot_preview1";

    /** The addresses of the functions whose calls may reach the collector. */
    private final Set<Long> collecting = new HashSet<>();

    private WasmStackRoots(LLVMModuleRef module, String collector) {
        LLVMValueRef gc = LLVMGetNamedFunction(module, collector);
        if (present(gc)) {
            collecting.add(gc.address());
        }
        for (LLVMValueRef fn = LLVMGetFirstFunction(module); present(fn); fn = LLVMGetNextFunction(fn)) {
            if (LLVMCountBasicBlocks(fn) == 0 && LLVMGetIntrinsicID(fn) == 0 && reentrantImport(fn)) {
                collecting.add(fn.address());
            }
        }
        // a function collects when it calls one that does, or calls through a pointer
        for (boolean changed = true; changed; ) {
            changed = false;
            for (LLVMValueRef fn = LLVMGetFirstFunction(module); present(fn); fn = LLVMGetNextFunction(fn)) {
                if (LLVMCountBasicBlocks(fn) > 0 && !collecting.contains(fn.address()) && hasCollectingCall(fn)) {
                    collecting.add(fn.address());
                    changed = true;
                }
            }
        }
    }

    /**
     * Whether calling the declaration fn may run Go code again: an import of any module
     * but WASI's (a JavaScript host can call the module's exports from an import).
     * Declarations that are not imports resolve inside the module at link time.
     */
    private static boolean reentrantImport(LLVMValueRef fn) {
        String key = "wasm-import-module";
        LLVMAttributeRef a = LLVMGetStringAttributeAtIndex(fn, LLVMAttributeFunctionIndex, key, key.length());
        if (!present(a)) {
            return false;
        }
        int[] len = new int[1];
        BytePointer v = LLVMGetStringAttributeValue(a, len);
        return !v.getString(StandardCharsets.UTF_8).substring(0, len[0]).equals(WASI_MODULE);
    }

    /**
     * Spills the values of every function that may collect; collector names the
     * collector's mark phase, which the runtime keeps out of line. Returns how many
     * values got a slot.
     */
    public static int run(LLVMModuleRef module, String collector) {
        WasmStackRoots roots = new WasmStackRoots(module, collector);
        int spilled = 0;
        LLVMBuilderRef b = LLVMCreateBuilderInContext(LLVMGetModuleContext(module));
        try {
            for (LLVMValueRef fn = LLVMGetFirstFunction(module); present(fn); fn = LLVMGetNextFunction(fn)) {
                if (LLVMCountBasicBlocks(fn) > 0 && roots.hasCollectingCall(fn)) {
                    spilled += roots.spill(b, fn);
                }
            }
        } finally {
            LLVMDisposeBuilder(b);
        }
        return spilled;
    }

    private int spill(LLVMBuilderRef b, LLVMValueRef fn) {
        Liveness live = new Liveness(fn);
        Map<Long, LLVMValueRef> carrying = carriers(fn);
        // The values that share a root's slot: the root and what is derived from it alone.
        Map<Long, List<LLVMValueRef>> groups = new LinkedHashMap<>();
        Map<Long, LLVMValueRef> roots = new HashMap<>();
        for (LLVMValueRef v : carrying.values()) {
            LLVMValueRef r = root(v, carrying);
            roots.putIfAbsent(r.address(), r);
            groups.computeIfAbsent(r.address(), k -> new ArrayList<>()).add(v);
        }
        List<LLVMValueRef> values = new ArrayList<>();
        for (Map.Entry<Long, List<LLVMValueRef>> g : groups.entrySet()) {
            LLVMValueRef r = roots.get(g.getKey());
            if (live.acrossCall(r, g.getValue())) {
                values.add(r);
            }
        }
        if (values.isEmpty()) {
            return 0;
        }
        LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(fn);
        LLVMValueRef firstEntry = LLVMGetFirstInstruction(entry);
        List<LLVMValueRef> slots = new ArrayList<>();
        for (LLVMValueRef v : values) {
            LLVMPositionBuilderBefore(b, firstEntry);
            slots.add(LLVMBuildAlloca(b, LLVMTypeOf(v), "gc.root"));
        }
        for (int i = 0; i < values.size(); i++) {
            positionAfterDefinition(b, values.get(i), entry);
            LLVMValueRef store = LLVMBuildStore(b, values.get(i), slots.get(i));
            LLVMSetVolatile(store, 1);
        }
        clearTailMarkers(fn);
        return values.size();
    }

    /**
     * The function's values that may carry the address of a heap object: those of a
     * type that can hold one ({@link #mayHoldPointer}) that come from memory, a call or
     * a parameter, or are computed from such values. What only constants, globals and
     * allocas make (a loop counter, a choice between string constants, an address in
     * the frame) never points into the heap: heap addresses are not known before run
     * time, and the frame is in linear memory, which the collector scans. A least fixed
     * point, as phis make cycles. Keyed by address, in the order of the function.
     */
    static Map<Long, LLVMValueRef> carriers(LLVMValueRef fn) {
        Map<Long, LLVMValueRef> carrying = new LinkedHashMap<>();
        for (int i = 0; i < LLVMCountParams(fn); i++) {
            LLVMValueRef p = LLVMGetParam(fn, i);
            if (mayHoldPointer(LLVMTypeOf(p))) {
                carrying.put(p.address(), p);
            }
        }
        for (boolean changed = true; changed; ) {
            changed = false;
            for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); present(bb); bb = LLVMGetNextBasicBlock(bb)) {
                for (LLVMValueRef in = LLVMGetFirstInstruction(bb); present(in); in = LLVMGetNextInstruction(in)) {
                    if (!carrying.containsKey(in.address()) && mayHoldPointer(LLVMTypeOf(in))
                            && carries(in, carrying)) {
                        carrying.put(in.address(), in);
                        changed = true;
                    }
                }
            }
        }
        return carrying;
    }

    /** Whether instruction in may carry a heap address, given the values known to (so far). */
    private static boolean carries(LLVMValueRef in, Map<Long, LLVMValueRef> carrying) {
        int op = LLVMGetInstructionOpcode(in);
        if (op == LLVMAlloca) {
            return false;
        }

        if (op == LLVMCall && arithmetic(LLVMGetCalledValue(in))) {
            for (int i = 0; i < LLVMGetNumArgOperands(in); i++) {
                if (carrying.containsKey(LLVMGetOperand(in, i).address())) {
                    return true;
                }
            }
            return false;
        }
        if (!derived(op)) {
            return true; // a load, a call, an atomic operation, anything not listed
        }
        int first = op == LLVMSelect ? 1 : 0; // (a select's condition is no part of its value)
        for (int i = first; i < LLVMGetNumOperands(in); i++) {
            if (carrying.containsKey(LLVMGetOperand(in, i).address())) {
                return true;
            }
        }
        return false;
    }

    /** LLVM's integer intrinsics, whose results are computed from their arguments alone. */
    private static boolean arithmetic(LLVMValueRef callee) {
        if (!present(LLVMIsAFunction(callee)) || LLVMGetIntrinsicID(callee) == 0) {
            return false;
        }
        String name = LLVMGetValueName(callee).getString();
        for (String p : new String[] {"llvm.umax.", "llvm.umin.", "llvm.smax.", "llvm.smin.", "llvm.abs.",
                "llvm.ctlz.", "llvm.cttz.", "llvm.ctpop.", "llvm.fshl.", "llvm.fshr.", "llvm.bswap.",
                "llvm.uadd.", "llvm.usub.", "llvm.sadd.", "llvm.ssub.", "llvm.umul.", "llvm.smul."}) {
            if (name.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** Instructions whose value is computed from their operands alone. */
    private static boolean derived(int op) {
        return op == LLVMPHI || op == LLVMSelect || op == LLVMFreeze || reshapes(op)
                || op == LLVMAdd || op == LLVMSub || op == LLVMMul || op == LLVMUDiv || op == LLVMSDiv
                || op == LLVMURem || op == LLVMSRem || op == LLVMShl || op == LLVMLShr || op == LLVMAShr
                || op == LLVMAnd || op == LLVMOr || op == LLVMXor;
    }

    /**
     * Instructions whose value, when a single operand carries a heap address, points
     * into the same object as that operand: addressing, casts, taking an aggregate apart
     * or putting one together.
     */
    private static boolean reshapes(int op) {
        return op == LLVMGetElementPtr || op == LLVMBitCast || op == LLVMPtrToInt || op == LLVMIntToPtr
                || op == LLVMAddrSpaceCast || op == LLVMTrunc || op == LLVMZExt || op == LLVMSExt
                || op == LLVMExtractValue || op == LLVMInsertValue || op == LLVMFreeze;
    }

    /**
     * The value whose slot keeps v's object alive: v itself, or, when v reshapes
     * ({@link #reshapes}) a single carrying operand, that operand's root. The root
     * dominates v, and while v is live the root's slot holds the very value v was made
     * from: a root redefined after v (in a loop) without v being redefined too would be a
     * path to v's uses that misses v's definition. An interior pointer keeps its object
     * alive, and so does the object's own address, so one slot serves the object's base,
     * the addresses of its fields and elements and the parts of an aggregate.
     */
    private static LLVMValueRef root(LLVMValueRef v, Map<Long, LLVMValueRef> carrying) {
        while (present(LLVMIsAInstruction(v)) && reshapes(LLVMGetInstructionOpcode(v))) {
            LLVMValueRef only = null;
            int n = 0;
            for (int i = 0; i < LLVMGetNumOperands(v); i++) {
                LLVMValueRef o = LLVMGetOperand(v, i);
                if (carrying.containsKey(o.address())) {
                    only = o;
                    n++;
                }
            }
            if (n != 1) {
                break;
            }
            v = only;
        }
        return v;
    }

    /** Right after v's definition: after the phis of its block, or in the entry block after the allocas. */
    private static void positionAfterDefinition(LLVMBuilderRef b, LLVMValueRef v, LLVMBasicBlockRef entry) {
        LLVMValueRef at;
        if (present(LLVMIsAArgument(v))) {
            at = LLVMGetFirstInstruction(entry);
        } else if (present(LLVMIsATerminatorInst(v))) {
            // an invoke's result: at the start of its normal destination, the only place
            // it is live in when it is live across a call
            at = LLVMGetFirstInstruction(LLVMGetSuccessor(v, 0));
        } else {
            at = LLVMGetNextInstruction(v);
        }
        while (present(at) && (present(LLVMIsAPHINode(at)) || present(LLVMIsAAllocaInst(at))
                || present(LLVMIsALandingPadInst(at)))) {
            at = LLVMGetNextInstruction(at);
        }
        LLVMPositionBuilderBefore(b, at);
    }

    /**
     * Where in a function the collecting calls are, and the control flow between blocks,
     * to tell whether a value is live right after one of those calls.
     */
    private final class Liveness {
        private final Map<Long, List<LLVMBasicBlockRef>> preds = new HashMap<>();
        /** Per block, the positions of its instructions. */
        private final Map<Long, Integer> index = new HashMap<>();
        /** Per block, the positions of its collecting calls, in order. */
        private final Map<Long, List<Integer>> calls = new HashMap<>();

        Liveness(LLVMValueRef fn) {
            for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); present(bb); bb = LLVMGetNextBasicBlock(bb)) {
                List<Integer> at = new ArrayList<>();
                int i = 0;
                for (LLVMValueRef in = LLVMGetFirstInstruction(bb); present(in); in = LLVMGetNextInstruction(in), i++) {
                    index.put(in.address(), i);
                    if (isCall(in) || returnsTwice(in)) {
                        at.add(i);
                    }
                }
                calls.put(bb.address(), at);
                LLVMValueRef t = LLVMGetBasicBlockTerminator(bb);
                if (present(t)) {
                    for (int s = 0; s < LLVMGetNumSuccessors(t); s++) {
                        preds.computeIfAbsent(LLVMGetSuccessor(t, s).address(), k -> new ArrayList<>()).add(bb);
                    }
                }
            }
        }

        /**
         * Whether in calls a function that returns twice (setjmp, the checkpoint of a
         * function with defers): it returns again after a recovered panic, from inside the
         * calls that follow it, which the control flow does not show, so a value live
         * after it counts as live across a collecting call.
         */
        private static boolean returnsTwice(LLVMValueRef in) {
            if (!present(LLVMIsACallInst(in))) {
                return false;
            }
            if (present(LLVMGetCallSiteEnumAttribute(in, LLVMAttributeFunctionIndex, RETURNS_TWICE))) {
                return true;
            }
            LLVMValueRef callee = LLVMGetCalledValue(in);
            if (!present(LLVMIsAFunction(callee))) {
                return false;
            }
            return present(LLVMGetEnumAttributeAtIndex(callee, LLVMAttributeFunctionIndex, RETURNS_TWICE));
        }

        /** Whether block bb has a collecting call at a position in (from, to), to -1 meaning its end. */
        private boolean callBetween(LLVMBasicBlockRef bb, int from, int to) {
            for (int c : calls.get(bb.address())) {
                if (c > from && (to < 0 || c < to)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether root, or a value of its group (root and what it derives), is used after a
         * collecting call that follows root's definition: walking back from each use
         * towards the definition, which dominates it, meets such a call.
         */
        boolean acrossCall(LLVMValueRef root, List<LLVMValueRef> group) {
            LLVMBasicBlockRef defBlock;
            int defAt;
            if (present(LLVMIsAArgument(root))) {
                defBlock = LLVMGetEntryBasicBlock(LLVMGetParamParent(root));
                defAt = -1;
            } else {
                defBlock = LLVMGetInstructionParent(root);
                defAt = index.get(root.address());
            }
            Set<Long> whole = new HashSet<>();
            ArrayDeque<LLVMBasicBlockRef> work = new ArrayDeque<>();
            for (LLVMValueRef v : group) {
                for (LLVMUseRef u = LLVMGetFirstUse(v); present(u); u = LLVMGetNextUse(u)) {
                    LLVMValueRef user = LLVMGetUser(u);
                    if (!present(LLVMIsAInstruction(user))) {
                        return true;
                    }
                    if (present(LLVMIsAPHINode(user))) {
                        // used at the end of each block the value comes in from
                        for (int i = 0; i < LLVMCountIncoming(user); i++) {
                            if (LLVMGetIncomingValue(user, i).equals(v)) {
                                LLVMBasicBlockRef from = LLVMGetIncomingBlock(user, i);
                                if (from.equals(defBlock)) {
                                    if (callBetween(defBlock, defAt, -1)) {
                                        return true;
                                    }
                                } else {
                                    work.add(from);
                                }
                            }
                        }
                        continue;
                    }
                    LLVMBasicBlockRef bb = LLVMGetInstructionParent(user);
                    int at = index.get(user.address());
                    if (bb.equals(defBlock) && at > defAt) {
                        if (callBetween(bb, defAt, at)) {
                            return true;
                        }
                        continue;
                    }
                    if (callBetween(bb, -1, at)) {
                        return true;
                    }
                    work.addAll(preds.getOrDefault(bb.address(), List.of()));
                }
            }
            // blocks the value is live through, to their end
            while (!work.isEmpty()) {
                LLVMBasicBlockRef bb = work.poll();
                if (!whole.add(bb.address())) {
                    continue;
                }
                if (bb.equals(defBlock)) {
                    if (callBetween(bb, defAt, -1)) {
                        return true;
                    }
                    continue;
                }
                if (callBetween(bb, -1, -1)) {
                    return true;
                }
                work.addAll(preds.getOrDefault(bb.address(), List.of()));
            }
            return false;
        }
    }

    private boolean hasCollectingCall(LLVMValueRef fn) {
        for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); present(bb); bb = LLVMGetNextBasicBlock(bb)) {
            for (LLVMValueRef in = LLVMGetFirstInstruction(bb); present(in); in = LLVMGetNextInstruction(in)) {
                if (isCall(in)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A call (or invoke) that may reach the collector: of a function that may collect,
     * or through a pointer; not of an LLVM intrinsic or inline assembly.
     */
    private boolean isCall(LLVMValueRef in) {
        if (!present(LLVMIsACallInst(in)) && !present(LLVMIsAInvokeInst(in))) {
            return false;
        }
        LLVMValueRef callee = LLVMGetCalledValue(in);
        if (present(LLVMIsAInlineAsm(callee))) {
            return false;
        }
        if (!present(LLVMIsAFunction(callee))) {
            return true;
        }
        return collecting.contains(callee.address());
    }

    /** Pointers, integers wide enough for one (wasm32: 32 bits; 64 may pack two), and aggregates of them. */
    static boolean mayHoldPointer(LLVMTypeRef t) {
        return switch (LLVMGetTypeKind(t)) {
            case LLVMPointerTypeKind -> true;
            case LLVMIntegerTypeKind -> LLVMGetIntTypeWidth(t) >= 32;
            case LLVMStructTypeKind -> {
                for (int i = 0; i < LLVMCountStructElementTypes(t); i++) {
                    if (mayHoldPointer(LLVMStructGetTypeAtIndex(t, i))) {
                        yield true;
                    }
                }
                yield false;
            }
            case LLVMArrayTypeKind, LLVMVectorTypeKind -> mayHoldPointer(LLVMGetElementType(t));
            default -> false;
        };
    }

    private static void clearTailMarkers(LLVMValueRef fn) {
        for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); present(bb); bb = LLVMGetNextBasicBlock(bb)) {
            for (LLVMValueRef in = LLVMGetFirstInstruction(bb); present(in); in = LLVMGetNextInstruction(in)) {
                if (present(LLVMIsACallInst(in)) && LLVMIsTailCall(in) != 0) {
                    LLVMSetTailCall(in, 0);
                }
            }
        }
    }

    private static boolean present(Pointer p) {
        return p != null && !p.isNull();
    }
}
