package org.tinygo4j.frontend.types;

import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Token;
import org.tinygo4j.frontend.types.Operand.Mode;

/**
 * Operators (the spec's "Operators" section; go/types expr.go's unary, binary, shift
 * and comparison): the unary operators (address, receive, arithmetic and logical),
 * the binary ones after matching untyped operands to each other's type (matchTypes),
 * comparisons with the reason why operands cannot be compared, and shifts with the
 * rules for untyped constant operands (a non-constant shift of an untyped constant
 * takes its type from the context, recorded for updateExprType). Constant operands
 * fold (ConstantOps), and a typed constant result must fit its type (overflow). One
 * per Exprs, which dispatches unary and binary expressions here.
 */
final class Operators {
    private final Checker c;
    private final Exprs exprs;

    Operators(Checker c, Exprs exprs) {
        this.c = c;
        this.exprs = exprs;
    }

    void unary(Operand x, Expr.Unary u) {
        if (u.op() == Token.AND) {
            Expr inner = u.x();
            while (inner instanceof Expr.Paren p) {
                inner = p.x();
            }
            exprs.rawExpr(x, u.x(), null, false);
            exprs.exclude(x);
            if (x.invalid()) {
                return;
            }
            if (x.mode != Mode.VARIABLE && !(inner instanceof Expr.CompositeLit)) {
                c.error(x.expr.pos(), "invalid operation: cannot take address of " + c.describe(x));
                x.setInvalid();
                return;
            }
            x.set(Mode.VALUE, new Pointer(x.type));
            return;
        }
        if (u.op() == Token.ARROW) {
            exprs.expr(x, u.x());
            if (x.invalid()) {
                return;
            }
            if (!(Generics.coreType(x.type) instanceof Chan ch)) {
                c.error(x.expr.pos(), "invalid operation: cannot receive from non-channel " + c.describe(x));
                x.setInvalid();
                return;
            }
            if (ch.dir() == Expr.ChanDir.SEND) {
                c.error(x.expr.pos(), "invalid operation: cannot receive from send-only channel " + c.describe(x));
                x.setInvalid();
                return;
            }
            x.set(Mode.COMMAOK, ch.elem());
            return;
        }
        if (u.op() == Token.TILDE) {
            c.error(u.pos(), "invalid use of ~ outside a type constraint");
            x.setInvalid();
            return;
        }
        exprs.expr(x, u.x());
        if (x.invalid()) {
            return;
        }
        Basic b = x.type.underlying() instanceof Basic bb ? bb : null;
        boolean ok = Generics.allBasic(x.type, bt -> switch (u.op()) {
            case ADD, SUB -> bt.isNumeric();
            case XOR -> bt.isInteger();
            case NOT -> bt.isBoolean();
            default -> false;
        });
        if (!ok) {
            c.error(x.expr.pos(), "invalid operation: operator " + u.op().text() + " not defined on " + c.describe(x));
            x.setInvalid();
            return;
        }
        if (x.mode == Mode.CONSTANT) {
            x.val = ConstantOps.unary(u.op(), x.val, b, c.sizes);
            x.expr = u;
            overflow(x);
            return;
        }
        x.mode = Mode.VALUE;
    }

    /** A typed constant result must be representable by its type: "c * 2 (constant 200 of type int8) overflows int8". */
    void overflow(Operand x) {
        if (x.invalid() || x.mode != Mode.CONSTANT) {
            return;
        }
        if (x.type.underlying() instanceof Basic b && !b.isUntyped()) {
            ConstantOps.Rep r = ConstantOps.representable(x.val, b, c.sizes);
            if (r.failure() != ConstantOps.Failure.NONE) {
                String how = r.failure() == ConstantOps.Failure.TRUNCATED ? " truncated to " : " overflows ";
                c.error(x.expr.pos(), c.describe(x) + how + c.typeString(x.type));
                x.setInvalid();
                return;
            }
            x.val = r.value();
        } else if (x.val instanceof Constant.IntVal iv && iv.value().abs().bitLength() > 512) {
            // untyped integer constants have 512 bits, as in gc; the message names the operation
            String op = switch (x.expr) {
                case Expr.Binary bin -> switch (bin.op()) {
                    case ADD -> "addition ";
                    case SUB -> "subtraction ";
                    case MUL -> "multiplication ";
                    case XOR -> "bitwise XOR ";
                    case SHL -> "shift ";
                    default -> "";
                };
                case Expr.Unary un when un.op() == Token.XOR -> "bitwise complement ";
                default -> "";
            };
            c.error(x.expr instanceof Expr.Binary bin ? bin.opPos() : x.expr.pos(), "constant " + op + "overflow");
            x.setInvalid();
        }
    }

    private static int untypedRank(Basic b) {
        return switch (b.kind()) {
            case UNTYPED_INT -> 1;
            case UNTYPED_RUNE -> 2;
            case UNTYPED_FLOAT -> 3;
            case UNTYPED_COMPLEX -> 4;
            default -> 0;
        };
    }

    /** Converts untyped operands towards each other's type, as go/types' matchTypes. */
    private void matchTypes(Operand x, Operand y) {
        boolean xu = x.type instanceof Basic bx && bx.isUntyped();
        boolean yu = y.type instanceof Basic by && by.isUntyped();
        if (xu && yu) {
            Basic bx = (Basic) x.type;
            Basic by = (Basic) y.type;
            int rx = untypedRank(bx);
            int ry = untypedRank(by);
            if (rx > 0 && ry > 0) {
                Basic t = rx >= ry ? bx : by;
                c.assign.convertUntyped(x, t);
                c.assign.convertUntyped(y, t);
            } else if (x.isNil() != y.isNil()) {
                // untyped nil against another untyped: mismatch reported by the caller
                return;
            }
            return;
        }
        if (xu && mayConvert(x, y)) {
            c.assign.convertUntyped(x, y.type);
        } else if (yu && mayConvert(y, x)) {
            c.assign.convertUntyped(y, x.type);
        }
    }

    private boolean mayConvert(Operand untyped, Operand typed) {
        Type tu = typed.type.underlying();
        Basic b = (Basic) untyped.type;
        if (untyped.isNil()) {
            return Assignments.hasNil(typed.type);
        }
        if (tu instanceof Basic tb) {
            if (b.isNumeric() && tb.isNumeric() || b.isString() && tb.isString() || b.isBoolean() && tb.isBoolean()) {
                return true;
            }
            return false;
        }
        return tu instanceof Interface || tu instanceof TypeParam;
    }

    void binary(Operand x, Expr.Binary e) {
        Operand y = new Operand();
        exprs.expr(x, e.x());
        exprs.expr(y, e.y());
        if (x.invalid()) {
            return;
        }
        if (y.invalid()) {
            x.setInvalid();
            x.expr = y.expr;
            return;
        }
        matchTypes(x, y);
        if (x.invalid() || y.invalid()) {
            x.setInvalid();
            return;
        }
        if (e.op().isComparison()) {
            comparison(x, y, e);
            return;
        }
        if (!Types.identical(x.type, y.type)) {
            if (x.type != Universe.INVALID && y.type != Universe.INVALID) {
                c.error(e.pos(), "invalid operation: " + ExprString.of(e) + " (mismatched types "
                        + c.typeString(x.type) + " and " + c.typeString(y.type) + ")");
            }
            x.setInvalid();
            return;
        }
        if (!opAllowed(e.op(), x.type)) {
            c.error(e.pos(), "invalid operation: operator " + e.op().text() + " not defined on " + c.describe(x));
            x.setInvalid();
            return;
        }
        boolean isInt = Generics.allBasic(x.type, Basic::isInteger);
        if ((e.op() == Token.QUO || e.op() == Token.REM) && (x.mode == Mode.CONSTANT || isInt)
                && y.mode == Mode.CONSTANT && isZero(y.val)) {
            c.error(y.expr.pos(), "invalid operation: division by zero");
            x.setInvalid();
            return;
        }
        if (x.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT) {
            Constant v = ConstantOps.binary(x.val, e.op(), y.val, isInt);
            if (v == null) {
                c.error(y.expr.pos(), "invalid operation: division by zero");
                x.setInvalid();
                return;
            }
            if (x.type instanceof Basic b && b.isUntyped()) {
                v = ConstantOps.toKind(v, b.kind());
            }
            x.val = v;
            x.expr = e;
            overflow(x);
            return;
        }
        x.mode = Mode.VALUE;
    }

    private static boolean isZero(Constant v) {
        return switch (v) {
            case Constant.IntVal i -> i.value().signum() == 0;
            case Constant.FloatVal f -> f.num().signum() == 0;
            case Constant.BigFloatVal b -> b.mant().signum() == 0;
            case Constant.ComplexVal cv -> cv.re().num().signum() == 0 && cv.im().num().signum() == 0;
            default -> false;
        };
    }

    private static boolean opAllowed(Token op, Type t) {
        return Generics.allBasic(t, b -> switch (op) {
            case ADD -> b.isNumeric() || b.isString();
            case SUB, MUL, QUO -> b.isNumeric();
            case REM, AND, OR, XOR, AND_NOT -> b.isInteger();
            case LAND, LOR -> b.isBoolean();
            default -> false;
        });
    }

    private void comparison(Operand x, Operand y, Expr.Binary e) {
        String err = null;
        int errPos = e.pos();
        boolean ok = c.assign.assignableTo(x, y.type) || c.assign.assignableTo(y, x.type);
        if (!ok) {
            errPos = y.expr.pos();
            err = "mismatched types " + c.typeString(x.type) + " and " + c.typeString(y.type);
        } else if (e.op() == Token.EQL || e.op() == Token.NEQ) {
            if (x.isNil() || y.isNil()) {
                Type t = x.isNil() ? y.type : x.type;
                if (!Assignments.hasNil(t) && !(t instanceof Basic bt && bt.kind() == Basic.Kind.UNTYPED_NIL)) {
                    err = "mismatched types " + c.typeString(x.type) + " and " + c.typeString(y.type);
                } else if (x.isNil() && y.isNil()) {
                    err = "operator " + e.op().text() + " not defined on nil";
                }
            } else if (!c.assign.comparable(x.type)) {
                err = incomparableCause(x.type);
            } else if (!c.assign.comparable(y.type)) {
                errPos = y.expr.pos();
                err = incomparableCause(y.type);
            }
        } else if (!isOrdered(x.type)) {
            err = "operator " + e.op().text() + " not defined on " + c.describe(x);
        }
        if (err != null) {
            c.error(errPos, "invalid operation: " + ExprString.of(e) + " (" + err + ")");
            x.setInvalid();
            return;
        }
        if (x.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT) {
            x.setConst(Universe.UNTYPED_BOOL, new Constant.BoolVal(ConstantOps.compare(x.val, e.op(), y.val)));
        } else {
            if (x.type instanceof Basic bx && bx.isUntyped()) {
                c.assign.convertUntyped(x, Universe.defaultType(x.type));
            }
            if (y.type instanceof Basic by && by.isUntyped()) {
                c.assign.convertUntyped(y, Universe.defaultType(y.type));
            }
            x.set(Mode.VALUE, Universe.UNTYPED_BOOL);
        }
        x.expr = e;
    }

    private String incomparableCause(Type t) {
        return switch (t.underlying()) {
            case Slice s -> "slice can only be compared to nil";
            case MapType m -> "map can only be compared to nil";
            case Signature s -> "func can only be compared to nil";
            case Struct s -> {
                for (Var f : s.fields()) {
                    if (!c.assign.comparable(f.type())) {
                        yield "struct containing " + c.typeString(f.type()) + " cannot be compared";
                    }
                }
                yield c.typeString(t) + " cannot be compared";
            }
            case Array a -> c.typeString(t) + " cannot be compared";
            default -> c.typeString(t) + " cannot be compared";
        };
    }

    static boolean isOrdered(Type t) {
        return Generics.allBasic(t, b -> b.isInteger() || b.isFloat() || b.isString());
    }

    void shift(Operand x, Expr.Binary e) {
        Operand y = new Operand();
        exprs.expr(x, e.x());
        exprs.expr(y, e.y());
        if (x.invalid()) {
            return;
        }
        if (y.invalid()) {
            x.setInvalid();
            return;
        }
        // the shift count
        Constant.IntVal count = null;
        if (y.mode == Mode.CONSTANT) {
            count = ConstantOps.toInt(y.val);
            if (count != null && count.value().signum() < 0) {
                c.error(y.expr.pos(), "invalid operation: negative shift count " + c.describe(y));
                x.setInvalid();
                return;
            }
            if (y.type instanceof Basic yb3 && yb3.isUntyped()) {
                c.assign.convertUntyped(y, Universe.UINT);
                if (y.invalid()) {
                    x.setInvalid();
                    return;
                }
            }
            if (count == null || !(y.type.underlying() instanceof Basic yb && yb.isInteger())) {
                c.error(y.expr.pos(), "invalid operation: shift count " + c.describe(y) + " must be integer");
                x.setInvalid();
                return;
            }
        } else {
            if (y.type instanceof Basic yb && yb.isUntyped()) {
                c.assign.convertUntyped(y, Universe.UINT);
                if (y.invalid()) {
                    x.setInvalid();
                    return;
                }
            }
            if (!Generics.allBasic(y.type, Basic::isInteger)) {
                c.error(y.expr.pos(), "invalid operation: shift count " + c.describe(y) + " must be integer");
                x.setInvalid();
                return;
            }
            if (!c.allowVersion(13) && !Generics.allBasic(y.type, Basic::isUnsigned)) {
                c.versionError(y.expr.pos(), "invalid operation: signed shift count " + c.describe(y), 13);
                x.setInvalid();
                return;
            }
        }
        // the shifted operand
        if (x.mode == Mode.CONSTANT) {
            Basic xb = x.type.underlying() instanceof Basic bb ? bb : null;
            boolean untyped = xb != null && xb.isUntyped();
            Constant.IntVal xv = ConstantOps.toInt(x.val);
            if (xb == null || xv == null || !(xb.isInteger() || untyped && xb.isNumeric())) {
                c.error(x.expr.pos(), "invalid operation: shifted operand " + c.describe(x) + " must be integer");
                x.setInvalid();
                return;
            }
            if (y.mode == Mode.CONSTANT) {
                if (count.value().compareTo(java.math.BigInteger.valueOf(1023 - 1 + 52)) > 0) {
                    c.error(y.expr.pos(), "invalid shift count " + c.describe(y));
                    x.setInvalid();
                    return;
                }
                if (untyped) {
                    x.type = Universe.UNTYPED_INT;
                    if (xb.kind() == Basic.Kind.UNTYPED_RUNE) {
                        x.type = Universe.UNTYPED_RUNE;
                    }
                }
                x.val = ConstantOps.shift(xv, e.op(), count.value().longValue());
                x.expr = e;
                overflow(x);
                return;
            }
            if (untyped) {
                Checker.Untyped u = c.untyped.get(x.expr);
                if (u != null) {
                    c.untyped.put(x.expr, new Checker.Untyped(true, e, u.mode(), u.type(), u.val()));
                }
                x.mode = Mode.VALUE;
                x.val = null;
                return;
            }
        }
        if (Assignments.isUntyped(x.type) && !x.isNil()) {
            // an untyped non-constant operand (itself a delayed shift): its final type decides
            Checker.Untyped u = c.untyped.get(x.expr);
            if (u != null) {
                c.untyped.put(x.expr, new Checker.Untyped(true, e, u.mode(), u.type(), u.val()));
            }
            x.mode = Mode.VALUE;
            x.val = null;
            return;
        }
        if (!Generics.allBasic(x.type, Basic::isInteger)) {
            c.error(x.expr.pos(), "invalid operation: shifted operand " + c.describe(x) + " must be integer");
            x.setInvalid();
            return;
        }
        x.mode = Mode.VALUE;
        x.val = null;
    }
}
