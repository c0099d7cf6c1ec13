package org.tinygo4j.frontend.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.tinygo4j.frontend.ast.Expr;

/**
 * The checker's working description of an expression being checked: what kind of
 * operand it is (mode), its type, its constant value and, for builtins, which one.
 * Mutable scratch state of the checker; the result lands in Info as a TypeAndValue.
 */
final class Operand {
    enum Mode { INVALID, NOVALUE, BUILTIN, TYPEXPR, CONSTANT, VARIABLE, MAPINDEX, VALUE, COMMAOK }

    Mode mode = Mode.INVALID;
    Expr expr;
    Type type;
    Constant val;
    Builtin.Id builtin;

    boolean invalid() {
        return mode == Mode.INVALID;
    }

    void setInvalid() {
        mode = Mode.INVALID;
    }

    void set(Mode m, Type t) {
        mode = m;
        type = t;
        val = null;
    }

    void setConst(Type t, Constant v) {
        mode = Mode.CONSTANT;
        type = t;
        val = v;
    }

    void copyFrom(Operand o) {
        mode = o.mode;
        expr = o.expr;
        type = o.type;
        val = o.val;
        builtin = o.builtin;
    }

    /** Whether the operand may be used in a comma-ok assignment (map index, receive, type assertion). */
    boolean commaOkAble() {
        return mode == Mode.COMMAOK || mode == Mode.MAPINDEX;
    }

    boolean isNil() {
        return mode == Mode.VALUE && type instanceof Basic b && b.kind() == Basic.Kind.UNTYPED_NIL;
    }

    TypeAndValue.Mode tvMode() {
        return switch (mode) {
            case NOVALUE -> TypeAndValue.Mode.NOVALUE;
            case BUILTIN -> TypeAndValue.Mode.BUILTIN;
            case TYPEXPR -> TypeAndValue.Mode.TYPEXPR;
            case CONSTANT -> TypeAndValue.Mode.CONSTANT;
            case VARIABLE -> TypeAndValue.Mode.VARIABLE;
            case MAPINDEX -> TypeAndValue.Mode.MAPINDEX;
            case COMMAOK -> TypeAndValue.Mode.COMMAOK;
            default -> TypeAndValue.Mode.VALUE;
        };
    }

    /** gc's description of an operand: {@code x (variable of type int)}, {@code 300 (untyped int constant)}. */
    String describe(Package rel) {
        String es = ExprString.of(expr);
        if (isNil()) {
            return "nil";
        }
        StringBuilder sb = new StringBuilder(es).append(" (");
        boolean hasType = false;
        switch (mode) {
            case INVALID, NOVALUE, BUILTIN, TYPEXPR -> {
            }
            default -> {
                if (type != null) {
                    if (type instanceof Basic b && b.isUntyped()) {
                        sb.append(b.name()).append(' ');
                    } else {
                        hasType = true;
                    }
                }
            }
        }
        sb.append(switch (mode) {
            case INVALID -> "invalid operand";
            case NOVALUE -> "no value";
            case BUILTIN -> "built-in";
            case TYPEXPR -> "type";
            case CONSTANT -> "constant";
            case VARIABLE -> "variable";
            case MAPINDEX -> "map index expression";
            case VALUE -> "value";
            case COMMAOK -> "comma, ok expression";
        });
        if (mode == Mode.CONSTANT && val != null) {
            String vs = valueString(val);
            if (!vs.equals(es)) {
                sb.append(' ').append(vs);
            }
        }
        if (hasType) {
            if (type == Universe.INVALID) {
                sb.append(" with invalid type");
            } else {
                sb.append(" of type ").append(Types.typeString(type, rel));
            }
        }
        return sb.append(')').toString();
    }

    /** A constant as go/constant prints it (short float form, quoted strings). */
    static String valueString(Constant c) {
        return switch (c) {
            case Constant.IntVal i -> i.value().toString();
            case Constant.BoolVal b -> Boolean.toString(b.value());
            case Constant.FloatVal f -> floatString(f);
            case Constant.BigFloatVal b -> b.toString();
            case Constant.ComplexVal x -> "(" + floatString(x.re()) + " + " + floatString(x.im()) + "i)";
            case Constant.StringVal s -> quote(s.bytes());
        };
    }

    static String floatString(Constant.FloatVal f) {
        if (f.den().equals(BigInteger.ONE) && f.num().bitLength() < 64) {
            return f.num().toString();
        }
        double d = f.toDouble();
        if (d == Math.rint(d) && Math.abs(d) < 1e21) {
            return new BigDecimal(d).toBigInteger().toString();
        }
        String s = String.format("%.6g", d);
        if (s.contains("e")) {
            String mant = s.substring(0, s.indexOf('e'));
            String exp = s.substring(s.indexOf('e') + 1);
            if (mant.contains(".")) {
                mant = mant.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            int e = Integer.parseInt(exp);
            return mant + "e" + (e < 0 ? "-" : "+") + (Math.abs(e) < 10 ? "0" : "") + Math.abs(e);
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    static String quote(byte[] b) {
        String s = new String(b, StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (cp < 0x20 || cp == 0x7f) {
                        sb.append(String.format("\\x%02x", cp));
                    } else {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        return sb.append('"').toString();
    }
}
