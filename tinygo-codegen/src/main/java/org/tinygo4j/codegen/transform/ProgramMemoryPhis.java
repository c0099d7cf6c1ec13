package org.tinygo4j.codegen.transform;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMUseRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Works around a miscompile of LLVM 20's AVR back end: when a load through a pointer of
 * the program address space (a read of a table in flash, see ModuleLowering) takes its
 * address from a phi (or select) of addresses computed in other blocks, CodeGenPrepare's
 * address sinking rebuilds the address as null and the LPM reads flash address 0. (The
 * optimiser makes such phis when it merges the equal loads of the arms of a branch.) A
 * phi or select of program-memory pointers becomes one of ordinary pointers, with no-op
 * address-space casts on the way in and out, which the back end compiles correctly.
 * Those whose only uses are indirect calls (code addresses) are left alone. Only on a
 * target whose data layout puts the program in an address space of its own (P1).
 */
public final class ProgramMemoryPhis {
    private ProgramMemoryPhis() {
    }

    /** Rewrites the module's phis and selects of program-memory pointers; returns how many. */
    public static int run(LLVMModuleRef module) {
        java.util.regex.Matcher pas = java.util.regex.Pattern.compile("(^|-)P(\\d+)")
                .matcher(LLVMGetDataLayoutStr(module).getString());
        int space = pas.find() ? Integer.parseInt(pas.group(2)) : 0;
        if (space == 0) {
            return 0;
        }
        LLVMTypeRef ptr = LLVMPointerTypeInContext(LLVMGetModuleContext(module), 0);
        List<LLVMValueRef> todo = new ArrayList<>();
        for (LLVMValueRef fn = LLVMGetFirstFunction(module); fn != null && !fn.isNull(); fn = LLVMGetNextFunction(fn)) {
            for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb != null && !bb.isNull();
                    bb = LLVMGetNextBasicBlock(bb)) {
                for (LLVMValueRef in = LLVMGetFirstInstruction(bb); in != null && !in.isNull();
                        in = LLVMGetNextInstruction(in)) {
                    int op = LLVMGetInstructionOpcode(in);
                    LLVMTypeRef t = LLVMTypeOf(in);
                    if ((op == LLVMPHI || op == LLVMSelect) && LLVMGetTypeKind(t) == LLVMPointerTypeKind
                            && LLVMGetPointerAddressSpace(t) == space && !onlyCalled(in)) {
                        todo.add(in);
                    }
                }
            }
        }
        LLVMBuilderRef b = LLVMCreateBuilderInContext(LLVMGetModuleContext(module));
        try {
            for (LLVMValueRef in : todo) {
                LLVMTypeRef t = LLVMTypeOf(in);
                LLVMValueRef plain;
                if (LLVMGetInstructionOpcode(in) == LLVMPHI) {
                    LLVMPositionBuilderBefore(b, in);
                    plain = LLVMBuildPhi(b, ptr, "");
                    int n = LLVMCountIncoming(in);
                    // (a block may come in twice, from a switch: with one value)
                    java.util.Map<Long, LLVMValueRef> casts = new java.util.HashMap<>();
                    for (int i = 0; i < n; i++) {
                        LLVMBasicBlockRef from = LLVMGetIncomingBlock(in, i);
                        LLVMValueRef incoming = LLVMGetIncomingValue(in, i);
                        LLVMValueRef v = casts.computeIfAbsent(from.address(), k -> {
                            LLVMPositionBuilderBefore(b, LLVMGetBasicBlockTerminator(from));
                            return cast(b, incoming, ptr);
                        });
                        LLVMAddIncoming(plain, refs(v), refs(from), 1);
                    }
                    LLVMValueRef first = LLVMGetFirstInstruction(LLVMGetInstructionParent(in));
                    while (LLVMGetInstructionOpcode(first) == LLVMPHI) {
                        first = LLVMGetNextInstruction(first);
                    }
                    LLVMPositionBuilderBefore(b, first);
                } else {
                    LLVMPositionBuilderBefore(b, in);
                    plain = LLVMBuildSelect(b, LLVMGetOperand(in, 0), cast(b, LLVMGetOperand(in, 1), ptr),
                            cast(b, LLVMGetOperand(in, 2), ptr), "");
                }
                LLVMValueRef back = LLVMBuildAddrSpaceCast(b, plain, t, "");
                LLVMReplaceAllUsesWith(in, back);
                LLVMInstructionEraseFromParent(in);
            }
        } finally {
            LLVMDisposeBuilder(b);
        }
        return todo.size();
    }

    /** A PointerPointer over the given refs (never the single-pointer cast constructor: TOOLCHAIN.md). */
    private static org.bytedeco.javacpp.PointerPointer<org.bytedeco.javacpp.Pointer> refs(
            org.bytedeco.javacpp.Pointer... ps) {
        return new org.bytedeco.javacpp.PointerPointer<>(ps);
    }

    private static LLVMValueRef cast(LLVMBuilderRef b, LLVMValueRef v, LLVMTypeRef ptr) {
        return LLVMIsConstant(v) != 0 ? LLVMConstAddrSpaceCast(v, ptr) : LLVMBuildAddrSpaceCast(b, v, ptr, "");
    }

    /** Whether every use of v is as the callee of a call (a code address). */
    private static boolean onlyCalled(LLVMValueRef v) {
        boolean any = false;
        for (LLVMUseRef u = LLVMGetFirstUse(v); u != null && !u.isNull(); u = LLVMGetNextUse(u)) {
            LLVMValueRef user = LLVMGetUser(u);
            if (LLVMIsACallInst(user) == null || LLVMIsACallInst(user).isNull()
                    || !LLVMGetCalledValue(user).equals(v)) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
