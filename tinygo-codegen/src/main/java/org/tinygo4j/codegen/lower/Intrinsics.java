package org.tinygo4j.codegen.lower;

import static org.bytedeco.llvm.global.LLVM.*;
import static org.tinygo4j.codegen.lower.LlvmTypes.refs;

import java.nio.charset.StandardCharsets;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.tinygo4j.frontend.types.Constant;
import org.tinygo4j.ssa.abi.RuntimeAbi;
import org.tinygo4j.ssa.ir.Const;
import org.tinygo4j.ssa.ir.Instr;
import org.tinygo4j.ssa.ir.Value;

/**
 * Body-less functions whose calls become inline code, in the form TinyGo users know:
 * {@code device/arm.Asm("wfi")} and friends emit inline assembly; volatile loads and
 * stores of runtime/volatile; {@code device/arm.SemihostingCall} (bkpt 0xab with the
 * operation in r0 and the argument in r1) and {@code device/x86.Syscall6} (the Linux
 * x86-64 syscall convention) are the two system-call gates the runtime needs.
 * {@code internal/reflectlite.KindPossible(k)} is a constant: whether any value in an
 * interface can hold a value of kind k, so that fmt's code for floats and maps is
 * dropped from programs that cannot print them; {@code internal/reflectlite.ReflectPresent()}
 * is a constant too, whether the program contains package reflect (fmt prints a
 * reflect.Value by what it holds only then). {@code reflect.typeTable(k)} is the table of
 * the descriptors of the program's unnamed types of kind k (TypeDescriptors.typeTable). {@code runtime.setjmp} and
 * {@code runtime.longjmp} are the checkpoints of functions with defer statements (see
 * {@link ModuleLowering#checkpointFunction}). {@code runtime.hashmapHashInterface} hashes
 * an interface map key by its dynamic type (Equality.hashCall).
 * {@code runtime.callerFramesOn}, {@code callerSite} and {@code callerTable} are the
 * call-site table's (CallerFrames).
 */
final class Intrinsics {
    private final FunctionLowering fl;

    Intrinsics(FunctionLowering fl) {
        this.fl = fl;
    }

    LLVMValueRef lower(Instr.Call c) {
        String name = c.callee().linkName();
        RuntimeAbi entry = c.callee().abi();
        if (entry == null || entry.role() != RuntimeAbi.Role.INTRINSIC) {
            throw new UnsupportedOperationException("intrinsic " + name);
        }
        return switch (entry) {
            case ARM_ASM, AVR_ASM, X86_ASM, RISCV_ASM -> {
                String asm = constantString(c.args().get(0), name);
                LLVMTypeRef ft = LLVMFunctionType(fl.types.voidType, refs(), 0, 0);
                LLVMValueRef ia = LLVMGetInlineAsm(ft, asm, asm.length(), "~{memory}", 9, 1, 0,
                        LLVMInlineAsmDialectATT, 0);
                LLVMBuildCall2(fl.b, ft, ia, refs(), 0, "");
                yield null;
            }
            case ARM_SEMIHOSTING_CALL -> asmCall("bkpt 0xab", "={r0},{r0},{r1},~{memory}", c);
            case X86_SYSCALL6 ->
                    asmCall("syscall", "={rax},{rax},{rdi},{rsi},{rdx},{r10},{r8},{r9},~{rcx},~{r11},~{memory}", c);
            case VOLATILE_LOAD_UINT8, VOLATILE_LOAD_UINT16, VOLATILE_LOAD_UINT32 -> {
                LLVMValueRef v = LLVMBuildLoad2(fl.b, fl.types.of(c.type()), fl.operand(c.args().get(0)), "");
                LLVMSetVolatile(v, 1);
                yield v;
            }
            case VOLATILE_STORE_UINT8, VOLATILE_STORE_UINT16, VOLATILE_STORE_UINT32 -> {
                LLVMValueRef st = LLVMBuildStore(fl.b, fl.operand(c.args().get(1)), fl.operand(c.args().get(0)));
                LLVMSetVolatile(st, 1);
                yield null;
            }
            case REFLECTLITE_KIND_POSSIBLE -> {
                if (!(c.args().get(0) instanceof Const k && k.value() instanceof Constant.IntVal kind)) {
                    throw new UnsupportedOperationException(name + " needs a constant kind");
                }
                yield LLVMConstInt(fl.types.i1, fl.m.interfaces.kindPossible(kind.value().intValue()) ? 1 : 0, 0);
            }
            case REFLECT_TYPE_TABLE -> {
                if (!(c.args().get(0) instanceof Const k && k.value() instanceof Constant.IntVal kind)) {
                    throw new UnsupportedOperationException(name + " needs a constant kind");
                }
                yield fl.m.interfaces.typeTable(fl.b, kind.value().intValue());
            }
            case REFLECTLITE_COMPARABLE_VALUE -> fl.m.equality.comparableValue(fl.b, fl.operand(c.args().get(0)));
            case REFLECTLITE_REFLECT_PRESENT ->
                    LLVMConstInt(fl.types.i1, fl.m.program.reflectTypeInfo() ? 1 : 0, 0);
            case CALLER_FRAMES_ON -> LLVMConstInt(fl.types.i1, fl.m.callerFrames != null ? 1 : 0, 0);
            case CALLER_SITE -> {
                if (fl.m.callerFrames == null) {
                    yield LLVMConstNull(fl.types.ptr);
                }
                if (!(c.args().get(0) instanceof Const k && k.value() instanceof Constant.IntVal kind)) {
                    throw new UnsupportedOperationException(name + " needs a constant kind");
                }
                yield fl.m.callerFrames.runtimeSite(kind.value().intValue());
            }
            case CALLER_TABLE -> {
                if (fl.m.callerFrames == null) {
                    LLVMTypeRef rt = fl.types.struct(fl.types.ptr, fl.types.intType);
                    yield LLVMConstNull(rt);
                }
                yield fl.m.callerFrames.table(fl.b);
            }
            case SETJMP -> {
                LLVMValueRef setjmp = fl.m.checkpointFunction("setjmp");
                LLVMValueRef r = fl.call(setjmp, fl.operand(c.args().get(0)));
                LLVMAddCallSiteAttribute(r, LLVMAttributeFunctionIndex, fl.m.enumAttribute("returns_twice"));
                yield LLVMBuildICmp(fl.b, LLVMIntNE, r, LLVMConstInt(fl.types.i32, 0, 0), "");
            }
            case LONGJMP -> {
                fl.call(fl.m.checkpointFunction("longjmp"), fl.operand(c.args().get(0)),
                        LLVMConstInt(fl.types.i32, 1, 0));
                yield null;
            }
            case PAUSE -> {
                if (fl.coro == null) {
                    throw new UnsupportedOperationException("runtime.pause outside a coroutine");
                }
                fl.coro.pause();
                yield null;
            }
            case CORO_START -> {
                // a go statement's thunk, always async: no parameters but its context, no results
                LLVMValueRef fv = fl.operand(c.args().get(0));
                LLVMValueRef ctx = LLVMBuildExtractValue(fl.b, fv, 0, "");
                LLVMValueRef fnptr = LLVMBuildExtractValue(fl.b, fv, 1, "");
                LLVMTypeRef ft = LLVMFunctionType(fl.types.ptr, refs(fl.types.ptr), 1, 0);
                yield LLVMBuildCall2(fl.b, ft, fnptr, refs(ctx), 1, "");
            }
            case INTERRUPT_NEW -> fl.m.interrupts.lowerNew(fl, c);
            case CORO_RESUME -> Coroutines.resume(fl, fl.operand(c.args().get(0)));
            case CORO_UNBLOCK -> {
                LLVMBuildStore(fl.b, LLVMConstInt(fl.types.i1, 0, 0), fl.m.blockedFlag());
                yield null;
            }
            case HASHMAP_HASH_INTERFACE ->
                    fl.m.equality.hashCall(fl.b, fl.operand(c.args().get(0)), fl.operand(c.args().get(1)));
            case MAIN_BLOCKS -> {
                org.tinygo4j.ssa.ir.Function init = fl.m.program.function(RuntimeAbi.INIT_ALL.linkName());
                org.tinygo4j.ssa.ir.Function main = fl.m.program.function("main.main");
                boolean blocks = init != null && fl.m.isAsync(init) || main != null && fl.m.isAsync(main);
                yield LLVMConstInt(fl.types.i1, blocks ? 1 : 0, 0);
            }
            default -> throw new UnsupportedOperationException("intrinsic " + name);
        };
    }

    /** Inline assembly taking the call's arguments in the registers the constraints name, returning one value. */
    private LLVMValueRef asmCall(String asm, String constraints, Instr.Call c) {
        LLVMValueRef[] args = new LLVMValueRef[c.args().size()];
        LLVMTypeRef[] ts = new LLVMTypeRef[args.length];
        LLVMTypeRef word = fl.types.uintptr;
        for (int i = 0; i < args.length; i++) {
            Value a = c.args().get(i);
            LLVMValueRef v = fl.operand(a);
            if (FunctionLowering.isPointer(a.type().underlying())) {
                v = LLVMBuildPtrToInt(fl.b, v, word, "");
            } else {
                v = fl.resize(v, word, FunctionLowering.isSigned(a.type()));
            }
            args[i] = v;
            ts[i] = word;
        }
        LLVMTypeRef ft = LLVMFunctionType(word, refs(ts), ts.length, 0);
        LLVMValueRef ia = LLVMGetInlineAsm(ft, asm, asm.length(), constraints, constraints.length(), 1, 0,
                LLVMInlineAsmDialectATT, 0);
        LLVMValueRef r = LLVMBuildCall2(fl.b, ft, ia, refs(args), args.length, "");
        return c.type() == null ? null : fl.resize(r, fl.types.of(c.type()), false);
    }

    private static String constantString(Value v, String callee) {
        if (v instanceof Const c && c.value() instanceof Constant.StringVal s) {
            return new String(s.bytes(), StandardCharsets.UTF_8);
        }
        throw new UnsupportedOperationException(callee + " needs a constant string");
    }
}
