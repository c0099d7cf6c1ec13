package org.tinygo4j.frontend.types;

import java.util.ArrayList;
import java.util.List;

/**
 * Sizes and alignments of types for one target, as unsafe.Sizeof sees them and as the
 * code generator lays data out: pointer size (2, 4 or 8 bytes), the size of int/uint
 * (4 or 8; at least 4 by the Go spec even where pointers are 2 bytes), and the largest
 * alignment (1 on AVR).
 */
public record TypeSizes(int ptrSize, int intSize, int maxAlign) {

    public long sizeof(Type t) {
        Type u = t.underlying();
        return switch (u) {
            case Basic b -> basicSize(b);
            case Pointer p -> ptrSize;
            case Slice s -> 3L * ptrSize;
            case MapType m -> ptrSize;
            case Chan c -> ptrSize;
            case Signature s -> 2L * ptrSize;
            case Interface i -> 2L * ptrSize;
            case Array a -> a.len() == 0 ? 0 : align(sizeof(a.elem()), alignof(a.elem())) * (a.len() - 1) + sizeof(a.elem());
            case Struct s -> structSize(s);
            case Tuple tu -> structSize(new Struct(tu.vars(), List.of()));
            default -> ptrSize;
        };
    }

    public long alignof(Type t) {
        Type u = t.underlying();
        long a = switch (u) {
            case Array arr -> alignof(arr.elem());
            case Struct s -> {
                long m = 1;
                for (Var f : s.fields()) {
                    m = Math.max(m, alignof(f.type()));
                }
                yield m;
            }
            case Basic b when b.kind() == Basic.Kind.STRING -> ptrSize;
            case Basic b when b.isComplex() -> sizeof(b) / 2;
            case Slice s -> ptrSize;
            case Interface i -> ptrSize;
            case Signature s -> ptrSize;
            default -> Math.max(1, sizeof(u));
        };
        return Math.min(Math.max(a, 1), maxAlign);
    }

    /** Byte offsets of the fields of a struct. */
    public List<Long> offsetsof(Struct s) {
        List<Long> offs = new ArrayList<>();
        long off = 0;
        for (Var f : s.fields()) {
            off = align(off, alignof(f.type()));
            offs.add(off);
            off += sizeof(f.type());
        }
        return offs;
    }

    private long structSize(Struct s) {
        long off = 0;
        long max = 1;
        for (Var f : s.fields()) {
            long a = alignof(f.type());
            max = Math.max(max, a);
            off = align(off, a) + sizeof(f.type());
        }
        return align(off, max);
    }

    private long basicSize(Basic b) {
        return switch (b.kind()) {
            case BOOL, INT8, UINT8 -> 1;
            case INT16, UINT16 -> 2;
            case INT32, UINT32, FLOAT32 -> 4;
            case INT64, UINT64, FLOAT64, COMPLEX64 -> 8;
            case COMPLEX128 -> 16;
            case INT, UINT -> intSize;
            case UINTPTR, UNSAFE_POINTER -> ptrSize;
            case STRING -> 2L * ptrSize;
            default -> ptrSize;
        };
    }

    static long align(long x, long a) {
        return (x + a - 1) / a * a;
    }
}
