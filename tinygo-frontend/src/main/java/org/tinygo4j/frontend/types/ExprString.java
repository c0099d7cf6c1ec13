package org.tinygo4j.frontend.types;

import java.util.List;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Field;

/** Prints an expression as gc does in diagnostics (go/types ExprString: short, source-like). */
final class ExprString {
    private ExprString() {
    }

    static String of(Expr e) {
        StringBuilder sb = new StringBuilder();
        write(sb, e);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Expr e) {
        switch (e) {
            case null -> {
            }
            case Expr.Ident id -> sb.append(id.name());
            case Expr.BasicLit l -> sb.append(l.value());
            case Expr.CompositeLit c -> {
                write(sb, c.type());
                sb.append(c.elts().isEmpty() ? "{}" : "{…}");
            }
            case Expr.FuncLit f -> {
                sb.append("(");
                write(sb, f.type());
                sb.append(" literal)");
            }
            case Expr.Paren p -> {
                sb.append('(');
                write(sb, p.x());
                sb.append(')');
            }
            case Expr.Selector s -> {
                write(sb, s.x());
                sb.append('.').append(s.sel().name());
            }
            case Expr.Index i -> {
                write(sb, i.x());
                sb.append('[');
                list(sb, i.indices());
                sb.append(']');
            }
            case Expr.SliceExpr s -> {
                write(sb, s.x());
                sb.append('[');
                write(sb, s.low());
                sb.append(':');
                write(sb, s.high());
                if (s.slice3()) {
                    sb.append(':');
                    write(sb, s.max());
                }
                sb.append(']');
            }
            case Expr.TypeAssert t -> {
                write(sb, t.x());
                sb.append(".(");
                if (t.type() == null) {
                    sb.append("type");
                } else {
                    write(sb, t.type());
                }
                sb.append(')');
            }
            case Expr.Call c -> {
                write(sb, c.fun());
                sb.append('(');
                list(sb, c.args());
                if (c.hasEllipsis()) {
                    sb.append("...");
                }
                sb.append(')');
            }
            case Expr.Star s -> {
                sb.append('*');
                write(sb, s.x());
            }
            case Expr.Unary u -> {
                sb.append(u.op().text());
                write(sb, u.x());
            }
            case Expr.Binary b -> {
                write(sb, b.x());
                sb.append(' ').append(b.op().text()).append(' ');
                write(sb, b.y());
            }
            case Expr.KeyValue kv -> {
                write(sb, kv.key());
                sb.append(": ");
                write(sb, kv.value());
            }
            case Expr.ArrayType a -> {
                sb.append('[');
                write(sb, a.len());
                sb.append(']');
                write(sb, a.elem());
            }
            case Expr.StructType s -> {
                sb.append("struct{");
                fields(sb, s.fields(), "; ");
                sb.append('}');
            }
            case Expr.FuncType f -> {
                sb.append("func(");
                fields(sb, f.params(), ", ");
                sb.append(')');
                if (f.results() != null && !f.results().isEmpty()) {
                    sb.append(' ');
                    boolean paren = f.results().size() > 1 || !f.results().get(0).names().isEmpty();
                    if (paren) {
                        sb.append('(');
                    }
                    fields(sb, f.results(), ", ");
                    if (paren) {
                        sb.append(')');
                    }
                }
            }
            case Expr.InterfaceType i -> {
                sb.append("interface{");
                if (!i.elements().isEmpty()) {
                    sb.append("…");
                }
                sb.append('}');
            }
            case Expr.MapType m -> {
                sb.append("map[");
                write(sb, m.key());
                sb.append(']');
                write(sb, m.value());
            }
            case Expr.ChanType c -> {
                sb.append(switch (c.dir()) {
                    case BOTH -> "chan ";
                    case SEND -> "chan<- ";
                    case RECV -> "<-chan ";
                });
                write(sb, c.value());
            }
            case Expr.Ellipsis el -> {
                sb.append("...");
                write(sb, el.elt());
            }
            case Expr.Bad b -> sb.append("BadExpr");
        }
    }

    private static void list(StringBuilder sb, List<Expr> es) {
        for (int i = 0; i < es.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            write(sb, es.get(i));
        }
    }

    private static void fields(StringBuilder sb, List<Field> fs, String sep) {
        for (int i = 0; i < fs.size(); i++) {
            if (i > 0) {
                sb.append(sep);
            }
            Field f = fs.get(i);
            for (int j = 0; j < f.names().size(); j++) {
                sb.append(j > 0 ? ", " : "").append(f.names().get(j).name());
            }
            if (!f.names().isEmpty()) {
                sb.append(' ');
            }
            write(sb, f.type());
        }
    }
}
