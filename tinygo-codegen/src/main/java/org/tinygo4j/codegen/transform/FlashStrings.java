package org.tinygo4j.codegen.transform;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMUseRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.tinygo4j.codegen.CodegenException;

/**
 * Puts the string constants that are only ever printed into AVR program memory (flash),
 * where they cost no RAM: LLVM's AVR back end copies every constant of address space 0
 * into RAM at start-up, like .data. A constant byte array qualifies when every use of
 * it, in the optimised module, is the data argument of a direct call of the runtime's
 * output primitive {@code runtime.write(p, n)} (what print, println and the runtime's
 * own messages come down to once printstring is inlined). It is then declared again in
 * the program address space, and each of those calls becomes one of
 * {@code tinygo.flashWrite(p, n)}, a byte loop of program-memory loads (LPM) that hands
 * each byte to runtime.write from a stack slot. Nothing else can read it: a constant
 * with any other use (compared, concatenated, stored, boxed, in another constant, passed
 * to any other function, through a phi or select) stays where it is, so no ordinary load
 * (LD, which reads RAM) ever sees a flash address.
 *
 * <p>Before that, a call of a small function that passes a constant string straight to
 * runtime.write (runtime.fatalPrint: "fatal error: " + msg + "\n", then exit) is inlined
 * when that is the only thing the function does with the string, so that the message
 * becomes such a use. Only on a target whose data layout puts the program in an address
 * space of its own (P1); every other target's module is left as it is.
 */
public final class FlashStrings {
    /** The output primitive of every target's runtime: write(p *byte, n uintptr). */
    static final String WRITE = "runtime.write";
    /** Instructions a callee may have to be inlined for its message (fatalPrint has 7). */
    private static final int SMALL = 16;

    private FlashStrings() {
    }

    /**
     * Moves the printed-only string constants to program memory; returns how many.
     * {@code inline} runs LLVM's always-inline pass on the module.
     */
    public static int run(LLVMModuleRef module, StackChecks.ModulePass inline) throws CodegenException {
        java.util.regex.Matcher pas = java.util.regex.Pattern.compile("(^|-)P(\\d+)")
                .matcher(LLVMGetDataLayoutStr(module).getString());
        int space = pas.find() ? Integer.parseInt(pas.group(2)) : 0;
        LLVMValueRef write = LLVMGetNamedFunction(module, WRITE);
        if (space == 0 || write == null || write.isNull() || LLVMIsDeclaration(write) != 0) {
            return 0;
        }
        Set<LLVMValueRef> callees = markInlining(module, write);
        if (!callees.isEmpty()) {
            inline.run();
            for (LLVMValueRef callee : callees) {
                LLVMUseRef u = LLVMGetFirstUse(callee);
                if (u == null || u.isNull()) {
                    LLVMDeleteFunction(callee);
                }
            }
        }
        List<LLVMValueRef> strings = new ArrayList<>();
        for (LLVMValueRef g = LLVMGetFirstGlobal(module); g != null && !g.isNull(); g = LLVMGetNextGlobal(g)) {
            if (candidate(g) && onlyWritten(g, write)) {
                strings.add(g);
            }
        }
        if (strings.isEmpty()) {
            return 0;
        }
        LLVMContextRef ctx = LLVMGetModuleContext(module);
        LLVMValueRef flashWrite = flashWrite(module, ctx, write, space);
        LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx);
        try {
            for (LLVMValueRef g : strings) {
                LLVMTypeRef t = LLVMGlobalGetValueType(g);
                String name = LLVMGetValueName2(g, new org.bytedeco.javacpp.SizeTPointer(1)).getString();
                LLVMValueRef f = LLVMAddGlobalInAddressSpace(module, t, name + ".flash", space);
                LLVMSetInitializer(f, LLVMGetInitializer(g));
                LLVMSetGlobalConstant(f, 1);
                LLVMSetLinkage(f, LLVMPrivateLinkage);
                LLVMSetUnnamedAddress(f, LLVMGlobalUnnamedAddr);
                LLVMSetAlignment(f, 1);
                List<LLVMValueRef> calls = new ArrayList<>();
                for (LLVMUseRef u = LLVMGetFirstUse(g); u != null && !u.isNull(); u = LLVMGetNextUse(u)) {
                    calls.add(LLVMGetUser(u));
                }
                for (LLVMValueRef call : calls) {
                    LLVMPositionBuilderBefore(b, call);
                    LLVMValueRef c = LLVMBuildCall2(b, LLVMGlobalGetValueType(flashWrite), flashWrite,
                            refs(f, LLVMGetOperand(call, 1)), 2, "");
                    LLVMSetInstructionCallConv(c, LLVMGetFunctionCallConv(flashWrite));
                    LLVMInstructionEraseFromParent(call);
                }
                LLVMDeleteGlobal(g);
                LLVMSetValueName2(f, name, name.length());
            }
        } finally {
            LLVMDisposeBuilder(b);
        }
        return strings.size();
    }

    /** A private or internal constant byte array of address space 0, in no section of its own. */
    private static boolean candidate(LLVMValueRef g) {
        if (LLVMIsGlobalConstant(g) == 0 || LLVMIsDeclaration(g) != 0
                || LLVMGetPointerAddressSpace(LLVMTypeOf(g)) != 0 || hasSection(g)
                || (LLVMGetLinkage(g) != LLVMPrivateLinkage && LLVMGetLinkage(g) != LLVMInternalLinkage)) {
            return false;
        }
        LLVMTypeRef t = LLVMGlobalGetValueType(g);
        return LLVMGetTypeKind(t) == LLVMArrayTypeKind && LLVMGetTypeKind(LLVMGetElementType(t)) == LLVMIntegerTypeKind
                && LLVMGetIntTypeWidth(LLVMGetElementType(t)) == 8;
    }

    private static boolean hasSection(LLVMValueRef g) {
        org.bytedeco.javacpp.BytePointer s = LLVMGetSection(g);
        return s != null && !s.isNull() && !s.getString().isEmpty();
    }

    /** Whether g has uses and each is the data argument (only) of a direct call of write. */
    private static boolean onlyWritten(LLVMValueRef g, LLVMValueRef write) {
        boolean any = false;
        for (LLVMUseRef u = LLVMGetFirstUse(g); u != null && !u.isNull(); u = LLVMGetNextUse(u)) {
            if (!writesData(LLVMGetUser(u), g, write)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Whether user is a direct call write(v, n) whose length n is not v as well. */
    private static boolean writesData(LLVMValueRef user, LLVMValueRef v, LLVMValueRef write) {
        LLVMValueRef call = LLVMIsACallInst(user);
        return call != null && !call.isNull() && LLVMGetCalledValue(call).equals(write)
                && LLVMGetNumArgOperands(call) == 2 && LLVMGetOperand(call, 0).equals(v)
                && !LLVMGetOperand(call, 1).equals(v);
    }

    /**
     * Marks alwaysinline each call of a small defined function that passes it a constant
     * string {ptr, len} of a candidate constant, where the function only takes the
     * string apart and hands its data to write (and its length anywhere). Returns
     * the functions whose calls it marked.
     */
    private static Set<LLVMValueRef> markInlining(LLVMModuleRef module, LLVMValueRef write) {
        Map<LLVMValueRef, Boolean> verdicts = new LinkedHashMap<>();
        Set<LLVMValueRef> marked = new LinkedHashSet<>();
        Set<LLVMValueRef> callees = new LinkedHashSet<>();
        for (LLVMValueRef fn = LLVMGetFirstFunction(module); fn != null && !fn.isNull(); fn = LLVMGetNextFunction(fn)) {
            for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb != null && !bb.isNull();
                    bb = LLVMGetNextBasicBlock(bb)) {
                for (LLVMValueRef in = LLVMGetFirstInstruction(bb); in != null && !in.isNull();
                        in = LLVMGetNextInstruction(in)) {
                    LLVMValueRef call = LLVMIsACallInst(in);
                    if (call == null || call.isNull()) {
                        continue;
                    }
                    LLVMValueRef callee = LLVMGetCalledValue(call);
                    if (LLVMIsAFunction(callee) == null || LLVMIsAFunction(callee).isNull() || callee.equals(fn)
                            || callee.equals(write) || LLVMIsDeclaration(callee) != 0
                            || LLVMGetLinkage(callee) != LLVMInternalLinkage
                            && LLVMGetLinkage(callee) != LLVMPrivateLinkage) {
                        continue;
                    }
                    int n = LLVMGetNumArgOperands(call);
                    for (int k = 0; k < n && k < LLVMCountParams(callee); k++) {
                        LLVMValueRef arg = LLVMGetOperand(call, k);
                        if (!constantString(arg)) {
                            continue;
                        }
                        LLVMValueRef param = LLVMGetParam(callee, k);
                        boolean ok = verdicts.computeIfAbsent(param,
                                p -> small(callee) && printedOnly(p, write));
                        if (ok) {
                            marked.add(call);
                            callees.add(callee);
                        }
                    }
                }
            }
        }
        LLVMContextRef ctx = LLVMGetModuleContext(module);
        int kind = LLVMGetEnumAttributeKindForName("alwaysinline", "alwaysinline".length());
        for (LLVMValueRef call : marked) {
            LLVMAddCallSiteAttribute(call, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(ctx, kind, 0));
        }
        return callees;
    }

    /** Whether v is a constant {ptr, len} whose data is a candidate constant byte array. */
    private static boolean constantString(LLVMValueRef v) {
        LLVMValueRef s = LLVMIsAConstantStruct(v);
        if (s == null || s.isNull() || LLVMGetNumOperands(s) != 2) {
            return false;
        }
        LLVMValueRef data = LLVMIsAGlobalVariable(LLVMGetOperand(s, 0));
        return data != null && !data.isNull() && candidate(data);
    }

    /** Whether fn has at most SMALL instructions. */
    private static boolean small(LLVMValueRef fn) {
        int count = 0;
        for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb != null && !bb.isNull();
                bb = LLVMGetNextBasicBlock(bb)) {
            for (LLVMValueRef in = LLVMGetFirstInstruction(bb); in != null && !in.isNull();
                    in = LLVMGetNextInstruction(in)) {
                if (++count > SMALL) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether every use of the string parameter p is an extractvalue of its length, or of
     * its data whose every use is the data argument of a direct call of write.
     */
    private static boolean printedOnly(LLVMValueRef p, LLVMValueRef write) {
        boolean data = false;
        for (LLVMUseRef u = LLVMGetFirstUse(p); u != null && !u.isNull(); u = LLVMGetNextUse(u)) {
            LLVMValueRef user = LLVMGetUser(u);
            if (LLVMGetInstructionOpcode(user) != LLVMExtractValue || LLVMGetNumIndices(user) != 1) {
                return false;
            }
            int index = LLVMGetIndices(user).get(0);
            if (index == 0) {
                if (!onlyWritten(user, write)) {
                    return false;
                }
                data = true;
            } else if (index != 1) {
                return false;
            }
        }
        return data;
    }

    /**
     * tinygo.flashWrite(p, n): write(&c, 1) for each of the n bytes c of program memory
     * at p, each read by a program-memory load (LPM).
     */
    private static LLVMValueRef flashWrite(LLVMModuleRef module, LLVMContextRef ctx, LLVMValueRef write, int space) {
        LLVMTypeRef writeType = LLVMGlobalGetValueType(write);
        LLVMTypeRef uintptr = LLVMTypeOf(LLVMGetParam(write, 1));
        LLVMTypeRef i8 = LLVMInt8TypeInContext(ctx);
        LLVMTypeRef flashPtr = LLVMPointerTypeInContext(ctx, space);
        LLVMTypeRef ft = LLVMFunctionType(LLVMVoidTypeInContext(ctx), refs(flashPtr, uintptr), 2, 0);
        LLVMValueRef fn = LLVMAddFunction(module, "tinygo.flashWrite", ft);
        LLVMSetLinkage(fn, LLVMInternalLinkage);
        LLVMSetFunctionCallConv(fn, LLVMGetFunctionCallConv(write));
        int nounwind = LLVMGetEnumAttributeKindForName("nounwind", "nounwind".length());
        LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(ctx, nounwind, 0));
        LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx);
        LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(ctx, fn, "entry");
        LLVMBasicBlockRef loop = LLVMAppendBasicBlockInContext(ctx, fn, "loop");
        LLVMBasicBlockRef body = LLVMAppendBasicBlockInContext(ctx, fn, "body");
        LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(ctx, fn, "done");
        LLVMPositionBuilderAtEnd(b, entry);
        LLVMValueRef slot = LLVMBuildAlloca(b, i8, "c");
        LLVMBuildBr(b, loop);
        LLVMPositionBuilderAtEnd(b, loop);
        LLVMValueRef i = LLVMBuildPhi(b, uintptr, "i");
        LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntULT, i, LLVMGetParam(fn, 1), ""), body, done);
        LLVMPositionBuilderAtEnd(b, body);
        LLVMValueRef c = LLVMBuildLoad2(b, i8, LLVMBuildGEP2(b, i8, LLVMGetParam(fn, 0), refs(i), 1, ""), "");
        LLVMBuildStore(b, c, slot);
        LLVMValueRef call = LLVMBuildCall2(b, writeType, write, refs(slot, LLVMConstInt(uintptr, 1, 0)), 2, "");
        LLVMSetInstructionCallConv(call, LLVMGetFunctionCallConv(write));
        LLVMValueRef next = LLVMBuildAdd(b, i, LLVMConstInt(uintptr, 1, 0), "");
        LLVMBuildBr(b, loop);
        LLVMAddIncoming(i, refs(LLVMConstInt(uintptr, 0, 0), next), refs(entry, body), 2);
        LLVMPositionBuilderAtEnd(b, done);
        LLVMBuildRetVoid(b);
        LLVMDisposeBuilder(b);
        return fn;
    }

    /** A PointerPointer over the given refs (never the single-pointer cast constructor: TOOLCHAIN.md). */
    private static PointerPointer<Pointer> refs(Pointer... ps) {
        return new PointerPointer<>(ps);
    }
}
