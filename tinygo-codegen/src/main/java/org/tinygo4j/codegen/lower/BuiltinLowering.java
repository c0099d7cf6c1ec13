package org.tinygo4j.codegen.lower;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.tinygo4j.frontend.types.Basic;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.ssa.abi.RuntimeAbi;
import org.tinygo4j.ssa.ir.Instr;
import org.tinygo4j.ssa.ir.Value;

/**
 * The builtins the lowering expands: print and println as calls of small runtime
 * printers in gc's formats (32-bit printers for values that fit, so that 8- and
 * 16-bit targets do not pay for 64-bit arithmetic; slices as [len/cap]0xADDR,
 * pointers, maps, channels and functions as 0xADDR, interfaces as (0xTYPE,0xDATA)),
 * panic with a string, and len of a string.
 */
final class BuiltinLowering {
    private final FunctionLowering fl;
    private final ModuleLowering m;

    BuiltinLowering(FunctionLowering fl) {
        this.fl = fl;
        this.m = fl.m;
    }

    LLVMValueRef lower(Instr.BuiltinCall bc) {
        switch (bc.id()) {
            case PRINT, PRINTLN -> {
                boolean ln = bc.id() == org.tinygo4j.frontend.types.Builtin.Id.PRINTLN;
                for (int i = 0; i < bc.args().size(); i++) {
                    if (ln && i > 0) {
                        fl.call(m.runtimeFunction(RuntimeAbi.PRINTSP));
                    }
                    print(bc.args().get(i));
                }
                if (ln) {
                    fl.call(m.runtimeFunction(RuntimeAbi.PRINTNL));
                }
                return null;
            }
            case STRING -> {
                LLVMValueRef s = LLVMGetUndef(fl.types.string);
                s = LLVMBuildInsertValue(fl.b, s, fl.operand(bc.args().get(0)), 0, "");
                return LLVMBuildInsertValue(fl.b, s, fl.operand(bc.args().get(1)), 1, "");
            }
            case COMPLEX -> {
                LLVMValueRef z = LLVMGetUndef(fl.types.of(bc.type()));
                z = LLVMBuildInsertValue(fl.b, z, fl.operand(bc.args().get(0)), 0, "");
                return LLVMBuildInsertValue(fl.b, z, fl.operand(bc.args().get(1)), 1, "");
            }
            case REAL, IMAG -> {
                return LLVMBuildExtractValue(fl.b, fl.operand(bc.args().get(0)),
                        bc.id() == org.tinygo4j.frontend.types.Builtin.Id.REAL ? 0 : 1, "");
            }
            case LEN, CAP -> {
                boolean slice = bc.args().get(0).type().underlying() instanceof org.tinygo4j.frontend.types.Slice;
                int field = slice && bc.id() == org.tinygo4j.frontend.types.Builtin.Id.CAP ? 2 : 1;
                LLVMValueRef len = LLVMBuildExtractValue(fl.b, fl.operand(bc.args().get(0)), field, "");
                return fl.resize(len, fl.types.intType, false);
            }
            case APPEND -> {
                return new Slices(fl).append(bc);
            }
            case COPY -> {
                return new Slices(fl).copy(bc);
            }
            case SLICE -> {
                return new Slices(fl).unsafeSlice(bc);
            }
            case SLICEDATA -> {
                return LLVMBuildExtractValue(fl.b, fl.operand(bc.args().get(0)), 0, "");
            }
            case CLEAR -> {
                // clear of a slice (the SSA builder clears maps through the runtime)
                LLVMValueRef sl = fl.operand(bc.args().get(0));
                Type elem = ((org.tinygo4j.frontend.types.Slice) bc.args().get(0).type().underlying()).elem();
                LLVMValueRef len = LLVMBuildExtractValue(fl.b, sl, 1, "");
                LLVMValueRef n = LLVMBuildMul(fl.b, len, LLVMConstInt(LLVMTypeOf(len), m.sizeOf(elem), 0), "");
                LLVMBuildMemSet(fl.b, LLVMBuildExtractValue(fl.b, sl, 0, ""), LLVMConstInt(fl.types.i8, 0, 0), n, 1);
                return null;
            }
            case STRINGDATA -> {
                return LLVMBuildExtractValue(fl.b, fl.operand(bc.args().get(0)), 0, "");
            }
            default -> throw new UnsupportedOperationException("builtin " + bc.id());
        }
    }

    private void print(Value arg) {
        Type t = arg.type();
        Type u = t.underlying();
        LLVMValueRef v = fl.operand(arg);
        if (FunctionLowering.isPointer(u)) {
            fl.call(m.runtimeFunction(RuntimeAbi.PRINTPTR), LLVMBuildPtrToInt(fl.b, v, fl.types.uintptr, ""));
            return;
        }
        if (u instanceof org.tinygo4j.frontend.types.Interface) {
            m.interfaces.print(fl, v);
            return;
        }
        if (u instanceof org.tinygo4j.frontend.types.Slice) {
            LLVMValueRef data = LLVMBuildPtrToInt(fl.b, LLVMBuildExtractValue(fl.b, v, 0, ""), fl.types.uintptr, "");
            fl.call(m.runtimeFunction(RuntimeAbi.PRINTSLICE), data,
                    fl.resize(LLVMBuildExtractValue(fl.b, v, 1, ""), fl.types.uintptr, false),
                    fl.resize(LLVMBuildExtractValue(fl.b, v, 2, ""), fl.types.uintptr, false));
            return;
        }
        if (u instanceof org.tinygo4j.frontend.types.Signature) {
            // gc prints the address of the closure; the code address is what is nil
            // exactly when the function value is
            fl.call(m.runtimeFunction(RuntimeAbi.PRINTPTR),
                    LLVMBuildPtrToInt(fl.b, LLVMBuildExtractValue(fl.b, v, 1, ""), fl.types.uintptr, ""));
            return;
        }
        if (!(u instanceof Basic b)) {
            throw new UnsupportedOperationException("printing a value of type " + t);
        }
        if (b.isBoolean()) {
            fl.call(m.runtimeFunction(RuntimeAbi.PRINTBOOL), v);
        } else if (b.isString()) {
            fl.call(m.runtimeFunction(RuntimeAbi.PRINTSTRING), v);
        } else if (b.isFloat()) {
            LLVMValueRef d = LLVMBuildFPCast(fl.b, v, LLVMDoubleTypeInContext(m.ctx), "");
            fl.call(m.runtimeFunction(RuntimeAbi.PRINTFLOAT64), d);
        } else if (b.isComplex()) {
            LLVMTypeRef dt = LLVMDoubleTypeInContext(m.ctx);
            fl.call(m.runtimeFunction(RuntimeAbi.PRINTCOMPLEX),
                    LLVMBuildFPCast(fl.b, LLVMBuildExtractValue(fl.b, v, 0, ""), dt, ""),
                    LLVMBuildFPCast(fl.b, LLVMBuildExtractValue(fl.b, v, 1, ""), dt, ""));
        } else if (b.isInteger()) {
            boolean signed = !b.isUnsigned();
            if (LLVMGetIntTypeWidth(LLVMTypeOf(v)) <= 32) {
                fl.call(m.runtimeFunction(signed ? RuntimeAbi.PRINTINT32 : RuntimeAbi.PRINTUINT32),
                        fl.resize(v, fl.types.i32, signed));
            } else {
                fl.call(m.runtimeFunction(signed ? RuntimeAbi.PRINTINT64 : RuntimeAbi.PRINTUINT64), v);
            }
        } else {
            throw new UnsupportedOperationException("printing a value of type " + t);
        }
    }
}
