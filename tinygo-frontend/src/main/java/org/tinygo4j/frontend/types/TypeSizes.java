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
        return layout(t).size;
    }

    public long alignof(Type t) {
        return layout(t).align;
    }

    /** Size and alignment found in one walk: asking for each separately doubled the work per level of nesting. */
    private record Layout(long size, long align) {
    }

    private Layout layout(Type t) {
        Type u = t.underlying();
        return switch (u) {
            case Array a -> {
                Layout e = layout(a.elem());
                yield new Layout(a.len() == 0 ? 0 : align(e.size, e.align) * (a.len() - 1) + e.size, e.align);
            }
            case Struct s -> structLayout(s.fields());
            case Tuple tu -> structLayout(tu.vars());
            default -> {
                long size = switch (u) {
                    case Basic b -> basicSize(b);
                    case Slice sl -> 3L * ptrSize;
                    case Signature sg -> 2L * ptrSize;
                    case Interface i -> 2L * ptrSize;
                    default -> ptrSize;
                };
                long a = switch (u) {
                    case Basic b when b.kind() == Basic.Kind.STRING -> ptrSize;
                    case Basic b when b.isComplex() -> size / 2;
                    case Slice sl -> ptrSize;
                    case Interface i -> ptrSize;
                    case Signature sg -> ptrSize;
                    default -> Math.max(1, size);
                };
                yield new Layout(size, Math.min(Math.max(a, 1), maxAlign));
            }
        };
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

    private Layout structLayout(List<Var> fields) {
        long off = 0;
        long max = 1;
        for (Var f : fields) {
            Layout l = layout(f.type());
            max = Math.max(max, l.align);
            off = align(off, l.align) + l.size;
        }
        return new Layout(align(off, max), Math.min(max, maxAlign));
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
