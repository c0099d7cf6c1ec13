package org.tinygo4j.codegen.transform;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMUseRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Removes the globals whose value nothing observes: an internal global whose loads feed
 * nothing but arithmetic that is stored back into the same global (a counter, {@code
 * n++}, {@code total += size}). LLVM's globalopt removes a global that is only stored
 * to, but not one that is read to compute its own next value. The runtime keeps such
 * counters for runtime.ReadMemStats (Mallocs, Frees, TotalAlloc, NumGC): in a program
 * that never calls it they are only ever updated, and on AVR, where every access of a
 * global is a four-byte instruction per byte of the value, their updates cost a
 * fifth of the collector's code.
 *
 * <p>A global qualifies when every use is a simple (non-volatile, non-atomic) load of
 * it or store to it, and every value computed from its loads, followed through phis,
 * selects, integer casts and the integer operations that cannot trap (add, sub, mul,
 * and, or, xor, shifts), reaches nothing but the stored value of a store to it. Its
 * stores, the loads and the computations then left unused go, and the global with
 * them. Run after the optimiser, which has inlined the updates into their callers and
 * promoted a counter in a loop to a register (a phi) where it could.
 */
public final class WriteOnlyGlobals {
    private WriteOnlyGlobals() {
    }

    /** Removes the module's write-only globals; returns how many went. */
    public static int run(LLVMModuleRef module) {
        List<LLVMValueRef> dead = new ArrayList<>();
        for (LLVMValueRef g = LLVMGetFirstGlobal(module); present(g); g = LLVMGetNextGlobal(g)) {
            int linkage = LLVMGetLinkage(g);
            if ((linkage == LLVMInternalLinkage || linkage == LLVMPrivateLinkage) && LLVMIsDeclaration(g) == 0
                    && writeOnly(g)) {
                dead.add(g);
            }
        }
        for (LLVMValueRef g : dead) {
            remove(g);
        }
        return dead.size();
    }

    private static boolean present(LLVMValueRef v) {
        return v != null && !v.isNull();
    }

    private static boolean simple(LLVMValueRef access) {
        return LLVMGetVolatile(access) == 0 && LLVMGetOrdering(access) == LLVMAtomicOrderingNotAtomic;
    }

    /** Whether every use of g is a simple load or store and what the loads give only reaches stores to g. */
    private static boolean writeOnly(LLVMValueRef g) {
        Deque<LLVMValueRef> work = new ArrayDeque<>();
        for (LLVMUseRef u = LLVMGetFirstUse(g); u != null && !u.isNull(); u = LLVMGetNextUse(u)) {
            LLVMValueRef user = LLVMGetUser(u);
            if (present(LLVMIsALoadInst(user)) && simple(user)) {
                work.add(user);
            } else if (present(LLVMIsAStoreInst(user)) && simple(user) && LLVMGetOperand(user, 1).equals(g)
                    && !LLVMGetOperand(user, 0).equals(g)) {
                continue;
            } else {
                return false;
            }
        }
        if (work.isEmpty()) {
            return false; // never read (or unused): globalopt's business, as before
        }
        Set<LLVMValueRef> seen = new LinkedHashSet<>(work);
        while (!work.isEmpty()) {
            LLVMValueRef v = work.poll();
            for (LLVMUseRef u = LLVMGetFirstUse(v); u != null && !u.isNull(); u = LLVMGetNextUse(u)) {
                LLVMValueRef user = LLVMGetUser(u);
                if (present(LLVMIsAStoreInst(user))) {
                    // only as the value stored into g itself
                    if (!simple(user) || !LLVMGetOperand(user, 1).equals(g) || LLVMGetOperand(user, 1).equals(v)) {
                        return false;
                    }
                    continue;
                }
                if (!present(LLVMIsAInstruction(user)) || !passesOn(user)) {
                    return false;
                }
                if (seen.add(user)) {
                    work.add(user);
                }
            }
        }
        return true;
    }

    /** The instructions whose result a counter's value may flow through: pure and unable to trap. */
    private static boolean passesOn(LLVMValueRef inst) {
        return switch (LLVMGetInstructionOpcode(inst)) {
            case LLVMAdd, LLVMSub, LLVMMul, LLVMAnd, LLVMOr, LLVMXor, LLVMShl, LLVMLShr, LLVMAShr,
                    LLVMZExt, LLVMSExt, LLVMTrunc, LLVMPHI, LLVMSelect, LLVMFreeze -> true;
            default -> false;
        };
    }

    private static void remove(LLVMValueRef g) {
        List<LLVMValueRef> stores = new ArrayList<>();
        for (LLVMUseRef u = LLVMGetFirstUse(g); u != null && !u.isNull(); u = LLVMGetNextUse(u)) {
            LLVMValueRef user = LLVMGetUser(u);
            if (present(LLVMIsAStoreInst(user))) {
                stores.add(user);
            }
        }
        Deque<LLVMValueRef> maybeDead = new ArrayDeque<>();
        for (LLVMValueRef s : stores) {
            maybeDead.add(LLVMGetOperand(s, 0));
            LLVMInstructionEraseFromParent(s);
        }
        // What fed the stores: the loads of g and the arithmetic on them, now unused
        // (phis in a loop use each other: they go once nothing outside the cycle does).
        Set<LLVMValueRef> chain = new LinkedHashSet<>();
        while (!maybeDead.isEmpty()) {
            LLVMValueRef v = maybeDead.poll();
            if (!present(LLVMIsAInstruction(v)) || !chain.add(v)) {
                continue;
            }
            if (!present(LLVMIsALoadInst(v)) || !LLVMGetOperand(v, 0).equals(g)) {
                if (!passesOn(v)) {
                    chain.remove(v);
                    continue;
                }
                for (int i = 0, n = LLVMGetNumOperands(v); i < n; i++) {
                    maybeDead.add(LLVMGetOperand(v, i));
                }
            }
        }
        // The dead part of the chain: drop from it every value that something outside it
        // uses (the loop's own counter, a size the caller still needs), until the rest
        // is used only by itself; that rest goes. (Erasing a value because its users are
        // in the chain, while one of those users stays, would leave that user computing
        // with undef.)
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var it = chain.iterator(); it.hasNext(); ) {
                if (!onlyUsedBy(it.next(), chain)) {
                    it.remove();
                    changed = true;
                }
            }
        }
        for (LLVMValueRef v : chain) {
            LLVMReplaceAllUsesWith(v, LLVMGetUndef(LLVMTypeOf(v)));
        }
        for (LLVMValueRef v : chain) {
            LLVMInstructionEraseFromParent(v);
        }
        LLVMUseRef left = LLVMGetFirstUse(g);
        if (left == null || left.isNull()) {
            LLVMDeleteGlobal(g);
        }
    }

    private static boolean onlyUsedBy(LLVMValueRef v, Set<LLVMValueRef> chain) {
        for (LLVMUseRef u = LLVMGetFirstUse(v); u != null && !u.isNull(); u = LLVMGetNextUse(u)) {
            if (!chain.contains(LLVMGetUser(u))) {
                return false;
            }
        }
        return true;
    }
}
