package org.tinygo4j.codegen.transform;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMUseRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.tinygo4j.ssa.abi.RuntimeAbi;

/**
 * Removes the stores into globals that nothing reads, and the heap objects that only
 * those stores kept. A package initialiser that fills a table of pointers ({@code var
 * GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}} in package unicode) allocates an
 * array, stores the elements into it and its address into the global; when no function
 * of the program reads the global, the array and the six tables it names are dead, but
 * LLVM keeps them: globalopt deletes only stores of constants (or of a value with no
 * other use) into a never-read global that holds pointers, and runtime.alloc is a call
 * it cannot remove. Here a global is never read when it is internal and every use of its
 * address, followed through getelementptr and casts, is the address of a simple store or
 * the destination of a non-volatile memset, memcpy or memmove. Its stores go; a call of
 * runtime.alloc or allocNoscan of a small constant size whose result is then only
 * written into in the same way goes with its stores (a large one stays: it may be
 * what runs out of memory, which gc's programs observe); loads, address computations and casts left without users go;
 * and the round repeats, as a load removed may have been the last read of another
 * global (unicode's {@code var L = _L}). A call of a constructor counts as an
 * allocation: a function of one block that only allocates small objects, writes into
 * them, computes without effects and returns ({@code errors.New}, which is not inlined
 * where a program calls it more than once: strconv's {@code ErrRange} and
 * {@code ErrSyntax}). The globals and constants left unused are globaldce's (the back
 * end runs it next).
 */
public final class NeverReadGlobals {
    private NeverReadGlobals() {
    }

    /**
     * Removes the stores into the module's never-read globals, and the allocations of
     * at most maxAllocBytes (a constant size) left only written into; returns how many
     * stores and allocations went.
     */
    public static int run(LLVMModuleRef module, long maxAllocBytes) {
        Set<LLVMValueRef> allocs = new LinkedHashSet<>();
        for (String name : new String[] {RuntimeAbi.ALLOC.linkName(), RuntimeAbi.ALLOC_NOSCAN.linkName()}) {
            LLVMValueRef fn = LLVMGetNamedFunction(module, name);
            if (present(fn)) {
                allocs.add(fn);
            }
        }
        Set<LLVMValueRef> constructors = constructors(module, allocs, maxAllocBytes);
        int removed = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (LLVMValueRef g = LLVMGetFirstGlobal(module); present(g); g = LLVMGetNextGlobal(g)) {
                int linkage = LLVMGetLinkage(g);
                if (linkage != LLVMInternalLinkage && linkage != LLVMPrivateLinkage || LLVMIsDeclaration(g) != 0) {
                    continue;
                }
                List<LLVMValueRef> writes = new ArrayList<>();
                List<LLVMValueRef> derived = new ArrayList<>();
                if (onlyWritten(g, writes, derived) && !writes.isEmpty()) {
                    removed += erase(writes, derived, allocs, constructors, maxAllocBytes);
                    changed = true;
                }
            }
        }
        return removed;
    }

    private static boolean present(LLVMValueRef v) {
        return v != null && !v.isNull();
    }

    /**
     * Whether every use of the address p, followed through getelementptr and casts, only
     * writes into memory; the writing instructions go to writes, the derived addresses
     * that are instructions to derived.
     */
    private static boolean onlyWritten(LLVMValueRef p, List<LLVMValueRef> writes, List<LLVMValueRef> derived) {
        for (LLVMUseRef u = LLVMGetFirstUse(p); u != null && !u.isNull(); u = LLVMGetNextUse(u)) {
            LLVMValueRef user = LLVMGetUser(u);
            if (present(LLVMIsAStoreInst(user))) {
                if (LLVMGetVolatile(user) != 0 || LLVMGetOrdering(user) != LLVMAtomicOrderingNotAtomic
                        || !LLVMGetOperand(user, 1).equals(p) || LLVMGetOperand(user, 0).equals(p)) {
                    return false;
                }
                writes.add(user);
            } else if (addressOf(user)) {
                if (present(LLVMIsAInstruction(user))) {
                    derived.add(user);
                }
                if (!onlyWritten(user, writes, derived)) {
                    return false;
                }
            } else if (present(LLVMIsACallInst(user)) && writesThrough(user, p)) {
                writes.add(user);
            } else {
                return false;
            }
        }
        return true;
    }

    /** Whether v computes an address from its first operand: getelementptr or a pointer cast. */
    private static boolean addressOf(LLVMValueRef v) {
        int op;
        if (present(LLVMIsAInstruction(v))) {
            op = LLVMGetInstructionOpcode(v);
        } else if (present(LLVMIsAConstantExpr(v))) {
            op = LLVMGetConstOpcode(v);
        } else {
            return false;
        }
        return op == LLVMGetElementPtr || op == LLVMBitCast || op == LLVMAddrSpaceCast;
    }

    /** Whether call is a non-volatile memset, memcpy or memmove whose destination (only) is p. */
    private static boolean writesThrough(LLVMValueRef call, LLVMValueRef p) {
        LLVMValueRef callee = LLVMGetCalledValue(call);
        if (!present(LLVMIsAFunction(callee))) {
            return false;
        }
        String name = LLVMGetValueName(callee).getString();
        boolean set = name.startsWith("llvm.memset.");
        boolean copy = name.startsWith("llvm.memcpy.") || name.startsWith("llvm.memmove.");
        if (!set && !copy || LLVMGetNumArgOperands(call) != 4) {
            return false;
        }
        LLVMValueRef volatileFlag = LLVMGetOperand(call, 3);
        return LLVMGetOperand(call, 0).equals(p) && (set || !LLVMGetOperand(call, 1).equals(p))
                && present(LLVMIsAConstantInt(volatileFlag)) && LLVMConstIntGetZExtValue(volatileFlag) == 0;
    }

    /**
     * Erases the writes and the address computations, then whatever they alone used:
     * values left without users and allocations left only written into. Returns how
     * many writes and allocations went.
     */
    private static int erase(List<LLVMValueRef> writes, List<LLVMValueRef> derived, Set<LLVMValueRef> allocs,
                             Set<LLVMValueRef> constructors, long maxAllocBytes) {
        int removed = 0;
        Deque<LLVMValueRef> maybeDead = new ArrayDeque<>();
        List<LLVMValueRef> pending = new ArrayList<>(writes);
        List<LLVMValueRef> addresses = new ArrayList<>(derived);
        Set<LLVMValueRef> erased = new LinkedHashSet<>();
        while (!pending.isEmpty() || !maybeDead.isEmpty()) {
            for (LLVMValueRef w : pending) {
                for (int i = 0, n = LLVMGetNumOperands(w); i < n; i++) {
                    maybeDead.add(LLVMGetOperand(w, i));
                }
                erased.add(w);
                LLVMInstructionEraseFromParent(w);
                removed++;
            }
            pending.clear();
            // address computations: users first (they were collected from the root out)
            for (int i = addresses.size() - 1; i >= 0; i--) {
                LLVMValueRef a = addresses.get(i);
                if (!erased.contains(a) && !used(a)) {
                    maybeDead.add(LLVMGetOperand(a, 0));
                    erased.add(a);
                    LLVMInstructionEraseFromParent(a);
                }
            }
            addresses.clear();
            while (!maybeDead.isEmpty() && pending.isEmpty()) {
                LLVMValueRef v = maybeDead.poll();
                if (erased.contains(v) || !present(LLVMIsAInstruction(v))) {
                    continue;
                }
                boolean alloc = present(LLVMIsACallInst(v)) && (constructors.contains(LLVMGetCalledValue(v))
                        || allocs.contains(LLVMGetCalledValue(v)) && small(v, maxAllocBytes));
                if (used(v)) {
                    // an allocation now only written into goes with its writes
                    if (alloc && onlyWritten(v, pending, addresses)) {
                        addresses.add(0, v);
                        removed++;
                    } else {
                        pending.clear();
                        addresses.clear();
                    }
                    continue;
                }
                if (alloc || pure(v)) {
                    for (int i = 0, n = LLVMGetNumOperands(v); i < n; i++) {
                        maybeDead.add(LLVMGetOperand(v, i));
                    }
                    erased.add(v);
                    LLVMInstructionEraseFromParent(v);
                }
            }
        }
        return removed;
    }

    /**
     * The module's constructors: defined functions of one block whose instructions are
     * calls of an allocation function (allocs) of a small constant size, plain stores
     * into the objects those calls return (at addresses computed from them), effect-free
     * computations and the return. An unused call of one has no effect but the
     * allocation.
     */
    private static Set<LLVMValueRef> constructors(LLVMModuleRef module, Set<LLVMValueRef> allocs, long maxBytes) {
        Set<LLVMValueRef> found = new LinkedHashSet<>();
        for (LLVMValueRef fn = LLVMGetFirstFunction(module); present(fn); fn = LLVMGetNextFunction(fn)) {
            if (LLVMIsDeclaration(fn) == 0 && LLVMCountBasicBlocks(fn) == 1 && !allocs.contains(fn)
                    && constructs(LLVMGetEntryBasicBlock(fn), allocs, maxBytes)) {
                found.add(fn);
            }
        }
        return found;
    }

    private static boolean constructs(LLVMBasicBlockRef block, Set<LLVMValueRef> allocs, long maxBytes) {
        Set<LLVMValueRef> objects = new LinkedHashSet<>();
        for (LLVMValueRef i = LLVMGetFirstInstruction(block); present(i); i = LLVMGetNextInstruction(i)) {
            int op = LLVMGetInstructionOpcode(i);
            if (op == LLVMCall) {
                if (!allocs.contains(LLVMGetCalledValue(i)) || !small(i, maxBytes)) {
                    return false;
                }
                objects.add(i);
            } else if (op == LLVMStore) {
                LLVMValueRef address = LLVMGetOperand(i, 1);
                while (addressOf(address)) {
                    address = LLVMGetOperand(address, 0);
                }
                if (LLVMGetVolatile(i) != 0 || LLVMGetOrdering(i) != LLVMAtomicOrderingNotAtomic
                        || !objects.contains(address)) {
                    return false;
                }
            } else if (op != LLVMRet && (op == LLVMLoad || !pure(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the allocation call's size is a constant of at most maxBytes: a larger one
     * (or one of a computed size) may be what exhausts the heap, and Go's out-of-memory
     * error is behaviour to keep (a program storing a huge make into a sink it never reads
     * dies with it in gc); the bound is HeapToStack's, which takes such allocations off
     * the heap too.
     */
    private static boolean small(LLVMValueRef call, long maxBytes) {
        LLVMValueRef size = LLVMGetOperand(call, 0);
        return present(LLVMIsAConstantInt(size)) && LLVMConstIntGetZExtValue(size) <= maxBytes;
    }

    private static boolean used(LLVMValueRef v) {
        LLVMUseRef u = LLVMGetFirstUse(v);
        return u != null && !u.isNull();
    }

    /** Whether the instruction v can be erased when unused: no effect, and no trap to keep. */
    private static boolean pure(LLVMValueRef v) {
        return switch (LLVMGetInstructionOpcode(v)) {
            case LLVMLoad -> LLVMGetVolatile(v) == 0 && LLVMGetOrdering(v) == LLVMAtomicOrderingNotAtomic;
            case LLVMGetElementPtr, LLVMBitCast, LLVMAddrSpaceCast, LLVMPtrToInt, LLVMIntToPtr, LLVMZExt, LLVMSExt,
                    LLVMTrunc, LLVMAdd, LLVMSub, LLVMMul, LLVMAnd, LLVMOr, LLVMXor, LLVMShl, LLVMLShr, LLVMAShr,
                    LLVMICmp, LLVMSelect, LLVMExtractValue, LLVMInsertValue, LLVMFreeze -> true;
            default -> false;
        };
    }
}
