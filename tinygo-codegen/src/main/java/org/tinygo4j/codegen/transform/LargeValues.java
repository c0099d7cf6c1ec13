package org.tinygo4j.codegen.transform;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMMetadataRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTargetDataRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMUseRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.tinygo4j.ssa.abi.RuntimeAbi;

/**
 * Keeps large aggregates in memory. The lowering loads a struct or array as one LLVM
 * value wherever Go uses it as a value ({@code x == y}, {@code *p = v}, a field of a
 * value, an argument), and LLVM's passes and instruction selection take such a value
 * apart scalar by scalar: a struct holding a [20000]int32 took minutes and gigabytes to
 * compare or copy. This pass runs before the optimiser. Each non-volatile load of an
 * aggregate of more than {@link #MAX_SCALARS} scalars becomes a memcpy into a stack slot
 * of its own, which nothing else writes; then a store of the value becomes a memcpy from
 * that slot, an extractvalue becomes an address into it and a load of the part (taken
 * apart the same way when the part is large too), and any other use (a phi, a return, an
 * argument passed as an aggregate) reads the whole value from the slot, as the load did.
 * The optimiser's memcpy forwarding then removes most of the slots.
 *
 * <p>A large parameter that {@link AggregateParams} passes by pointer is already such a
 * slot (the caller's private copy), so the callee's load at its entry is taken apart
 * in place, without a copy.
 */
public final class LargeValues {
    /** Scalars an aggregate may hold and still be loaded as one value. */
    static final int MAX_SCALARS = 128;

    private final LLVMModuleRef module;
    private final long maxStackObject;
    private final LLVMBuilderRef b;
    private final LLVMTargetDataRef layout;
    private final LLVMTypeRef i32;
    private final LLVMTypeRef i64;

    private LargeValues(LLVMModuleRef module, LLVMBuilderRef b, long maxStackObject) {
        this.maxStackObject = maxStackObject;
        this.module = module;
        this.b = b;
        this.layout = LLVMGetModuleDataLayout(module);
        LLVMContextRef ctx = LLVMGetModuleContext(module);
        this.i32 = LLVMInt32TypeInContext(ctx);
        this.i64 = LLVMInt64TypeInContext(ctx);
    }

    /**
     * Rewrites the large loads of the module's functions; inPlace holds the addresses of
     * the loads whose address is a private copy no one else writes.
     */
    public static void run(LLVMModuleRef module, Set<Long> inPlace, long maxStackObject) {
        List<LLVMValueRef> loads = new ArrayList<>();
        for (LLVMValueRef f = LLVMGetFirstFunction(module); present(f); f = LLVMGetNextFunction(f)) {
            for (var bb = LLVMGetFirstBasicBlock(f); present(bb); bb = LLVMGetNextBasicBlock(bb)) {
                for (LLVMValueRef i = LLVMGetFirstInstruction(bb); present(i); i = LLVMGetNextInstruction(i)) {
                    if (LLVMGetInstructionOpcode(i) == LLVMLoad && LLVMGetVolatile(i) == 0 && large(LLVMTypeOf(i))) {
                        loads.add(i);
                    }
                }
            }
        }
        if (loads.isEmpty()) {
            return;
        }
        LLVMBuilderRef b = LLVMCreateBuilderInContext(LLVMGetModuleContext(module));
        try {
            LargeValues pass = new LargeValues(module, b, maxStackObject);
            for (LLVMValueRef load : loads) {
                pass.rewrite(load, inPlace.contains(load.address()));
            }
        } finally {
            LLVMDisposeBuilder(b);
        }
    }

    /**
     * A fresh slot for a value of type t used at the instruction before: an entry-block
     * alloca, or memory from the heap when t is larger than the lowering lets a local
     * be (BuildConfig.maxStackObject) and the program has a heap. The builder is left
     * anywhere.
     */
    static LLVMValueRef slot(LLVMModuleRef module, LLVMBuilderRef b, LLVMTypeRef t, LLVMValueRef before, String name,
            long maxStackObject) {
        LLVMTargetDataRef layout = LLVMGetModuleDataLayout(module);
        long size = LLVMABISizeOfType(layout, t);
        LLVMValueRef alloc = LLVMGetNamedFunction(module, RuntimeAbi.ALLOC.linkName());
        if (size > maxStackObject && present(alloc) && LLVMCountParams(alloc) == 1) {
            LLVMPositionBuilderBefore(b, before);
            LLVMTypeRef ft = LLVMGlobalGetValueType(alloc);
            LLVMValueRef[] args = {LLVMConstInt(LLVMTypeOf(LLVMGetParam(alloc, 0)), size, 0)};
            return LLVMBuildCall2(b, ft, alloc, new PointerPointer<>(args), 1, name);
        }
        LLVMValueRef fn = LLVMGetBasicBlockParent(LLVMGetInstructionParent(before));
        LLVMPositionBuilderBefore(b, LLVMGetFirstInstruction(LLVMGetEntryBasicBlock(fn)));
        LLVMValueRef slot = LLVMBuildAlloca(b, t, name);
        LLVMSetAlignment(slot, LLVMABIAlignmentOfType(layout, t));
        return slot;
    }

    /** Whether a slot made by {@link #slot} is a stack slot (which takes lifetime markers). */
    static boolean onStack(LLVMValueRef slot) {
        return present(LLVMIsAAllocaInst(slot));
    }

    static boolean large(LLVMTypeRef t) {
        int kind = LLVMGetTypeKind(t);
        return (kind == LLVMStructTypeKind || kind == LLVMArrayTypeKind)
                && AggregateParams.scalars(t) > MAX_SCALARS;
    }

    private void rewrite(LLVMValueRef load, boolean inPlace) {
        if (!present(LLVMGetFirstUse(load))) {
            LLVMInstructionEraseFromParent(load); // (the lowering copied it with a memmove)
            return;
        }
        LLVMValueRef src = LLVMGetOperand(load, 0);
        LLVMTypeRef t = LLVMTypeOf(load);
        LLVMMetadataRef loc = LLVMInstructionGetDebugLoc(load);
        LLVMValueRef slot = src;
        if (!inPlace) {
            slot = slot(module, b, t, load, "large", maxStackObject);
            LLVMPositionBuilderBefore(b, load);
            LLVMValueRef copy = LLVMBuildMemCpy(b, slot, LLVMABIAlignmentOfType(layout, t), src,
                    Math.max(1, LLVMGetAlignment(load)), LLVMConstInt(i64, LLVMABISizeOfType(layout, t), 0));
            if (present(loc)) {
                LLVMInstructionSetDebugLoc(copy, loc);
            }
        }
        takeApart(load, t, slot);
    }

    /**
     * Replaces the uses of v, a value of the large type t that slot holds and keeps
     * unchanged, by copies from and loads of the slot; then erases v.
     */
    private void takeApart(LLVMValueRef v, LLVMTypeRef t, LLVMValueRef slot) {
        long size = LLVMABISizeOfType(layout, t);
        int align = LLVMABIAlignmentOfType(layout, t);
        for (LLVMValueRef u : users(v)) {
            int op = LLVMGetInstructionOpcode(u);
            if (op == LLVMStore && LLVMGetVolatile(u) == 0 && LLVMGetOperand(u, 0).equals(v)
                    && !LLVMGetOperand(u, 1).equals(v)) {
                LLVMPositionBuilderBefore(b, u);
                LLVMValueRef copy = LLVMBuildMemCpy(b, LLVMGetOperand(u, 1), Math.max(1, LLVMGetAlignment(u)), slot,
                        align, LLVMConstInt(i64, size, 0));
                LLVMMetadataRef loc = LLVMInstructionGetDebugLoc(u);
                if (present(loc)) {
                    LLVMInstructionSetDebugLoc(copy, loc);
                }
                LLVMInstructionEraseFromParent(u);
            } else if (op == LLVMExtractValue) {
                LLVMPositionBuilderBefore(b, u);
                LLVMValueRef part = partAddress(u, t, slot);
                LLVMTypeRef pt = LLVMTypeOf(u);
                if (large(pt)) {
                    takeApart(u, pt, part);
                } else {
                    LLVMValueRef l = LLVMBuildLoad2(b, pt, part, "");
                    LLVMSetAlignment(l, LLVMABIAlignmentOfType(layout, pt));
                    LLVMReplaceAllUsesWith(u, l);
                    LLVMInstructionEraseFromParent(u);
                }
            }
        }
        if (present(LLVMGetFirstUse(v))) {
            // the other uses read the whole value, as before, from the unchanged slot
            LLVMPositionBuilderBefore(b, v);
            LLVMValueRef whole = LLVMBuildLoad2(b, t, slot, "");
            LLVMSetAlignment(whole, align);
            LLVMReplaceAllUsesWith(v, whole);
        }
        LLVMInstructionEraseFromParent(v);
    }

    /** The address in slot (of type t) of the part that the extractvalue ev reads. */
    private LLVMValueRef partAddress(LLVMValueRef ev, LLVMTypeRef t, LLVMValueRef slot) {
        int n = LLVMGetNumIndices(ev);
        IntPointer raw = LLVMGetIndices(ev).capacity(n);
        LLVMValueRef[] idx = new LLVMValueRef[n + 1];
        idx[0] = LLVMConstInt(i64, 0, 0);
        LLVMTypeRef at = t;
        for (int k = 0; k < n; k++) {
            int i = raw.get(k);
            if (LLVMGetTypeKind(at) == LLVMStructTypeKind) {
                idx[k + 1] = LLVMConstInt(i32, i, 0);
                at = LLVMStructGetTypeAtIndex(at, i);
            } else {
                idx[k + 1] = LLVMConstInt(i64, Integer.toUnsignedLong(i), 0);
                at = LLVMGetElementType(at);
            }
        }
        return LLVMBuildInBoundsGEP2(b, t, slot, new PointerPointer<>(idx), idx.length, "");
    }

    /** The distinct instructions using v. */
    private static List<LLVMValueRef> users(LLVMValueRef v) {
        Map<Long, LLVMValueRef> out = new LinkedHashMap<>();
        for (LLVMUseRef u = LLVMGetFirstUse(v); present(u); u = LLVMGetNextUse(u)) {
            LLVMValueRef user = LLVMGetUser(u);
            out.putIfAbsent(user.address(), user);
        }
        return new ArrayList<>(out.values());
    }

    private static boolean present(Pointer p) {
        return p != null && !p.isNull();
    }
}
