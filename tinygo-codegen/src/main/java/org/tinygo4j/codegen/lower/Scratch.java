package org.tinygo4j.codegen.lower;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacpp.SizeTPointer;

/**
 * Native arrays that live only for one LLVM call: the arguments of a call, the
 * elements of a struct type, the operands of a phi, a length LLVM writes back. Each
 * thread reuses a small ring of them instead of allocating new ones, because every
 * JavaCPP allocation registers a deallocator, and the registration reads the process's
 * resident size (JavaCPP's physical-memory limit): that read was about a quarter of a
 * warm compilation's lowering. A scratch array must be used before SLOTS further ones are
 * taken on the same thread (one call, or a few nested ones, at most: never kept).
 */
final class Scratch {
    private static final int SLOTS = 16;
    private static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(Scratch::new);

    @SuppressWarnings("unchecked")
    private final PointerPointer<Pointer>[] slots = new PointerPointer[SLOTS];
    private final SizeTPointer length = new SizeTPointer(1);
    private BytePointer bytes = new BytePointer(256);
    private int next;

    private Scratch() {
    }

    /** An array holding the given pointers (null ones as null), valid for the next LLVM call. */
    static PointerPointer<Pointer> of(Pointer... ps) {
        PointerPointer<Pointer> pp = array(ps.length);
        for (int i = 0; i < ps.length; i++) {
            pp.put(i, ps[i]);
        }
        return pp;
    }

    /** An array of at least n pointers for LLVM to fill, valid until SLOTS more are taken. */
    @SuppressWarnings("unchecked")
    static <P extends Pointer> PointerPointer<P> array(int n) {
        Scratch s = LOCAL.get();
        int i = s.next;
        s.next = (i + 1) % SLOTS;
        PointerPointer<Pointer> pp = s.slots[i];
        if (pp == null || pp.capacity() < n) {
            pp = new PointerPointer<>(Math.max(16, Integer.highestOneBit(Math.max(1, n)) * 2L));
            s.slots[i] = pp;
        }
        return (PointerPointer<P>) (PointerPointer<?>) pp;
    }

    /** The given bytes in native memory, valid until the next call of this method on the thread. */
    static BytePointer bytes(byte[] b) {
        Scratch s = LOCAL.get();
        if (s.bytes.capacity() < b.length) {
            s.bytes = new BytePointer(Integer.highestOneBit(b.length) * 2L);
        }
        return s.bytes.put(b, 0, b.length);
    }

    /** A size_t for LLVM to write a length into (LLVMGetValueName2), valid until the next such call. */
    static SizeTPointer length() {
        return LOCAL.get().length;
    }
}
