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

/**
 * Puts the string constants that are only ever printed into AVR program memory (flash),
 * where they cost no RAM: LLVM's AVR back end copies every constant of address space 0
 * into RAM at start-up, like .data. A constant byte array qualifies when every use of
 * it (or of a constant part of it, s[i:]), in the optimised module, is the data argument
 * of a direct call of the runtime's output primitive {@code runtime.write(p, n)} (what
 * print, println and the runtime's own messages come down to once printstring is
 * inlined). It is then declared again in the program address space, and each of those
 * calls becomes one of {@code tinygo.flashWrite(p, n)}, a byte loop of program-memory
 * loads (LPM) that hands each byte to runtime.write from a one-byte global. Nothing else
 * can read it: a constant with any other use (compared, concatenated, stored, boxed, in
 * another constant, passed to any other function, through a phi or select) stays where
 * it is, so no ordinary load (LD, which reads RAM) ever sees a flash address. (runtime.write
 * is trusted to read its bytes before it returns and to keep no pointer to them: every
 * chip's write is a loop over the bytes.)
 *
 * <p>A function that only prints a string parameter (runtime.fatalPrint: "fatal error: "
 * + msg + "\n", then exit), is only ever called directly, and is passed a constant
 * string that qualifies by every call, takes its messages from flash as well: the calls
 * pass the flash address as an ordinary pointer, and its writes of the parameter become
 * calls of tinygo.flashWrite. Only on a target whose data layout puts the program in an
 * address space of its own (P1); every other target's module is left as it is.
 */
public final class FlashStrings {
    /** The output primitive of every target's runtime: write(p *byte, n uintptr). */
    static final String WRITE = "runtime.write";

    private FlashStrings() {
    }

    /**
     * Moves the printed-only string constants to program memory.
     *
     * @param module the optimised module
     * @return how many constants moved
     */
    public static int run(LLVMModuleRef module) {
        java.util.regex.Matcher pas = java.util.regex.Pattern.compile("(^|-)P(\\d+)")
                .matcher(LLVMGetDataLayoutStr(module).getString());
        int space = pas.find() ? Integer.parseInt(pas.group(2)) : 0;
        LLVMValueRef write = LLVMGetNamedFunction(module, WRITE);
        if (space == 0 || write == null || write.isNull() || LLVMIsDeclaration(write) != 0) {
            return 0;
        }
        Set<LLVMValueRef> strings = new LinkedHashSet<>();
        for (LLVMValueRef g = LLVMGetFirstGlobal(module); g != null && !g.isNull(); g = LLVMGetNextGlobal(g)) {
            LLVMUseRef u = LLVMGetFirstUse(g);
            if (candidate(g) && u != null && !u.isNull()) {
                strings.add(g);
            }
        }
        // The printing parameters: (function, index) of a string parameter that its
        // function only prints (printedOnly), in a function only ever called directly.
        Map<LLVMValueRef, Set<Integer>> printing = new LinkedHashMap<>();
        // Until nothing changes: a string stays when one of its uses is not a print, and
        // a parameter stops being a printing one when a call passes it anything but a
        // string still in the set.
        for (boolean changed = true; changed; ) {
            changed = false;
            printing.clear();
            for (java.util.Iterator<LLVMValueRef> it = strings.iterator(); it.hasNext(); ) {
                LLVMValueRef g = it.next();
                if (!printedUses(g, write, printing, strings)) {
                    it.remove();
                    changed = true;
                }
            }
        }
        if (strings.isEmpty()) {
            return 0;
        }
        LLVMContextRef ctx = LLVMGetModuleContext(module);
        LLVMTypeRef flashPtr = LLVMPointerTypeInContext(ctx, space);
        LLVMTypeRef ptr = LLVMPointerTypeInContext(ctx, 0);
        LLVMValueRef flashWrite = flashWrite(module, ctx, write, space);
        LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx);
        try {
            // The printing parameters' writes read program memory: every call passes them
            // a string that moves (the fixpoint above).
            for (Map.Entry<LLVMValueRef, Set<Integer>> e : printing.entrySet()) {
                for (int k : e.getValue()) {
                    LLVMValueRef param = LLVMGetParam(e.getKey(), k);
                    for (LLVMValueRef ev : users(param)) {
                        if (LLVMGetIndices(ev).get(0) != 0) {
                            continue;
                        }
                        for (LLVMValueRef call : users(ev)) {
                            LLVMPositionBuilderBefore(b, call);
                            LLVMValueRef flash = LLVMBuildAddrSpaceCast(b, ev, flashPtr, "");
                            flashCall(b, flashWrite, flash, LLVMGetOperand(call, 1));
                            LLVMInstructionEraseFromParent(call);
                        }
                    }
                }
            }
            for (LLVMValueRef g : strings) {
                LLVMTypeRef t = LLVMGlobalGetValueType(g);
                String name = LLVMGetValueName2(g, new org.bytedeco.javacpp.SizeTPointer(1)).getString();
                LLVMValueRef f = LLVMAddGlobalInAddressSpace(module, t, name + ".flash", space);
                LLVMSetInitializer(f, LLVMGetInitializer(g));
                LLVMSetGlobalConstant(f, 1);
                LLVMSetLinkage(f, LLVMPrivateLinkage);
                LLVMSetUnnamedAddress(f, LLVMGlobalUnnamedAddr);
                LLVMSetAlignment(f, 1);
                for (LLVMValueRef user : users(g)) {
                    if (writtenPart(user, g, write)) {
                        // a constant part of g, g[i:]: the same part of f
                        int n = LLVMGetNumOperands(user);
                        LLVMValueRef[] index = new LLVMValueRef[n - 1];
                        for (int i = 1; i < n; i++) {
                            index[i - 1] = LLVMGetOperand(user, i);
                        }
                        LLVMTypeRef source = LLVMGetGEPSourceElementType(user);
                        LLVMValueRef part = LLVMIsInBounds(user) != 0
                                ? LLVMConstInBoundsGEP2(source, f, refs(index), n - 1)
                                : LLVMConstGEP2(source, f, refs(index), n - 1);
                        for (LLVMValueRef call : users(user)) {
                            LLVMPositionBuilderBefore(b, call);
                            flashCall(b, flashWrite, part, LLVMGetOperand(call, 1));
                            LLVMInstructionEraseFromParent(call);
                        }
                        continue;
                    }
                    if (LLVMIsACallInst(user) != null && !LLVMIsACallInst(user).isNull()) {
                        LLVMPositionBuilderBefore(b, user);
                        flashCall(b, flashWrite, f, LLVMGetOperand(user, 1));
                        LLVMInstructionEraseFromParent(user);
                        continue;
                    }
                    // {g, n} passed to printing parameters: {f as an ordinary pointer, n}
                    // (a no-op cast on AVR, where both spaces have 16-bit byte addresses)
                    LLVMValueRef moved = LLVMConstStructInContext(ctx,
                            refs(LLVMConstAddrSpaceCast(f, ptr), LLVMGetOperand(user, 1)), 2,
                            LLVMIsPackedStruct(LLVMTypeOf(user)));
                    for (LLVMValueRef call : users(user)) {
                        for (int i = 0; i < LLVMGetNumArgOperands(call); i++) {
                            if (LLVMGetOperand(call, i).equals(user)) {
                                LLVMSetOperand(call, i, moved);
                            }
                        }
                    }
                }
                // (what is left are dead constants: they may refer to f as well)
                LLVMReplaceAllUsesWith(g, LLVMConstAddrSpaceCast(f, ptr));
                LLVMDeleteGlobal(g);
                LLVMSetValueName2(f, name, name.length());
            }
        } finally {
            LLVMDisposeBuilder(b);
        }
        return strings.size();
    }

    private static void flashCall(LLVMBuilderRef b, LLVMValueRef flashWrite, LLVMValueRef p, LLVMValueRef n) {
        LLVMValueRef c = LLVMBuildCall2(b, LLVMGlobalGetValueType(flashWrite), flashWrite, refs(p, n), 2, "");
        LLVMSetInstructionCallConv(c, LLVMGetFunctionCallConv(flashWrite));
    }

    /**
     * The distinct live users of v: not the constants that nothing uses (LLVM keeps
     * those after the optimiser took apart the code that used them; they read nothing).
     */
    private static List<LLVMValueRef> users(LLVMValueRef v) {
        List<LLVMValueRef> users = new ArrayList<>();
        for (LLVMUseRef u = LLVMGetFirstUse(v); u != null && !u.isNull(); u = LLVMGetNextUse(u)) {
            LLVMValueRef user = LLVMGetUser(u);
            if (!users.contains(user) && !deadConstant(user)) {
                users.add(user);
            }
        }
        return users;
    }

    /** Whether v is a constant (not a global) whose users are all such dead constants. */
    private static boolean deadConstant(LLVMValueRef v) {
        if (LLVMIsConstant(v) == 0 || LLVMIsAGlobalValue(v) != null && !LLVMIsAGlobalValue(v).isNull()) {
            return false;
        }
        for (LLVMUseRef u = LLVMGetFirstUse(v); u != null && !u.isNull(); u = LLVMGetNextUse(u)) {
            if (!deadConstant(LLVMGetUser(u))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every use of the string constant g prints it: the data argument of a direct
     * call of write, or the data of a constant {g, n} whose every use is an argument of a
     * direct call at a printing parameter whose every call passes a string of the set.
     * Finds the printing parameters as it goes; drops those with a call that does not
     * pass such a string.
     */
    private static boolean printedUses(LLVMValueRef g, LLVMValueRef write, Map<LLVMValueRef, Set<Integer>> printing,
            Set<LLVMValueRef> strings) {
        for (LLVMValueRef user : users(g)) {
            if (writesData(user, g, write) || writtenPart(user, g, write)) {
                continue;
            }
            LLVMValueRef s = LLVMIsAConstantStruct(user);
            if (s == null || s.isNull() || LLVMGetNumOperands(s) != 2 || !LLVMGetOperand(s, 0).equals(g)
                    || LLVMGetOperand(s, 1).equals(g)) {
                return false;
            }
            for (LLVMValueRef call : users(s)) {
                LLVMValueRef c = LLVMIsACallInst(call);
                if (c == null || c.isNull()) {
                    return false;
                }
                LLVMValueRef callee = LLVMGetCalledValue(c);
                if (callee.equals(s)) {
                    return false;
                }
                for (int i = 0; i < LLVMGetNumArgOperands(c); i++) {
                    if (LLVMGetOperand(c, i).equals(s) && !printingParameter(callee, i, write, printing, strings)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * Whether parameter k of fn is a printing one: fn is internal and only called
     * directly, prints the parameter only (printedOnly), and every call passes a
     * constant string of the set there. Records it in printing, or takes it out.
     */
    private static boolean printingParameter(LLVMValueRef fn, int k, LLVMValueRef write,
            Map<LLVMValueRef, Set<Integer>> printing, Set<LLVMValueRef> strings) {
        boolean ok = LLVMIsAFunction(fn) != null && !LLVMIsAFunction(fn).isNull() && LLVMIsDeclaration(fn) == 0
                && (LLVMGetLinkage(fn) == LLVMInternalLinkage || LLVMGetLinkage(fn) == LLVMPrivateLinkage)
                && k < LLVMCountParams(fn) && printedOnly(LLVMGetParam(fn, k), write);
        for (LLVMUseRef u = ok ? LLVMGetFirstUse(fn) : null; u != null && !u.isNull(); u = LLVMGetNextUse(u)) {
            LLVMValueRef c = LLVMIsACallInst(LLVMGetUser(u));
            if (c == null || c.isNull() || !LLVMGetCalledValue(c).equals(fn)) {
                ok = false;
                break;
            }
            for (int i = 0; i < LLVMGetNumArgOperands(c); i++) {
                if (LLVMGetOperand(c, i).equals(fn)) {
                    ok = false;
                }
            }
            LLVMValueRef arg = k < LLVMGetNumArgOperands(c) ? LLVMGetOperand(c, k) : null;
            LLVMValueRef s = arg == null ? null : LLVMIsAConstantStruct(arg);
            if (s == null || s.isNull() || LLVMGetNumOperands(s) != 2 || !strings.contains(LLVMGetOperand(s, 0))) {
                ok = false;
            }
        }
        if (ok) {
            printing.computeIfAbsent(fn, f -> new java.util.TreeSet<>()).add(k);
        } else if (printing.containsKey(fn)) {
            printing.get(fn).remove(k);
        }
        return ok;
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
        List<LLVMValueRef> users = users(g);
        for (LLVMValueRef user : users) {
            if (!writesData(user, g, write)) {
                return false;
            }
        }
        return !users.isEmpty();
    }

    /** Whether user is a constant getelementptr into g whose every use is write's data argument. */
    private static boolean writtenPart(LLVMValueRef user, LLVMValueRef g, LLVMValueRef write) {
        LLVMValueRef e = LLVMIsAConstantExpr(user);
        if (e == null || e.isNull() || LLVMGetConstOpcode(e) != LLVMGetElementPtr || !LLVMGetOperand(e, 0).equals(g)) {
            return false;
        }
        for (int i = 1; i < LLVMGetNumOperands(e); i++) {
            if (LLVMGetOperand(e, i).equals(g)) {
                return false;
            }
        }
        return onlyWritten(e, write);
    }

    /** Whether user is a direct call write(v, n) whose length n is not v as well. */
    private static boolean writesData(LLVMValueRef user, LLVMValueRef v, LLVMValueRef write) {
        LLVMValueRef call = LLVMIsACallInst(user);
        return call != null && !call.isNull() && LLVMGetCalledValue(call).equals(write)
                && LLVMGetNumArgOperands(call) == 2 && LLVMGetOperand(call, 0).equals(v)
                && !LLVMGetOperand(call, 1).equals(v);
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
     * tinygo.flashWrite(p, n): write(&tinygo.flashByte, 1) for each of the n bytes of
     * program memory at p, each read into tinygo.flashByte by a program-memory load (LPM).
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
        // The byte goes through a one-byte global rather than a stack slot: a slot
        // would give the function a frame pointer and its set-up (30 bytes of AVR code).
        LLVMValueRef slot = LLVMAddGlobal(module, i8, "tinygo.flashByte");
        LLVMSetInitializer(slot, LLVMConstInt(i8, 0, 0));
        LLVMSetLinkage(slot, LLVMInternalLinkage);
        LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx);
        LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(ctx, fn, "entry");
        LLVMBasicBlockRef loop = LLVMAppendBasicBlockInContext(ctx, fn, "loop");
        LLVMBasicBlockRef body = LLVMAppendBasicBlockInContext(ctx, fn, "body");
        LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(ctx, fn, "done");
        LLVMPositionBuilderAtEnd(b, entry);
        LLVMValueRef start = LLVMBuildPtrToInt(b, LLVMGetParam(fn, 0), uintptr, "");
        LLVMBuildBr(b, loop);
        // The address and the count left are integers: no phi of program-memory
        // pointers (see ProgramMemoryPhis), and two registers fewer to save than an index.
        LLVMPositionBuilderAtEnd(b, loop);
        LLVMValueRef at = LLVMBuildPhi(b, uintptr, "at");
        LLVMValueRef left = LLVMBuildPhi(b, uintptr, "left");
        LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntNE, left, LLVMConstInt(uintptr, 0, 0), ""), body, done);
        LLVMPositionBuilderAtEnd(b, body);
        LLVMValueRef c = LLVMBuildLoad2(b, i8, LLVMBuildIntToPtr(b, at, flashPtr, ""), "");
        LLVMBuildStore(b, c, slot);
        LLVMValueRef call = LLVMBuildCall2(b, writeType, write, refs(slot, LLVMConstInt(uintptr, 1, 0)), 2, "");
        LLVMSetInstructionCallConv(call, LLVMGetFunctionCallConv(write));
        LLVMValueRef nextAt = LLVMBuildAdd(b, at, LLVMConstInt(uintptr, 1, 0), "");
        LLVMValueRef nextLeft = LLVMBuildSub(b, left, LLVMConstInt(uintptr, 1, 0), "");
        LLVMBuildBr(b, loop);
        LLVMAddIncoming(at, refs(start, nextAt), refs(entry, body), 2);
        LLVMAddIncoming(left, refs(LLVMGetParam(fn, 1), nextLeft), refs(entry, body), 2);
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
