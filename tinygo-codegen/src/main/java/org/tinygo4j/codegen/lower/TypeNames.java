package org.tinygo4j.codegen.lower;

import java.util.List;
import org.tinygo4j.frontend.types.Array;
import org.tinygo4j.frontend.types.Basic;
import org.tinygo4j.frontend.types.Chan;
import org.tinygo4j.frontend.types.Func;
import org.tinygo4j.frontend.types.Interface;
import org.tinygo4j.frontend.types.MapType;
import org.tinygo4j.frontend.types.Named;
import org.tinygo4j.frontend.types.Pointer;
import org.tinygo4j.frontend.types.Signature;
import org.tinygo4j.frontend.types.Slice;
import org.tinygo4j.frontend.types.Struct;
import org.tinygo4j.frontend.types.Tuple;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.Var;

/**
 * Type names as Go's runtime writes them in panic messages (not as go/types does):
 * named types qualified by package name, byte and rune as uint8 and int32,
 * "interface {}", "struct { a int }". These strings go into type descriptors.
 */
final class TypeNames {
    private TypeNames() {
    }

    static String of(Type t) {
        StringBuilder sb = new StringBuilder();
        write(sb, t);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Type t) {
        switch (t) {
            case Basic b -> sb.append(basicName(b));
            case Named n -> {
                if (n.obj().pkg() != null) {
                    sb.append(n.obj().pkg().name()).append('.');
                }
                sb.append(n.obj().name());
            }
            case Pointer p -> {
                sb.append('*');
                write(sb, p.elem());
            }
            case Slice s -> {
                sb.append("[]");
                write(sb, s.elem());
            }
            case Array a -> {
                sb.append('[').append(a.len()).append(']');
                write(sb, a.elem());
            }
            case MapType m -> {
                sb.append("map[");
                write(sb, m.key());
                sb.append(']');
                write(sb, m.elem());
            }
            case Chan c -> {
                sb.append(switch (c.dir()) {
                    case BOTH -> "chan ";
                    case SEND -> "chan<- ";
                    case RECV -> "<-chan ";
                });
                write(sb, c.elem());
            }
            case Struct s -> {
                if (s.fields().isEmpty()) {
                    sb.append("struct {}");
                    return;
                }
                sb.append("struct { ");
                for (int i = 0; i < s.fields().size(); i++) {
                    Var f = s.fields().get(i);
                    if (i > 0) {
                        sb.append("; ");
                    }
                    if (!f.embedded()) {
                        sb.append(f.name()).append(' ');
                    }
                    write(sb, f.type());
                }
                sb.append(" }");
            }
            case Interface i -> {
                List<Func> ms = i.allMethods();
                if (ms.isEmpty()) {
                    sb.append("interface {}");
                    return;
                }
                sb.append("interface { ");
                for (int k = 0; k < ms.size(); k++) {
                    if (k > 0) {
                        sb.append("; ");
                    }
                    sb.append(ms.get(k).name());
                    signature(sb, ms.get(k).signature());
                }
                sb.append(" }");
            }
            case Signature s -> {
                sb.append("func");
                signature(sb, s);
            }
            case Tuple tu -> sb.append(tu);
            default -> sb.append(t);
        }
    }

    private static void signature(StringBuilder sb, Signature s) {
        sb.append('(');
        List<Var> ps = s.params().vars();
        for (int i = 0; i < ps.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (s.variadic() && i == ps.size() - 1 && ps.get(i).type() instanceof Slice sl) {
                sb.append("...");
                write(sb, sl.elem());
            } else {
                write(sb, ps.get(i).type());
            }
        }
        sb.append(')');
        List<Var> rs = s.results().vars();
        if (rs.size() == 1) {
            sb.append(' ');
            write(sb, rs.get(0).type());
        } else if (rs.size() > 1) {
            sb.append(" (");
            for (int i = 0; i < rs.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                write(sb, rs.get(i).type());
            }
            sb.append(')');
        }
    }

    private static String basicName(Basic b) {
        return switch (b.kind()) {
            case UINT8 -> "uint8";
            case INT32 -> "int32";
            default -> b.name();
        };
    }

    /** The runtime's kind code (runtime/interface.go) for a type's underlying basic type, 0 for others. */
    static int kind(Type t) {
        if (!(t.underlying() instanceof Basic b)) {
            return 0;
        }
        return switch (b.kind()) {
            case BOOL -> 1;
            case INT -> 2;
            case INT8 -> 3;
            case INT16 -> 4;
            case INT32 -> 5;
            case INT64 -> 6;
            case UINT -> 7;
            case UINT8 -> 8;
            case UINT16 -> 9;
            case UINT32 -> 10;
            case UINT64 -> 11;
            case UINTPTR -> 12;
            case STRING -> 13;
            default -> 0;
        };
    }
}
