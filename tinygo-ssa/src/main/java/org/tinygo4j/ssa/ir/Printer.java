package org.tinygo4j.ssa.ir;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.tinygo4j.frontend.types.Types;

/**
 * The textual form of SSA functions, used by golden-file tests and for debugging.
 * Values are numbered %0, %1, ... in order of definition within each function.
 */
public final class Printer {
    private final Map<Value, String> names = new IdentityHashMap<>();
    private final StringBuilder out = new StringBuilder();

    private Printer() {
    }

    public static String print(Function f) {
        Printer p = new Printer();
        p.function(f);
        return p.out.toString();
    }

    public static String print(Program prog) {
        StringBuilder sb = new StringBuilder();
        for (Global g : prog.globals()) {
            sb.append("var ").append(g.linkName()).append(' ').append(Types.typeString(g.elemType()));
            if (g.initializer() != null) {
                Const c = g.initializer();
                sb.append(" = ").append(c.ieeeBits() != null ? "ieee" + java.util.Arrays.toString(c.ieeeBits())
                        : c.target() == null ? String.valueOf(c.value())
                        : c.sliceLen() < 0 ? "&" + c.target().linkName()
                        : c.target().linkName() + "[:" + c.sliceLen() + "]");
            }
            sb.append('\n');
        }
        for (Function f : prog.functions()) {
            sb.append(print(f));
        }
        return sb.toString();
    }

    private void function(Function f) {
        out.append("func ").append(f.linkName()).append(Types.typeString(f.signature()).substring(4));
        if (f.blocks().isEmpty()) {
            out.append(" // ").append(f.kind().name().toLowerCase()).append('\n');
            return;
        }
        out.append(":\n");
        for (Param p : f.params()) {
            names.put(p, p.name().isEmpty() ? "%p" + p.index() : p.name());
        }
        int n = 0;
        for (BasicBlock b : f.blocks()) {
            for (Instr i : b.instrs()) {
                if (i.type() != null) {
                    names.put(i, "%" + n++);
                }
            }
        }
        for (BasicBlock b : f.blocks()) {
            out.append(b.index()).append(": ; ").append(b.comment());
            if (!b.preds().isEmpty()) {
                out.append(" <- ");
                for (int k = 0; k < b.preds().size(); k++) {
                    out.append(k == 0 ? "" : ", ").append(b.preds().get(k).index());
                }
            }
            out.append('\n');
            for (Instr i : b.instrs()) {
                out.append("    ");
                if (i.type() != null) {
                    out.append(names.get(i)).append(" = ");
                }
                out.append(instr(i));
                if (i.type() != null) {
                    out.append(" : ").append(Types.typeString(i.type()));
                }
                out.append('\n');
            }
        }
    }

    private String instr(Instr i) {
        return switch (i) {
            case Instr.Alloc a -> (a.heap() ? "new " : "local ") + Types.typeString(a.elemType())
                    + (a.comment() == null ? "" : " (" + a.comment() + ")");
            case Instr.Load l -> (l.isVolatile() ? "volatile *" : "*") + v(l.addr());
            case Instr.Store s -> (s.isVolatile() ? "volatile *" : "*") + v(s.addr()) + " = " + v(s.value());
            case Instr.BinOp b -> v(b.x()) + " " + b.op().text() + " " + v(b.y());
            case Instr.UnOp u -> u.op().text() + v(u.x());
            case Instr.Convert c -> "convert " + Types.typeString(c.type()) + " <- " + v(c.x());
            case Instr.Call c -> c.callee().linkName() + "(" + list(c.args()) + ")";
            case Instr.MakeClosure mc -> "closure " + mc.fn().linkName() + " [" + list(mc.bindings()) + "]";
            case Instr.CallValue cv -> "call " + v(cv.fn()) + "(" + list(cv.args()) + ")";
            case Instr.BuiltinCall c -> c.id().name().toLowerCase() + "(" + list(c.args()) + ")";
            case Instr.Extract e -> "extract " + v(e.tuple()) + " #" + e.index();
            case Instr.Field f -> v(f.x()) + ".#" + f.field();
            case Instr.FieldAddr f -> "&" + v(f.x()) + ".#" + f.field();
            case Instr.IndexAddr x -> "&" + v(x.x()) + "[" + v(x.index()) + "]";
            case Instr.StringIndex x -> v(x.str()) + "[" + v(x.index()) + "]";
            case Instr.MakeSlice m -> "make " + Types.typeString(m.type()) + " " + v(m.len()) + ", " + v(m.cap());
            case Instr.Slice sl -> v(sl.x()) + "[" + (sl.low() == null ? "" : v(sl.low())) + ":"
                    + (sl.high() == null ? "" : v(sl.high())) + (sl.max() == null ? "" : ":" + v(sl.max())) + "]";
            case Instr.Jump j -> "jump " + j.target().index();
            case Instr.If f -> "if " + v(f.cond()) + " goto " + f.then().index() + " else " + f.els().index();
            case Instr.Return r -> "return" + (r.results().isEmpty() ? "" : " " + list(r.results()));
            case Instr.Unreachable u -> "unreachable";
            case Instr.MakeInterface mi -> "make " + Types.typeString(mi.type()) + " <- " + v(mi.x());
            case Instr.TypeAssert ta -> "typeassert" + (ta.commaOk() ? ",ok " : " ") + v(ta.x()) + ".("
                    + Types.typeString(ta.asserted()) + ")";
            case Instr.Invoke iv -> (iv.deferred() ? "invoke.deferred " : "invoke ") + v(iv.x()) + "." + iv.method().name() + "(" + list(iv.args()) + ")";
        };
    }

    private String list(List<Value> vs) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < vs.size(); k++) {
            sb.append(k == 0 ? "" : ", ").append(v(vs.get(k)));
        }
        return sb.toString();
    }

    private String v(Value x) {
        return switch (x) {
            case Const c -> c.ieeeBits() != null ? "ieee" + java.util.Arrays.toString(c.ieeeBits()) + ":"
                    + Types.typeString(c.type()) : c.value() == null ? "zero" : (c.value() instanceof org.tinygo4j.frontend.types.Constant.StringVal s
                    ? "\"" + s + "\"" : c.value().toString()) + ":" + Types.typeString(c.type());
            case Global g -> "@" + g.linkName();
            case Function f -> f.linkName();
            default -> names.getOrDefault(x, "?");
        };
    }
}
