package org.tinygo4j.codegen.transform;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMUseRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.tinygo4j.ssa.abi.RuntimeAbi;

/**
 * Turns heap allocations that cannot outlive their function into stack slots, after a
 * first optimisation (which inlines and infers {@code nocapture} on parameters). An
 * allocation qualifies when its size is a constant within the target's limit and its
 * address is only loaded from, stored to, offset (getelementptr), compared, or passed
 * to parameters that do not capture it: nocapture ones, or parameters of functions
 * defined here whose own uses qualify in turn, followed also through the fields of
 * slice and string values (LLVM infers nocapture for pointer parameters only, and our
 * calls pass a slice whole). The call becomes an entry-block alloca and a
 * memset to zero where the call was (the heap hands out zeroed memory, and in a loop
 * each iteration must see a fresh zeroed object; no pointer can survive an iteration,
 * since phis and selects count as escapes). The function's calls lose their `tail`
 * markers, which promise that no caller alloca is passed.
 *
 * <p>The builder puts every variable whose address is taken on the heap; without this
 * pass a method call on a local struct would allocate on every call.
 */
public final class HeapToStack {
    private HeapToStack() {
    }

    /**
     * Rewrites qualifying calls of runtime.alloc and runtime.allocNoscan (the same for
     * objects without pointers); returns how many became stack slots.
     */
    public static int run(LLVMModuleRef module, long maxBytes) {
        return run(module, maxBytes, true);
    }

    /**
     * As {@link #run(LLVMModuleRef, long)}; with followCallees false, a pointer passed to a
     * parameter without nocapture, or inside a slice or string value, escapes (for chips
     * whose goroutine stacks of 2 KiB cannot take the objects following moves there).
     *
     * @return how many calls became stack slots
     */
    public static int run(LLVMModuleRef module, long maxBytes, boolean followCallees) {
        if (maxBytes <= 0) {
            return 0;
        }
        int nocapture = LLVMGetEnumAttributeKindForName("nocapture", "nocapture".length());
        List<LLVMValueRef> calls = new ArrayList<>();
        for (String name : new String[] {RuntimeAbi.ALLOC.linkName(), RuntimeAbi.ALLOC_NOSCAN.linkName()}) {
            LLVMValueRef alloc = LLVMGetNamedFunction(module, name);
            if (alloc == null || alloc.isNull()) {
                continue;
            }
            for (LLVMUseRef u = LLVMGetFirstUse(alloc); u != null && !u.isNull(); u = LLVMGetNextUse(u)) {
                LLVMValueRef user = LLVMGetUser(u);
                if (present(LLVMIsACallInst(user)) && calledValue(user).equals(alloc)) {
                    calls.add(user);
                }
            }
        }
        int changed = 0;
        LLVMBuilderRef b = LLVMCreateBuilderInContext(LLVMGetModuleContext(module));
        try {
            for (LLVMValueRef call : calls) {
                LLVMValueRef size = LLVMGetOperand(call, 0);
                if (!present(LLVMIsAConstantInt(size))) {
                    continue;
                }
                long n = LLVMConstIntGetZExtValue(size);
                if (n > maxBytes || escape(call, new Walk(nocapture, follows(call, followCallees))) != null) {
                    continue;
                }
                replace(b, call, size, n);
                changed++;
            }
        } finally {
            LLVMDisposeBuilder(b);
        }
        return changed;
    }

    /**
     * Whether the walk for this allocation follows pointers into callees: asked for,
     * and an object without pointers (runtime.allocNoscan). One with pointers that
     * following moved to a stack would keep what it points to alive, as a conservative
     * root, for as long as its frame lives, long after the program dropped it.
     */
    private static boolean follows(LLVMValueRef call, boolean followCallees) {
        if (!followCallees) {
            return false;
        }
        LLVMValueRef callee = calledValue(call);
        org.bytedeco.javacpp.SizeTPointer len = new org.bytedeco.javacpp.SizeTPointer(1);
        String name = LLVMGetValueName2(callee, len).getString();
        return name.equals(RuntimeAbi.ALLOC_NOSCAN.linkName());
    }

    private static LLVMValueRef calledValue(LLVMValueRef call) {
        return LLVMGetCalledValue(call);
    }

    /** Stands for "too many levels or uses to follow" in {@link #escape}. */
    private static final LLVMValueRef TOO_DEEP = new LLVMValueRef();

    /** How many uses one question may look at, across the callees it follows. */
    private static final int BUDGET = 4000;

    /**
     * One question's state: the parameters already entered (a cycle through them adds no
     * new use, so a second visit answers "does not escape" for that path) and the uses
     * left to look at.
     */
    private static final class Walk {
        final int nocapture;
        final boolean followCallees;
        final Set<String> entered = new HashSet<>();
        int budget = BUDGET;

        Walk(int nocapture, boolean followCallees) {
            this.nocapture = nocapture;
            this.followCallees = followCallees;
        }
    }

    /** The first use through which v may outlive the function (TOO_DEEP past 16 offsets), or null. */
    private static LLVMValueRef escape(LLVMValueRef v, Walk w) {
        return escapePointer(v, w, 0, false);
    }

    /**
     * The first use through which the pointer v may outlive the function, or null.
     * Besides loads, stores into it, offsets, comparisons and nocapture parameters, it
     * follows v into callees whose parameter lacks nocapture (LLVM infers that attribute
     * for pointer parameters only) and into the fields of aggregates (a slice or string
     * value, which our calls pass whole): a slice of a local array passed to a function
     * that only reads through it does not make the array escape. In a callee (inCallee),
     * phis and selects are followed too: a callee's values die when it returns, so they
     * cannot carry the pointer into the allocating function's next loop iteration.
     */
    private static LLVMValueRef escapePointer(LLVMValueRef v, Walk w, int depth, boolean inCallee) {
        if (depth > 16 || --w.budget < 0) {
            return TOO_DEEP;
        }
        for (LLVMUseRef u = LLVMGetFirstUse(v); u != null && !u.isNull(); u = LLVMGetNextUse(u)) {
            LLVMValueRef user = LLVMGetUser(u);
            if (!present(LLVMIsAInstruction(user))) {
                return user;
            }
            switch (LLVMGetInstructionOpcode(user)) {
                case LLVMLoad, LLVMICmp -> {
                }
                case LLVMStore -> {
                    // storing into the object is fine; storing the address somewhere is not
                    if (LLVMGetOperand(user, 0).equals(v)) {
                        return user;
                    }
                }
                case LLVMGetElementPtr -> {
                    if (!LLVMGetOperand(user, 0).equals(v)) {
                        return user;
                    }
                    LLVMValueRef deeper = escapePointer(user, w, depth + 1, inCallee);
                    if (deeper != null) {
                        return deeper;
                    }
                }
                case LLVMPHI, LLVMSelect -> {
                    if (!inCallee) {
                        return user;
                    }
                    if (w.entered.add("merge:" + user.address())) {
                        LLVMValueRef deeper = escapePointer(user, w, depth + 1, true);
                        if (deeper != null) {
                            return deeper;
                        }
                    }
                }
                case LLVMInsertValue -> {
                    int field = singleIndex(user);
                    if (!w.followCallees || !LLVMGetOperand(user, 1).equals(v) || field < 0) {
                        return user;
                    }
                    LLVMValueRef deeper = escapeField(user, field, w, depth + 1, inCallee);
                    if (deeper != null) {
                        return deeper;
                    }
                }
                case LLVMCall -> {
                    LLVMValueRef deeper = escapeThroughCall(user, v, -1, w, depth);
                    if (deeper != null) {
                        return deeper;
                    }
                }
                default -> {
                    return user;
                }
            }
        }
        return null;
    }

    /**
     * The first use through which the pointer in field `field` of the aggregate value agg
     * may outlive the function, or null: extracting another field, or replacing this one,
     * lets nothing out.
     */
    private static LLVMValueRef escapeField(LLVMValueRef agg, int field, Walk w, int depth, boolean inCallee) {
        if (depth > 16 || --w.budget < 0) {
            return TOO_DEEP;
        }
        for (LLVMUseRef u = LLVMGetFirstUse(agg); u != null && !u.isNull(); u = LLVMGetNextUse(u)) {
            LLVMValueRef user = LLVMGetUser(u);
            if (!present(LLVMIsAInstruction(user))) {
                return user;
            }
            LLVMValueRef deeper;
            switch (LLVMGetInstructionOpcode(user)) {
                case LLVMExtractValue -> {
                    int index = singleIndex(user);
                    if (index < 0) {
                        return user;
                    }
                    deeper = index == field ? escapePointer(user, w, depth + 1, inCallee) : null;
                }
                case LLVMInsertValue -> {
                    int index = singleIndex(user);
                    if (!LLVMGetOperand(user, 0).equals(agg) || index < 0) {
                        return user;
                    }
                    deeper = index == field ? null : escapeField(user, field, w, depth + 1, inCallee);
                }
                case LLVMCall -> deeper = escapeThroughCall(user, agg, field, w, depth);
                default -> {
                    return user;
                }
            }
            if (deeper != null) {
                return deeper;
            }
        }
        return null;
    }

    /**
     * The first use through which v (a pointer when field is -1, else an aggregate whose
     * field holds the pointer) may outlive the function by the call, or null. Parameters
     * marked nocapture keep a pointer; otherwise the callee must be a function defined in
     * this module whose definition is final, and its parameter is followed in turn.
     */
    private static LLVMValueRef escapeThroughCall(LLVMValueRef call, LLVMValueRef v, int field, Walk w, int depth) {
        LLVMValueRef callee = calledValue(call);
        if (callee.equals(v) || !present(LLVMIsAFunction(callee))) {
            return call;
        }
        int args = LLVMGetNumArgOperands(call);
        for (int i = 0; i < args; i++) {
            if (!LLVMGetOperand(call, i).equals(v)) {
                continue;
            }
            if (field < 0 && (present(LLVMGetCallSiteEnumAttribute(call, i + 1, w.nocapture))
                    || present(LLVMGetEnumAttributeAtIndex(callee, i + 1, w.nocapture)))) {
                continue;
            }
            if (!w.followCallees || !followable(callee, args, i, v)) {
                return call;
            }
            LLVMValueRef param = LLVMGetParam(callee, i);
            if (!w.entered.add(param.address() + ":" + field)) {
                continue;
            }
            LLVMValueRef deeper = field < 0 ? escapePointer(param, w, depth + 1, true)
                    : escapeField(param, field, w, depth + 1, true);
            if (deeper != null) {
                // a use in a callee stands for the call in the caller's words
                return deeper == TOO_DEEP ? TOO_DEEP : call;
            }
        }
        return null;
    }

    /** Whether callee's body is in this module, is the one that runs, and takes v as parameter i. */
    private static boolean followable(LLVMValueRef callee, int args, int i, LLVMValueRef v) {
        if (LLVMCountBasicBlocks(callee) == 0 || LLVMIsFunctionVarArg(LLVMGlobalGetValueType(callee)) != 0
                || LLVMCountParams(callee) != args) {
            return false;
        }
        int linkage = LLVMGetLinkage(callee);
        if (linkage != LLVMExternalLinkage && linkage != LLVMInternalLinkage && linkage != LLVMPrivateLinkage) {
            return false;
        }
        return LLVMTypeOf(LLVMGetParam(callee, i)).equals(LLVMTypeOf(v));
    }

    /** The index of an insertvalue or extractvalue with one index, else -1. */
    private static int singleIndex(LLVMValueRef inst) {
        if (LLVMGetNumIndices(inst) != 1) {
            return -1;
        }
        return LLVMGetIndices(inst).get(0);
    }

    /**
     * Why a call of runtime.alloc or runtime.allocNoscan left in the final module (after
     * this pass ran with maxBytes) did not become a stack slot, in words for
     * {@code -print-allocs}.
     */
    public static String whyOnHeap(LLVMValueRef call, long maxBytes) {
        return whyOnHeap(call, maxBytes, true);
    }

    /**
     * As {@link #whyOnHeap(LLVMValueRef, long)}, for a run with the given followCallees.
     *
     * @return the reason in words
     */
    public static String whyOnHeap(LLVMValueRef call, long maxBytes, boolean followCallees) {
        LLVMValueRef size = LLVMGetOperand(call, 0);
        if (!present(LLVMIsAConstantInt(size))) {
            return "size is not constant";
        }
        long n = LLVMConstIntGetZExtValue(size);
        if (n > maxBytes) {
            return maxBytes <= 0 ? "objects are not moved to the stack for this target"
                    : "object size " + n + " exceeds maximum stack allocation size " + maxBytes;
        }
        int nocapture = LLVMGetEnumAttributeKindForName("nocapture", "nocapture".length());
        LLVMValueRef user = escape(call, new Walk(nocapture, follows(call, followCallees)));
        if (user == null) {
            return "escapes"; // cannot happen after this pass: it would have moved
        }
        if (user == TOO_DEEP) {
            return "escapes: its uses are too deep (16 offsets, fields or calls) or too many to follow";
        }
        if (!present(LLVMIsAInstruction(user))) {
            return "escapes: its address is part of a constant";
        }
        return switch (LLVMGetInstructionOpcode(user)) {
            case LLVMStore -> "escapes: its address is stored";
            case LLVMRet -> "escapes: it is returned";
            case LLVMPHI, LLVMSelect -> "escapes: its address is merged with others (phi or select)";
            case LLVMCall -> {
                LLVMValueRef callee = calledValue(user);
                yield present(LLVMIsAFunction(callee))
                        ? "escapes: passed to " + LLVMGetValueName(callee).getString()
                        : "escapes: passed to a function called through a pointer";
            }
            case LLVMPtrToInt -> "escapes: its address is converted to an integer";
            case LLVMInsertValue -> "escapes: its address becomes part of a string, slice or interface value";
            default -> "escapes: its address is used by an instruction the analysis does not follow";
        };
    }

    private static boolean present(org.bytedeco.javacpp.Pointer p) {
        return p != null && !p.isNull();
    }

    private static void replace(LLVMBuilderRef b, LLVMValueRef call, LLVMValueRef size, long n) {
        LLVMValueRef fn = LLVMGetBasicBlockParent(LLVMGetInstructionParent(call));
        LLVMValueRef first = LLVMGetFirstInstruction(LLVMGetEntryBasicBlock(fn));
        LLVMPositionBuilderBefore(b, first);
        LLVMValueRef slot = LLVMBuildAlloca(b, LLVMArrayType2(LLVMInt8TypeInContext(LLVMGetTypeContext(LLVMTypeOf(size))), n),
                "stack.obj");
        LLVMSetAlignment(slot, 8);
        LLVMPositionBuilderBefore(b, call);
        LLVMBuildMemSet(b, slot, LLVMConstInt(LLVMInt8TypeInContext(LLVMGetTypeContext(LLVMTypeOf(size))), 0, 0), size, 8);
        LLVMReplaceAllUsesWith(call, slot);
        LLVMInstructionEraseFromParent(call);
        clearTailMarkers(fn);
    }

    /**
     * A `tail` call promises that the callee touches none of the caller's allocas; calls
     * that received the heap pointer may carry it, and would now be lied about.
     */
    private static void clearTailMarkers(LLVMValueRef fn) {
        for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); present(bb); bb = LLVMGetNextBasicBlock(bb)) {
            for (LLVMValueRef in = LLVMGetFirstInstruction(bb); present(in); in = LLVMGetNextInstruction(in)) {
                if (present(LLVMIsACallInst(in)) && LLVMIsTailCall(in) != 0) {
                    LLVMSetTailCall(in, 0);
                }
            }
        }
    }
}
