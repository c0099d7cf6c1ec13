package org.tinygo4j.codegen.lower;

import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.charset.StandardCharsets;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMMetadataRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Where a program's heap allocations were written. The lowering tags every call of a
 * runtime function (runtime.alloc, runtime.allocNoscan, and those that may call them)
 * with the source position of the SSA instruction it lowers and the Go function that
 * instruction belongs to (metadata
 * kind {@value #KIND}; LLVM's inliner copies an instruction's metadata with it), so
 * that a check after optimisation can say which allocations are left, and where they
 * came from, even when their function was inlined elsewhere: -gc=none's
 * (transform.NoHeap).
 */
public final class AllocationSites {
    /** The metadata kind of the tag: a node of the position (i32) and the function's link name. */
    public static final String KIND = "tinygo.alloc";

    private AllocationSites() {
    }

    /** An allocation: its position in the compilation's file set, and the Go function it is in. */
    public record Site(int pos, String function) {
    }

    /** Whether a function value is one of the runtime's. */
    static boolean isRuntimeFunction(LLVMValueRef fn) {
        return LLVMGetValueName2(fn, Scratch.length()).getString(StandardCharsets.UTF_8).startsWith("runtime.");
    }

    static void tag(LLVMContextRef ctx, LLVMValueRef call, int pos, String function) {
        byte[] name = function.getBytes(StandardCharsets.UTF_8);
        LLVMMetadataRef[] ops = {
            LLVMValueAsMetadata(LLVMConstInt(LLVMInt32TypeInContext(ctx), pos, 0)),
            LLVMMDStringInContext2(ctx, Scratch.bytes(name), name.length),
        };
        LLVMMetadataRef node = LLVMMDNodeInContext2(ctx, LlvmTypes.refs(ops), ops.length);
        LLVMSetMetadata(call, kind(ctx), LLVMMetadataAsValue(ctx, node));
    }

    /** The site a call was tagged with, or null when it carries no tag (an optimisation dropped it). */
    public static Site read(LLVMContextRef ctx, LLVMValueRef call) {
        LLVMValueRef node = LLVMGetMetadata(call, kind(ctx));
        if (node == null || node.isNull() || LLVMGetMDNodeNumOperands(node) != 2) {
            return null;
        }
        PointerPointer<LLVMValueRef> buf = new PointerPointer<>(2L);
        LLVMGetMDNodeOperands(node, buf);
        LLVMValueRef[] ops = {buf.get(LLVMValueRef.class, 0), buf.get(LLVMValueRef.class, 1)};
        int[] len = new int[1];
        BytePointer s = LLVMGetMDString(ops[1], len);
        byte[] bytes = new byte[len[0]];
        s.get(bytes);
        return new Site((int) LLVMConstIntGetSExtValue(ops[0]), new String(bytes, StandardCharsets.UTF_8));
    }

    private static int kind(LLVMContextRef ctx) {
        return LLVMGetMDKindIDInContext(ctx, KIND, KIND.length());
    }
}
