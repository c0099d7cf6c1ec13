package org.tinygo4j.codegen.transform;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.List;

import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMUseRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Folds the type tests against types of which no value exists: a type descriptor
 * ({@code type:NAME}, private) whose every use is an equality comparison ({@code icmp
 * eq} or {@code ne}) in code. A typecode is the address of a descriptor, and every
 * address a program can hold comes from a use of that descriptor that is not a
 * comparison (the box made by a conversion to an interface, another descriptor or
 * reflect's tables that name it); with none left, no typecode equals it, so each
 * comparison is false ({@code ne}: true).
 *
 * <p>The interface lowering chooses the types an interface call dispatches over, and the
 * cases of type switches and assertions, before the optimiser runs; the optimiser and
 * NeverReadGlobals then remove conversions whose results nothing reads (package syscall's
 * {@code errEAGAIN error = EAGAIN}, stored into a variable only its unreachable errnoErr
 * reads). The dispatch still names those types, and with them their methods and what
 * those reach (syscall's 2 KB table of error texts, through Errno.Error). Folding the
 * comparisons lets simplifycfg drop the cases and globaldce the methods. Run after
 * NeverReadGlobals, followed by instsimplify, simplifycfg and globaldce.
 */
public final class UnusedTypecodes {
    private UnusedTypecodes() {
    }

    /** Folds the comparisons against the module's unused descriptors; returns how many were folded. */
    public static int run(LLVMModuleRef module) {
        int folded = 0;
        for (LLVMValueRef g = LLVMGetFirstGlobal(module); present(g); g = LLVMGetNextGlobal(g)) {
            if (!LLVMGetValueName(g).getString().startsWith("type:")) {
                continue;
            }
            int linkage = LLVMGetLinkage(g);
            if (linkage != LLVMPrivateLinkage && linkage != LLVMInternalLinkage) {
                continue;
            }
            List<LLVMValueRef> compares = comparesOnly(g);
            for (LLVMValueRef cmp : compares) {
                boolean same = LLVMGetOperand(cmp, 0).equals(LLVMGetOperand(cmp, 1));
                boolean eq = LLVMGetICmpPredicate(cmp) == LLVMIntEQ;
                LLVMValueRef result = LLVMConstInt(LLVMTypeOf(cmp), eq == same ? 1 : 0, 0);
                LLVMReplaceAllUsesWith(cmp, result);
                LLVMInstructionEraseFromParent(cmp);
                folded++;
            }
        }
        return folded;
    }

    /** The users of g when each is an equality comparison instruction, else none. */
    private static List<LLVMValueRef> comparesOnly(LLVMValueRef g) {
        List<LLVMValueRef> out = new ArrayList<>();
        for (LLVMUseRef u = LLVMGetFirstUse(g); u != null && !u.isNull(); u = LLVMGetNextUse(u)) {
            LLVMValueRef user = LLVMGetUser(u);
            if (!present(LLVMIsAICmpInst(user))) {
                return List.of();
            }
            int p = LLVMGetICmpPredicate(user);
            if (p != LLVMIntEQ && p != LLVMIntNE) {
                return List.of();
            }
            if (!out.contains(user)) {
                out.add(user);
            }
        }
        return out;
    }

    private static boolean present(LLVMValueRef v) {
        return v != null && !v.isNull();
    }
}
