package org.tinygo4j.codegen.lower;

import static org.bytedeco.llvm.global.LLVM.*;
import static org.tinygo4j.codegen.lower.LlvmTypes.refs;

import java.util.Map;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.tinygo4j.ssa.ir.Function;

/**
 * Library functions that are one instruction on the target, given that instruction as
 * their body, as gc does for its intrinsic functions: Go's {@code math.sqrt} (and our
 * embedded {@code math.Sqrt}) become {@code llvm.sqrt.f64} where the machine has a
 * double-precision square root (x86-64, WebAssembly), Go's {@code math.floor},
 * {@code ceil} and {@code trunc} become the rounding instructions of WebAssembly, and the
 * bit counts of our {@code math/bits} become {@code llvm.ctlz}, {@code cttz} and
 * {@code ctpop} where the instruction set counts bits (x86-64, WebAssembly, Armv7-M), as do
 * the collector's own {@code runtime.gcTrailingZeros} and {@code gcOnesCount} (the host's
 * word-at-a-time allocation search and sweep).
 * On WebAssembly the runtime's {@code memmove} is one {@code memory.copy}.
 * Elsewhere (Cortex-M0, AVR, float64 without a double-precision FPU) LLVM would turn
 * these intrinsics into calls of C library routines that we do not link, so the Go
 * bodies stay. The replaced bodies compute the same values for every input, NaNs and
 * zeros included (IEEE 754's square root and roundings are exact).
 */
final class MachineMath {
    private enum Op { SQRT, FLOOR, CEIL, TRUNC, LEN, TRAILING_ZEROS, ONES_COUNT, MEMMOVE }

    private static final Map<String, Op> FLOATS = Map.of(
            "math.sqrt", Op.SQRT, "math.Sqrt", Op.SQRT,
            "math.floor", Op.FLOOR, "math.ceil", Op.CEIL, "math.trunc", Op.TRUNC);

    private static final Map<String, Op> BITS = Map.of(
            "math/bits.Len32", Op.LEN, "math/bits.Len64", Op.LEN,
            "math/bits.TrailingZeros32", Op.TRAILING_ZEROS, "math/bits.TrailingZeros64", Op.TRAILING_ZEROS,
            "math/bits.OnesCount32", Op.ONES_COUNT, "math/bits.OnesCount64", Op.ONES_COUNT,
            "runtime.gcTrailingZeros", Op.TRAILING_ZEROS, "runtime.gcOnesCount", Op.ONES_COUNT);

    private MachineMath() {
    }

    /** Builds {@code llfn}'s body from the machine instruction and returns true, or returns false. */
    static boolean define(ModuleLowering m, Function f, LLVMValueRef llfn) {
        Op op = opFor(m.config.triple(), f.linkName());
        if (op == Op.MEMMOVE) {
            return memmove(m, llfn);
        }
        if (op == null || LLVMCountParams(llfn) != 1) {
            return false;
        }
        LLVMValueRef x = LLVMGetParam(llfn, 0);
        LLVMTypeRef argType = LLVMTypeOf(x);
        LLVMTypeRef resultType = LLVMGetReturnType(LLVMGlobalGetValueType(llfn));
        boolean isFloat = op == Op.SQRT || op == Op.FLOOR || op == Op.CEIL || op == Op.TRUNC;
        if (isFloat != (LLVMGetTypeKind(argType) == LLVMDoubleTypeKind)
                || isFloat != (LLVMGetTypeKind(resultType) == LLVMDoubleTypeKind)
                || !isFloat && (LLVMGetTypeKind(argType) != LLVMIntegerTypeKind
                        || LLVMGetTypeKind(resultType) != LLVMIntegerTypeKind)) {
            return false; // not the signature this table is about (a user's package of the same name)
        }
        LLVMBuilderRef b = LLVMCreateBuilderInContext(m.ctx);
        try {
            LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(m.ctx, llfn, "entry"));
            LLVMValueRef r = switch (op) {
                case SQRT -> call(m, b, "llvm.sqrt", argType, x);
                case FLOOR -> call(m, b, "llvm.floor", argType, x);
                case CEIL -> call(m, b, "llvm.ceil", argType, x);
                case TRUNC -> call(m, b, "llvm.trunc", argType, x);
                case LEN -> {
                    // Len(x) = width - leading zeros (0 for x == 0: ctlz(0) is the width)
                    LLVMValueRef lz = call(m, b, "llvm.ctlz", argType, x, LLVMConstInt(m.types.i1, 0, 0));
                    LLVMValueRef width = LLVMConstInt(argType, LLVMGetIntTypeWidth(argType), 0);
                    yield LLVMBuildSub(b, width, lz, "");
                }
                case TRAILING_ZEROS -> call(m, b, "llvm.cttz", argType, x, LLVMConstInt(m.types.i1, 0, 0));
                case ONES_COUNT -> call(m, b, "llvm.ctpop", argType, x);
                case MEMMOVE -> throw new IllegalStateException("memmove has its own body builder");
            };
            if (!isFloat) {
                int from = LLVMGetIntTypeWidth(argType);
                int to = LLVMGetIntTypeWidth(resultType);
                if (to < from) {
                    r = LLVMBuildTrunc(b, r, resultType, "");
                } else if (to > from) {
                    r = LLVMBuildZExt(b, r, resultType, "");
                }
            }
            LLVMBuildRet(b, r);
            return true;
        } finally {
            LLVMDisposeBuilder(b);
        }
    }

    /**
     * The runtime's memmove(dst, src, n) on WebAssembly: one memory.copy (bulk memory),
     * which allows overlap, instead of the byte loop.
     */
    private static boolean memmove(ModuleLowering m, LLVMValueRef llfn) {
        if (LLVMCountParams(llfn) != 3) {
            return false;
        }
        LLVMBuilderRef b = LLVMCreateBuilderInContext(m.ctx);
        try {
            LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(m.ctx, llfn, "entry"));
            LLVMBuildMemMove(b, LLVMGetParam(llfn, 0), 1, LLVMGetParam(llfn, 1), 1, LLVMGetParam(llfn, 2));
            LLVMBuildRetVoid(b);
            return true;
        } finally {
            LLVMDisposeBuilder(b);
        }
    }

    private static Op opFor(String triple, String name) {
        boolean x86 = triple.startsWith("x86_64");
        boolean wasm = triple.startsWith("wasm32");
        if (wasm && name.equals("runtime.memmove")) {
            return Op.MEMMOVE;
        }
        Op op = FLOATS.get(name);
        if (op != null) {
            return op == Op.SQRT && (x86 || wasm) || wasm ? op : null;
        }
        op = BITS.get(name);
        if (op != null && (x86 || wasm || triple.startsWith("thumbv7"))) {
            return op;
        }
        return null;
    }

    private static LLVMValueRef call(ModuleLowering m, LLVMBuilderRef b, String intrinsic, LLVMTypeRef type,
                                     LLVMValueRef... args) {
        int id = LLVMLookupIntrinsicID(intrinsic, intrinsic.length());
        LLVMValueRef fn = LLVMGetIntrinsicDeclaration(m.module, id, refs(type), 1);
        LLVMTypeRef fnType = LLVMIntrinsicGetType(m.ctx, id, refs(type), 1);
        return LLVMBuildCall2(b, fnType, fn, refs(args), args.length, "");
    }
}
