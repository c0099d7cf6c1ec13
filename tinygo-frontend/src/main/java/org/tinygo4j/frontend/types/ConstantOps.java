package org.tinygo4j.frontend.types;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.tinygo4j.frontend.ast.Expr.LitKind;
import org.tinygo4j.frontend.ast.Token;
import org.tinygo4j.frontend.types.Constant.BigFloatVal;
import org.tinygo4j.frontend.types.Constant.BoolVal;
import org.tinygo4j.frontend.types.Constant.ComplexVal;
import org.tinygo4j.frontend.types.Constant.FloatVal;
import org.tinygo4j.frontend.types.Constant.IntVal;
import org.tinygo4j.frontend.types.Constant.StringVal;

/**
 * Exact constant arithmetic as go/constant performs it: literal values, unary and
 * binary operations, shifts and comparisons on arbitrary-precision integers and
 * exact rationals, and the representability test that decides whether a constant
 * fits a basic type (rounding floats to the type's precision). Pure functions.
 */
public final class ConstantOps {
    private ConstantOps() {
    }

    static final FloatVal ZERO_F = new FloatVal(BigInteger.ZERO, BigInteger.ONE);

    // ---- literals ----

    /** The value of a literal, or null if malformed. */
    public static Constant fromLiteral(LitKind kind, String text) {
        try {
            return switch (kind) {
                case INT -> new IntVal(parseInt(text.replace("_", "")));
                case FLOAT -> parseFloat(text.replace("_", ""));
                case IMAG -> {
                    String t = text.replace("_", "");
                    t = t.substring(0, t.length() - 1);
                    String lower = t.toLowerCase();
                    FloatVal im;
                    if (t.matches("[0-9]+")) {
                        im = new FloatVal(new BigInteger(t, 10), BigInteger.ONE);
                    } else if (lower.matches("0[xob][0-9a-f]+")) {
                        im = new FloatVal(parseInt(t), BigInteger.ONE);
                    } else {
                        im = toFloat(parseFloat(t));
                    }
                    yield new ComplexVal(ZERO_F, im);
                }
                case CHAR -> {
                    byte[] b = unquote(text.substring(1, text.length() - 1), '\'');
                    String s = new String(b, StandardCharsets.UTF_8);
                    int cp = text.startsWith("'\\x") || text.startsWith("'\\0") || text.startsWith("'\\1")
                            || text.startsWith("'\\2") || text.startsWith("'\\3") ? (b[0] & 0xff) : s.codePointAt(0);
                    yield IntVal.of(cp);
                }
                case STRING -> text.startsWith("`")
                        ? StringVal.of(text.substring(1, text.length() - 1).replace("\r", ""))
                        : new StringVal(unquote(text.substring(1, text.length() - 1), '"'));
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static BigInteger parseInt(String t) {
        if (t.length() > 1 && t.charAt(0) == '0') {
            char c = Character.toLowerCase(t.charAt(1));
            if (c == 'x') {
                return new BigInteger(t.substring(2), 16);
            } else if (c == 'b') {
                return new BigInteger(t.substring(2), 2);
            } else if (c == 'o') {
                return new BigInteger(t.substring(2), 8);
            }
            return new BigInteger(t.substring(1), 8);
        }
        return new BigInteger(t);
    }

    /**
     * Literal exponents up to this magnitude give exact rationals; beyond it (the integers
     * would have millions of digits) a 512-bit binary float stands for the value.
     */
    static final int MAX_EXACT_EXPONENT = 10000;

    private static final java.util.regex.Pattern EXPONENT = java.util.regex.Pattern.compile("[ep]([+-]?)(\\d+)$");

    private static Constant parseFloat(String t) {
        String lower = t.toLowerCase();
        java.util.regex.Matcher em = EXPONENT.matcher(lower);
        if (em.find() && (em.group(2).length() > 6 || Integer.parseInt(em.group(2)) > MAX_EXACT_EXPONENT)) {
            return parseHugeFloat(lower, em);
        }
        if (lower.startsWith("0x")) {
            int p = lower.indexOf('p');
            String mant = lower.substring(2, p < 0 ? lower.length() : p);
            int exp = p < 0 ? 0 : Integer.parseInt(lower.substring(p + 1).replace("+", ""));
            int dot = mant.indexOf('.');
            if (dot >= 0) {
                exp -= 4 * (mant.length() - dot - 1);
                mant = mant.substring(0, dot) + mant.substring(dot + 1);
            }
            BigInteger m = new BigInteger(mant.isEmpty() ? "0" : mant, 16);
            return exp >= 0 ? new FloatVal(m.shiftLeft(exp), BigInteger.ONE)
                    : new FloatVal(m, BigInteger.ONE.shiftLeft(-exp));
        }
        BigDecimal d = new BigDecimal(lower.startsWith(".") ? "0" + lower : lower.endsWith(".") ? lower + "0"
                : lower.replace(".e", ".0e"));
        return ofDecimal(d);
    }

    private static Constant parseHugeFloat(String lower, java.util.regex.Matcher em) {
        String digits = lower.substring(0, em.start());
        long exp;
        try {
            exp = Long.parseLong(em.group(1) + em.group(2));
        } catch (NumberFormatException e) {
            // beyond ±9.2e18 even a binary exponent overflows; gc reports such constants as overflowing too
            throw new ArithmeticException("exponent out of range");
        }
        BigFloatVal v;
        if (lower.startsWith("0x")) {
            String mant = digits.substring(2);
            int dot = mant.indexOf('.');
            if (dot >= 0) {
                exp -= 4L * (mant.length() - dot - 1);
                mant = mant.substring(0, dot) + mant.substring(dot + 1);
            }
            v = BigFloats.make(new BigInteger(mant.isEmpty() ? "0" : mant, 16), exp);
        } else {
            BigDecimal d = new BigDecimal(digits.startsWith(".") ? "0" + digits : digits.endsWith(".") ? digits + "0" : digits);
            v = BigFloats.mul(BigFloats.make(d.unscaledValue(), 0), BigFloats.pow10(exp - d.scale()));
        }
        // gc parses a literal into a float whose binary exponent is an int32: beyond it the
        // literal is infinite, and gc calls it malformed (a tiny one is 0, as it is here)
        if (v.mant().signum() != 0 && v.exp() + v.mant().bitLength() > Integer.MAX_VALUE) {
            throw new ArithmeticException("exponent out of range");
        }
        return BigFloats.simplify(v);
    }

    static FloatVal ofDecimal(BigDecimal d) {
        BigInteger unscaled = d.unscaledValue();
        int scale = d.scale();
        return scale <= 0 ? new FloatVal(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE)
                : new FloatVal(unscaled, BigInteger.TEN.pow(scale));
    }

    /** Interprets Go escape sequences; the result is the bytes of the Go string. */
    static byte[] unquote(String s, char quote) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '\\') {
                int cp = s.codePointAt(i);
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
                continue;
            }
            char e = s.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'x' -> {
                    out.write(Integer.parseInt(s.substring(i, i + 2), 16));
                    i += 2;
                }
                case 'u', 'U' -> {
                    int n = e == 'u' ? 4 : 8;
                    int cp = Integer.parseInt(s.substring(i, i + n), 16);
                    out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                    i += n;
                }
                default -> {
                    out.write(Integer.parseInt(s.substring(i - 1, i + 2), 8));
                    i += 2;
                }
            }
        }
        return out.toByteArray();
    }

    // ---- conversions between representations ----

    /** 0 int, 1 float, 2 complex (order of the numeric representations). */
    static int rank(Constant c) {
        return switch (c) {
            case IntVal i -> 0;
            case FloatVal f -> 1;
            case BigFloatVal f -> 1;
            case ComplexVal x -> 2;
            default -> -1;
        };
    }

    /** The constant as a float: an exact rational, or a big float for extreme exponents. */
    static Constant toReal(Constant c) {
        return c instanceof BigFloatVal ? c : toFloat(c);
    }

    /**
     * The constant as an exact rational. A big float of extreme magnitude becomes a
     * rational that still overflows every float type, or zero (only complex constants,
     * whose parts are rationals, take this approximation).
     */
    static FloatVal toFloat(Constant c) {
        return switch (c) {
            case IntVal i -> new FloatVal(i.value(), BigInteger.ONE);
            case FloatVal f -> f;
            case BigFloatVal b -> BigFloats.simplify(b) instanceof FloatVal f ? f
                    : b.exp() < 0 ? ZERO_F : BigFloats.exact(new BigFloatVal(b.mant().signum() < 0 ? BigInteger.ONE.negate()
                            : BigInteger.ONE, 1 << 14));
            case ComplexVal x -> x.re();
            default -> ZERO_F;
        };
    }

    static ComplexVal toComplex(Constant c) {
        return c instanceof ComplexVal x ? x : new ComplexVal(toFloat(c), ZERO_F);
    }

    /** The constant as an exact integer, or null if it has a fractional or imaginary part. */
    public static IntVal toInt(Constant c) {
        return switch (c) {
            case IntVal i -> i;
            case FloatVal f -> f.den().equals(BigInteger.ONE) ? new IntVal(f.num()) : null;
            case BigFloatVal b -> null; // beyond 2^16384 (far past gc's 512-bit integer limit) or a tiny fraction
            case ComplexVal x -> x.im().num().signum() == 0 ? toInt(x.re()) : null;
            default -> null;
        };
    }

    static Constant raise(Constant c, int r) {
        return r == 0 ? c : r == 1 ? toReal(c) : toComplex(c);
    }

    /** Converts a numeric constant to the representation of an untyped kind (int/rune, float, complex). */
    static Constant toKind(Constant c, Basic.Kind k) {
        return switch (k) {
            case UNTYPED_INT, UNTYPED_RUNE -> {
                IntVal i = toInt(c);
                yield i == null ? c : i;
            }
            case UNTYPED_FLOAT -> toReal(c);
            case UNTYPED_COMPLEX -> toComplex(c);
            default -> c;
        };
    }

    // ---- operations ----

    public static Constant unary(Token op, Constant x, Basic typ, TypeSizes sizes) {
        switch (op) {
            case ADD:
                return x;
            case SUB:
                return switch (x) {
                    case IntVal i -> new IntVal(i.value().negate());
                    case FloatVal f -> new FloatVal(f.num().negate(), f.den());
                    case BigFloatVal b -> BigFloats.neg(b);
                    case ComplexVal c -> new ComplexVal(new FloatVal(c.re().num().negate(), c.re().den()),
                            new FloatVal(c.im().num().negate(), c.im().den()));
                    default -> x;
                };
            case XOR: {
                BigInteger v = ((IntVal) x).value().not();
                if (typ != null && typ.isUnsigned()) {
                    long bits = sizes.sizeof(typ) * 8;
                    v = v.and(BigInteger.ONE.shiftLeft((int) bits).subtract(BigInteger.ONE));
                }
                return new IntVal(v);
            }
            case NOT:
                return new BoolVal(!((BoolVal) x).value());
            default:
                return x;
        }
    }

    /** x op y for arithmetic operators; intDiv selects truncated integer division for QUO. Null on division by zero. */
    public static Constant binary(Constant x, Token op, Constant y, boolean intDiv) {
        if (x instanceof StringVal a && y instanceof StringVal b && op == Token.ADD) {
            byte[] r = new byte[a.bytes().length + b.bytes().length];
            System.arraycopy(a.bytes(), 0, r, 0, a.bytes().length);
            System.arraycopy(b.bytes(), 0, r, a.bytes().length, b.bytes().length);
            return new StringVal(r);
        }
        if (x instanceof BoolVal a && y instanceof BoolVal b) {
            return new BoolVal(op == Token.LAND ? a.value() && b.value() : a.value() || b.value());
        }
        int r = Math.max(rank(x), rank(y));
        if (op == Token.QUO && !intDiv && r == 0) {
            r = 1;
        }
        x = raise(x, r);
        y = raise(y, r);
        if (x instanceof IntVal a && y instanceof IntVal b) {
            BigInteger p = a.value();
            BigInteger q = b.value();
            return switch (op) {
                case ADD -> new IntVal(p.add(q));
                case SUB -> new IntVal(p.subtract(q));
                case MUL -> new IntVal(p.multiply(q));
                case QUO -> q.signum() == 0 ? null : new IntVal(p.divide(q));
                case REM -> q.signum() == 0 ? null : new IntVal(p.remainder(q));
                case AND -> new IntVal(p.and(q));
                case OR -> new IntVal(p.or(q));
                case XOR -> new IntVal(p.xor(q));
                case AND_NOT -> new IntVal(p.andNot(q));
                default -> throw new IllegalArgumentException(op.toString());
            };
        }
        if (x instanceof BigFloatVal || y instanceof BigFloatVal) {
            BigFloatVal a = BigFloats.of(x);
            BigFloatVal b = BigFloats.of(y);
            return switch (op) {
                case ADD -> BigFloats.simplify(BigFloats.add(a, b));
                case SUB -> BigFloats.simplify(BigFloats.add(a, BigFloats.neg(b)));
                case MUL -> BigFloats.simplify(BigFloats.mul(a, b));
                case QUO -> b.mant().signum() == 0 ? null : BigFloats.simplify(BigFloats.quo(a, b));
                default -> throw new IllegalArgumentException(op.toString());
            };
        }
        if (x instanceof FloatVal a && y instanceof FloatVal b) {
            return switch (op) {
                case ADD -> new FloatVal(a.num().multiply(b.den()).add(b.num().multiply(a.den())), a.den().multiply(b.den()));
                case SUB -> new FloatVal(a.num().multiply(b.den()).subtract(b.num().multiply(a.den())),
                        a.den().multiply(b.den()));
                case MUL -> new FloatVal(a.num().multiply(b.num()), a.den().multiply(b.den()));
                case QUO -> b.num().signum() == 0 ? null : new FloatVal(a.num().multiply(b.den()), a.den().multiply(b.num()));
                default -> throw new IllegalArgumentException(op.toString());
            };
        }
        ComplexVal a = (ComplexVal) x;
        ComplexVal b = (ComplexVal) y;
        switch (op) {
            case ADD:
                return new ComplexVal(fadd(a.re(), b.re()), fadd(a.im(), b.im()));
            case SUB:
                return new ComplexVal(fsub(a.re(), b.re()), fsub(a.im(), b.im()));
            case MUL:
                return new ComplexVal(fsub(fmul(a.re(), b.re()), fmul(a.im(), b.im())),
                        fadd(fmul(a.re(), b.im()), fmul(a.im(), b.re())));
            case QUO: {
                FloatVal d = fadd(fmul(b.re(), b.re()), fmul(b.im(), b.im()));
                if (d.num().signum() == 0) {
                    return null;
                }
                FloatVal re = fadd(fmul(a.re(), b.re()), fmul(a.im(), b.im()));
                FloatVal im = fsub(fmul(a.im(), b.re()), fmul(a.re(), b.im()));
                return new ComplexVal((FloatVal) binary(re, Token.QUO, d, false), (FloatVal) binary(im, Token.QUO, d, false));
            }
            default:
                throw new IllegalArgumentException(op.toString());
        }
    }

    private static FloatVal fadd(FloatVal a, FloatVal b) {
        return (FloatVal) binary(a, Token.ADD, b, false);
    }

    private static FloatVal fsub(FloatVal a, FloatVal b) {
        return (FloatVal) binary(a, Token.SUB, b, false);
    }

    private static FloatVal fmul(FloatVal a, FloatVal b) {
        return (FloatVal) binary(a, Token.MUL, b, false);
    }

    public static Constant shift(Constant x, Token op, long s) {
        BigInteger v = ((IntVal) x).value();
        return new IntVal(op == Token.SHL ? v.shiftLeft((int) s) : v.shiftRight((int) s));
    }

    public static boolean compare(Constant x, Token op, Constant y) {
        int c;
        if (x instanceof BoolVal a && y instanceof BoolVal b) {
            boolean eq = a.value() == b.value();
            return op == Token.EQL ? eq : !eq;
        } else if (x instanceof StringVal a && y instanceof StringVal b) {
            c = java.util.Arrays.compareUnsigned(a.bytes(), b.bytes());
        } else {
            int r = Math.max(rank(x), rank(y));
            x = raise(x, r);
            y = raise(y, r);
            if (x instanceof ComplexVal a && y instanceof ComplexVal b) {
                boolean eq = a.equals(b);
                return op == Token.EQL ? eq : !eq;
            } else if (x instanceof IntVal a && y instanceof IntVal b) {
                c = a.value().compareTo(b.value());
            } else if (x instanceof BigFloatVal || y instanceof BigFloatVal) {
                c = BigFloats.compare(BigFloats.of(x), BigFloats.of(y));
            } else {
                FloatVal a = (FloatVal) x;
                FloatVal b = (FloatVal) y;
                c = a.num().multiply(b.den()).compareTo(b.num().multiply(a.den()));
            }
        }
        return switch (op) {
            case EQL -> c == 0;
            case NEQ -> c != 0;
            case LSS -> c < 0;
            case LEQ -> c <= 0;
            case GTR -> c > 0;
            case GEQ -> c >= 0;
            default -> false;
        };
    }

    // ---- representability ----

    /** Why a constant is not representable: it overflows, or it would be truncated. */
    public enum Failure { NONE, OVERFLOWS, TRUNCATED, MISMATCH }

    /** Result of a representability test: the value converted to the type's representation, or a failure. */
    public record Rep(Constant value, Failure failure) {}

    /** Whether x is representable by basic type t (go/types representableConst), with the rounded value. */
    public static Rep representable(Constant x, Basic t, TypeSizes sizes) {
        if (t.isInteger()) {
            if (rank(x) < 0) {
                return new Rep(null, Failure.MISMATCH);
            }
            IntVal i = toInt(x);
            if (i == null) {
                return new Rep(null, Failure.TRUNCATED);
            }
            if (t.isUntyped()) {
                return new Rep(i, Failure.NONE);
            }
            long bits = 8 * sizes.sizeof(t);
            BigInteger v = i.value();
            boolean ok = t.isUnsigned() ? v.signum() >= 0 && v.bitLength() <= bits : v.bitLength() <= bits - 1;
            return ok ? new Rep(i, Failure.NONE) : new Rep(null, Failure.OVERFLOWS);
        }
        if (t.isFloat()) {
            if (rank(x) < 0) {
                return new Rep(null, Failure.MISMATCH);
            }
            if (x instanceof ComplexVal c) {
                if (c.im().num().signum() != 0) {
                    return new Rep(null, Failure.TRUNCATED);
                }
                x = c.re();
            }
            if (t.kind() == Basic.Kind.UNTYPED_FLOAT) {
                return new Rep(toReal(x), Failure.NONE);
            }
            if (x instanceof BigFloatVal b) {
                // beyond the rational range: far above every float type's maximum, or far below its smallest
                // subnormal, where Go rounds to zero
                return b.exp() > 0 ? new Rep(null, Failure.OVERFLOWS) : new Rep(ZERO_F, Failure.NONE);
            }
            FloatVal f = toFloat(x);
            FloatVal r = round(f, t.kind() == Basic.Kind.FLOAT32);
            return r == null ? new Rep(null, Failure.OVERFLOWS) : new Rep(r, Failure.NONE);
        }
        if (t.isComplex()) {
            if (rank(x) < 0) {
                return new Rep(null, Failure.MISMATCH);
            }
            ComplexVal c = toComplex(x);
            if (t.kind() == Basic.Kind.UNTYPED_COMPLEX) {
                return new Rep(c, Failure.NONE);
            }
            boolean f32 = t.kind() == Basic.Kind.COMPLEX64;
            FloatVal re = round(c.re(), f32);
            FloatVal im = round(c.im(), f32);
            return re == null || im == null ? new Rep(null, Failure.OVERFLOWS) : new Rep(new ComplexVal(re, im), Failure.NONE);
        }
        if (t.isString()) {
            return x instanceof StringVal ? new Rep(x, Failure.NONE) : new Rep(null, Failure.MISMATCH);
        }
        if (t.isBoolean()) {
            return x instanceof BoolVal ? new Rep(x, Failure.NONE) : new Rep(null, Failure.MISMATCH);
        }
        return new Rep(null, Failure.MISMATCH);
    }

    /** Rounds an exact rational to float64 (or float32) precision; null if it overflows. */
    static FloatVal round(FloatVal f, boolean f32) {
        return f32 ? roundBinary(f, 24, -149, 127) : roundBinary(f, 53, -1074, 1023);
    }

    /**
     * Rounds an exact rational to the nearest IEEE binary value (ties to even) with a
     * mant-bit significand, smallest exponent emin (of the subnormal ulp) and largest
     * exponent emax; null if the result is infinite. Exact, with no double rounding.
     */
    static FloatVal roundBinary(FloatVal f, int mant, int emin, int emax) {
        if (f.num().signum() == 0) {
            return f;
        }
        BigInteger n = f.num().abs();
        BigInteger d = f.den();
        int e = n.bitLength() - d.bitLength() - mant;
        BigInteger[] qr;
        while (true) {
            qr = divScaled(n, d, e);
            if (qr[0].bitLength() > mant) {
                e++;
            } else if (qr[0].bitLength() < mant && e > emin) {
                e--;
            } else {
                break;
            }
        }
        if (e < emin) {
            e = emin;
            qr = divScaled(n, d, e);
        }
        BigInteger q = qr[0];
        BigInteger divisor = e > 0 ? d.shiftLeft(e) : d;
        int cmp = qr[1].shiftLeft(1).compareTo(divisor);
        if (cmp > 0 || cmp == 0 && q.testBit(0)) {
            q = q.add(BigInteger.ONE);
            if (q.bitLength() > mant) {
                q = q.shiftRight(1);
                e++;
            }
        }
        if (e + q.bitLength() - 1 > emax) {
            return null;
        }
        if (f.num().signum() < 0) {
            q = q.negate();
        }
        return e >= 0 ? new FloatVal(q.shiftLeft(e), BigInteger.ONE) : new FloatVal(q, BigInteger.ONE.shiftLeft(-e));
    }

    /** (n * 2^-e) divided by d, as quotient and remainder (remainder relative to d * 2^e when e > 0). */
    private static BigInteger[] divScaled(BigInteger n, BigInteger d, int e) {
        return e >= 0 ? n.divideAndRemainder(d.shiftLeft(e)) : n.shiftLeft(-e).divideAndRemainder(d);
    }
}
