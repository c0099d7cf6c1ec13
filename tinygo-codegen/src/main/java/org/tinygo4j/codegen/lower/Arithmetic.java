package org.tinygo4j.codegen.lower;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.tinygo4j.frontend.ast.Token;
import org.tinygo4j.frontend.types.Basic;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.ssa.abi.RuntimeAbi;

/**
 * Go's operators on LLVM integers, with the semantics the spec gives them where LLVM's
 * differ: shifts by a count >= the width give 0 (or the sign), a negative count
 * panics, division by zero panics, and MinInt / -1 wraps instead of trapping.
 */
final class Arithmetic {
    private final FunctionLowering fl;
    private final LLVMBuilderRef b;

    Arithmetic(FunctionLowering fl) {
        this.fl = fl;
        this.b = fl.b;
    }

    LLVMValueRef binop(Type resultType, Token op, Type xType, LLVMValueRef x, Type yType, LLVMValueRef y) {
        Type xu = xType.underlying();
        if (xu instanceof Basic bt && bt.isString()) {
            return stringOp(op, x, y);
        }
        if (xu instanceof Basic bt && bt.isFloat()) {
            return floatOp(op, x, y);
        }
        if (xu instanceof Basic bt && bt.isComplex()) {
            return complexOp(op, x, y, bt.kind() == Basic.Kind.COMPLEX64);
        }
        if (xu instanceof org.tinygo4j.frontend.types.Signature && (op == Token.EQL || op == Token.NEQ)) {
            // A function value compares only with nil: it is nil exactly when its code pointer is.
            return LLVMBuildICmp(b, op == Token.EQL ? LLVMIntEQ : LLVMIntNE, LLVMBuildExtractValue(b, x, 1, ""),
                    LLVMBuildExtractValue(b, y, 1, ""), "");
        }
        if (xu instanceof org.tinygo4j.frontend.types.Slice && (op == Token.EQL || op == Token.NEQ)) {
            // A slice compares only with nil: its data pointer is nil exactly when the slice is.
            return LLVMBuildICmp(b, op == Token.EQL ? LLVMIntEQ : LLVMIntNE, LLVMBuildExtractValue(b, x, 0, ""),
                    LLVMBuildExtractValue(b, y, 0, ""), "");
        }
        boolean signed = FunctionLowering.isSigned(xType);
        if (op.isComparison()) {
            int pred = switch (op) {
                case EQL -> LLVMIntEQ;
                case NEQ -> LLVMIntNE;
                case LSS -> signed ? LLVMIntSLT : LLVMIntULT;
                case LEQ -> signed ? LLVMIntSLE : LLVMIntULE;
                case GTR -> signed ? LLVMIntSGT : LLVMIntUGT;
                case GEQ -> signed ? LLVMIntSGE : LLVMIntUGE;
                default -> throw new IllegalStateException(op.toString());
            };
            if (!(xu instanceof Basic) && !FunctionLowering.isPointer(xu)) {
                throw new UnsupportedOperationException("comparison of " + xType);
            }
            return LLVMBuildICmp(b, pred, x, y, "");
        }
        if (xu instanceof Basic bt && (bt.isFloat() || bt.isComplex())) {
            throw new UnsupportedOperationException("floating-point arithmetic");
        }
        return switch (op) {
            case ADD -> LLVMBuildAdd(b, x, y, "");
            case SUB -> LLVMBuildSub(b, x, y, "");
            case MUL -> LLVMBuildMul(b, x, y, "");
            case AND -> LLVMBuildAnd(b, x, y, "");
            case OR -> LLVMBuildOr(b, x, y, "");
            case XOR -> LLVMBuildXor(b, x, y, "");
            case AND_NOT -> LLVMBuildAnd(b, x, LLVMBuildNot(b, y, ""), "");
            case QUO, REM -> divide(op, x, y, signed);
            case SHL, SHR -> shift(op, x, y, signed, FunctionLowering.isSigned(yType));
            default -> throw new IllegalStateException(op.toString());
        };
    }

    /** IEEE arithmetic and comparisons; != is unordered (true for NaN), the others ordered, as in Go. */
    private LLVMValueRef floatOp(Token op, LLVMValueRef x, LLVMValueRef y) {
        return switch (op) {
            case EQL -> LLVMBuildFCmp(b, LLVMRealOEQ, x, y, "");
            case NEQ -> LLVMBuildFCmp(b, LLVMRealUNE, x, y, "");
            case LSS -> LLVMBuildFCmp(b, LLVMRealOLT, x, y, "");
            case LEQ -> LLVMBuildFCmp(b, LLVMRealOLE, x, y, "");
            case GTR -> LLVMBuildFCmp(b, LLVMRealOGT, x, y, "");
            case GEQ -> LLVMBuildFCmp(b, LLVMRealOGE, x, y, "");
            case ADD -> LLVMBuildFAdd(b, x, y, "");
            case SUB -> LLVMBuildFSub(b, x, y, "");
            case MUL -> LLVMBuildFMul(b, x, y, "");
            case QUO -> LLVMBuildFDiv(b, x, y, "");
            default -> throw new IllegalStateException("float operator " + op);
        };
    }

    /**
     * Complex arithmetic on {re, im} pairs: + - * by the textbook formulas, == and !=
     * by parts; division calls the runtime (Smith's algorithm with C99's corrections for
     * infinities and NaNs), computed in float64 for complex64 too, then rounded.
     */
    private LLVMValueRef complexOp(Token op, LLVMValueRef x, LLVMValueRef y, boolean c64) {
        LLVMValueRef a = LLVMBuildExtractValue(b, x, 0, "");
        LLVMValueRef bi = LLVMBuildExtractValue(b, x, 1, "");
        LLVMValueRef c = LLVMBuildExtractValue(b, y, 0, "");
        LLVMValueRef d = LLVMBuildExtractValue(b, y, 1, "");
        LLVMValueRef re;
        LLVMValueRef im;
        switch (op) {
            case EQL, NEQ -> {
                LLVMValueRef eq = LLVMBuildAnd(b, LLVMBuildFCmp(b, LLVMRealOEQ, a, c, ""),
                        LLVMBuildFCmp(b, LLVMRealOEQ, bi, d, ""), "");
                return op == Token.EQL ? eq : LLVMBuildNot(b, eq, "");
            }
            case ADD -> {
                re = LLVMBuildFAdd(b, a, c, "");
                im = LLVMBuildFAdd(b, bi, d, "");
            }
            case SUB -> {
                re = LLVMBuildFSub(b, a, c, "");
                im = LLVMBuildFSub(b, bi, d, "");
            }
            case MUL -> {
                re = LLVMBuildFSub(b, LLVMBuildFMul(b, a, c, ""), LLVMBuildFMul(b, bi, d, ""), "");
                im = LLVMBuildFAdd(b, LLVMBuildFMul(b, a, d, ""), LLVMBuildFMul(b, bi, c, ""), "");
            }
            case QUO -> {
                LLVMTypeRef dt = LLVMDoubleTypeInContext(fl.m.ctx);
                LLVMValueRef q = fl.call(fl.m.runtimeFunction(RuntimeAbi.COMPLEX_DIVIDE), LLVMBuildFPCast(b, a, dt, ""),
                        LLVMBuildFPCast(b, bi, dt, ""), LLVMBuildFPCast(b, c, dt, ""), LLVMBuildFPCast(b, d, dt, ""));
                LLVMTypeRef pt = LLVMTypeOf(a);
                re = LLVMBuildFPCast(b, LLVMBuildExtractValue(b, q, 0, ""), pt, "");
                im = LLVMBuildFPCast(b, LLVMBuildExtractValue(b, q, 1, ""), pt, "");
            }
            default -> throw new IllegalStateException("complex operator " + op);
        }
        LLVMValueRef z = LLVMGetUndef(LLVMTypeOf(x));
        z = LLVMBuildInsertValue(b, z, re, 0, "");
        return LLVMBuildInsertValue(b, z, im, 1, "");
    }

    LLVMValueRef unop(Token op, LLVMValueRef x) {
        if (LLVMGetTypeKind(LLVMTypeOf(x)) == LLVMStructTypeKind && op == Token.SUB) {
            // a complex value: negate both parts
                LLVMValueRef z = LLVMBuildInsertValue(b, x, LLVMBuildFNeg(b, LLVMBuildExtractValue(b, x, 0, ""), ""), 0, "");
            return LLVMBuildInsertValue(b, z, LLVMBuildFNeg(b, LLVMBuildExtractValue(b, x, 1, ""), ""), 1, "");
        }
        if (LLVMGetTypeKind(LLVMTypeOf(x)) == LLVMDoubleTypeKind || LLVMGetTypeKind(LLVMTypeOf(x)) == LLVMFloatTypeKind) {
                return LLVMBuildFNeg(b, x, "");
        }
        return switch (op) {
            case SUB -> LLVMBuildNeg(b, x, "");
            case XOR, NOT -> LLVMBuildNot(b, x, "");
            default -> throw new IllegalStateException(op.toString());
        };
    }

    private LLVMValueRef divide(Token op, LLVMValueRef x, LLVMValueRef y, boolean signed) {
        LLVMTypeRef t = LLVMTypeOf(x);
        LLVMValueRef zero = LLVMConstInt(t, 0, 0);
        fl.checkPanic(LLVMBuildICmp(b, LLVMIntEQ, y, zero, ""),
                () -> fl.call(fl.m.runtimeFunction(RuntimeAbi.PANIC_DIVIDE)));
        int width = LLVMGetIntTypeWidth(t);
        if (width > fl.m.config.nativeDivBits()) {
            int k = powerOfTwo(y, signed);
            if (k >= 0) {
                return divideByPowerOfTwo(op, x, k, signed, width);
            }
            return divideInRuntime(op, x, y, signed, width);
        }
        if (!signed) {
            return op == Token.QUO ? LLVMBuildUDiv(b, x, y, "") : LLVMBuildURem(b, x, y, "");
        }
        // x / -1 overflows for the minimum value; Go defines it as -x (wrapping), x % -1 as 0.
        LLVMValueRef minusOne = LLVMConstAllOnes(t);
        LLVMValueRef isMinusOne = LLVMBuildICmp(b, LLVMIntEQ, y, minusOne, "");
        LLVMValueRef safeY = LLVMBuildSelect(b, isMinusOne, LLVMConstInt(t, 1, 0), y, "");
        if (op == Token.REM) {
            return LLVMBuildSRem(b, x, safeY, "");
        }
        LLVMValueRef q = LLVMBuildSDiv(b, x, safeY, "");
        return LLVMBuildSelect(b, isMinusOne, LLVMBuildNeg(b, x, ""), q, "");
    }

    /**
     * {@return k when y is the constant 2^k (positive, for a signed division), else -1}
     * LLVM turns such a division into shifts only when it emits the division itself; the
     * runtime helpers used where the chip has no divider for the width hide it.
     */
    private static int powerOfTwo(LLVMValueRef y, boolean signed) {
        if (LLVMIsAConstantInt(y) == null) {
            return -1;
        }
        long v = signed ? LLVMConstIntGetSExtValue(y) : LLVMConstIntGetZExtValue(y);
        if (signed && v <= 0 || Long.bitCount(v) != 1) {
            return -1;
        }
        return Long.numberOfTrailingZeros(v);
    }

    /**
     * x / 2^k and x % 2^k as shifts and masks. Go's signed division truncates toward zero,
     * so a negative x is first biased by 2^k - 1 (the sign spread and shifted down to k
     * bits); the remainder is x less the biased x with its low k bits cleared.
     */
    private LLVMValueRef divideByPowerOfTwo(Token op, LLVMValueRef x, int k, boolean signed, int width) {
        LLVMTypeRef t = LLVMTypeOf(x);
        LLVMValueRef lowMask = LLVMConstInt(t, (1L << k) - 1, 0);
        if (!signed) {
            return op == Token.QUO ? LLVMBuildLShr(b, x, LLVMConstInt(t, k, 0), "")
                    : LLVMBuildAnd(b, x, lowMask, "");
        }
        if (k == 0) {
            return op == Token.QUO ? x : LLVMConstInt(t, 0, 0);
        }
        LLVMValueRef sign = LLVMBuildAShr(b, x, LLVMConstInt(t, width - 1, 0), "");
        LLVMValueRef bias = LLVMBuildLShr(b, sign, LLVMConstInt(t, width - k, 0), "");
        LLVMValueRef biased = LLVMBuildAdd(b, x, bias, "");
        if (op == Token.QUO) {
            return LLVMBuildAShr(b, biased, LLVMConstInt(t, k, 0), "");
        }
        return LLVMBuildSub(b, x, LLVMBuildAnd(b, biased, LLVMBuildNot(b, lowMask, ""), ""), "");
    }

    /** Division by a runtime helper of 32 or 64 bits (narrower operands are extended to 32). */
    private LLVMValueRef divideInRuntime(Token op, LLVMValueRef x, LLVMValueRef y, boolean signed, int width) {
        int helperBits = width <= 32 ? 32 : 64;
        LLVMTypeRef ht = fl.types.intN(helperBits);
        RuntimeAbi helper = helperBits == 32 ? (signed ? RuntimeAbi.DIVMOD32 : RuntimeAbi.UDIVMOD32)
                : (signed ? RuntimeAbi.DIVMOD64 : RuntimeAbi.UDIVMOD64);
        LLVMValueRef qr = fl.call(fl.m.runtimeFunction(helper), fl.resize(x, ht, signed), fl.resize(y, ht, signed));
        LLVMValueRef r = LLVMBuildExtractValue(b, qr, op == Token.QUO ? 0 : 1, "");
        return fl.resize(r, LLVMTypeOf(x), signed);
    }

    private LLVMValueRef shift(Token op, LLVMValueRef x, LLVMValueRef y, boolean xSigned, boolean ySigned) {
        LLVMTypeRef xt = LLVMTypeOf(x);
        LLVMTypeRef yt = LLVMTypeOf(y);
        int width = LLVMGetIntTypeWidth(xt);
        int yw = LLVMGetIntTypeWidth(yt);
        if (ySigned) {
            fl.checkPanic(LLVMBuildICmp(b, LLVMIntSLT, y, LLVMConstInt(yt, 0, 0), ""),
                    () -> fl.call(fl.m.runtimeFunction(RuntimeAbi.PANIC_SHIFT)));
        }
        LLVMValueRef big;
        LLVMValueRef count;
        if (yw > width) {
            big = LLVMBuildICmp(b, LLVMIntUGE, y, LLVMConstInt(yt, width, 0), "");
            count = LLVMBuildTrunc(b, y, xt, "");
        } else {
            count = yw < width ? LLVMBuildZExt(b, y, xt, "") : y;
            big = LLVMBuildICmp(b, LLVMIntUGE, count, LLVMConstInt(xt, width, 0), "");
        }
        LLVMValueRef zero = LLVMConstInt(xt, 0, 0);
        if (op == Token.SHL) {
            return LLVMBuildSelect(b, big, zero, LLVMBuildShl(b, x, count, ""), "");
        }
        if (!xSigned) {
            return LLVMBuildSelect(b, big, zero, LLVMBuildLShr(b, x, count, ""), "");
        }
        LLVMValueRef amount = LLVMBuildSelect(b, big, LLVMConstInt(xt, width - 1, 0), count, "");
        return LLVMBuildAShr(b, x, amount, "");
    }

    private LLVMValueRef stringOp(Token op, LLVMValueRef x, LLVMValueRef y) {
        ModuleLowering m = fl.m;
        return switch (op) {
            case ADD -> fl.call(m.runtimeFunction(RuntimeAbi.STRING_CONCAT), x, y);
            case EQL -> fl.call(m.runtimeFunction(RuntimeAbi.STRING_EQUAL), x, y);
            case NEQ -> LLVMBuildNot(b, fl.call(m.runtimeFunction(RuntimeAbi.STRING_EQUAL), x, y), "");
            case LSS -> fl.call(m.runtimeFunction(RuntimeAbi.STRING_LESS), x, y);
            case GTR -> fl.call(m.runtimeFunction(RuntimeAbi.STRING_LESS), y, x);
            case LEQ -> LLVMBuildNot(b, fl.call(m.runtimeFunction(RuntimeAbi.STRING_LESS), y, x), "");
            case GEQ -> LLVMBuildNot(b, fl.call(m.runtimeFunction(RuntimeAbi.STRING_LESS), x, y), "");
            default -> throw new UnsupportedOperationException("string operator " + op.text());
        };
    }
}
