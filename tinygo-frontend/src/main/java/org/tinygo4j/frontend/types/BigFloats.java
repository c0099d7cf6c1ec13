package org.tinygo4j.frontend.types;

import java.math.BigInteger;
import org.tinygo4j.frontend.types.Constant.BigFloatVal;
import org.tinygo4j.frontend.types.Constant.FloatVal;

/**
 * Arithmetic on {@link BigFloatVal}, the binary floats with a 512-bit mantissa and an
 * unbounded exponent that stand for float constants whose exact rational would be
 * astronomically large (1e646456992). Every result is rounded to nearest, ties to even.
 * A result whose magnitude is moderate again becomes an exact {@link FloatVal}, so the
 * rest of the checker sees rationals whenever it can.
 */
final class BigFloats {
    static final int PRECISION = 512;

    /** Binary exponents (of the leading bit) within this bound convert back to exact rationals. */
    private static final long RATIONAL_RANGE = 1 << 14;

    private static final double LOG10_2 = Math.log10(2);

    private BigFloats() {
    }

    /** m * 2^e rounded to PRECISION bits. */
    static BigFloatVal make(BigInteger m, long e) {
        int excess = m.bitLength() - PRECISION;
        if (excess <= 0) {
            return new BigFloatVal(m, e);
        }
        BigInteger abs = m.abs();
        BigInteger q = abs.shiftRight(excess);
        boolean half = abs.testBit(excess - 1);
        boolean rest = abs.getLowestSetBit() < excess - 1;
        if (half && (rest || q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return new BigFloatVal(m.signum() < 0 ? q.negate() : q, e + excess);
    }

    static BigFloatVal of(Constant c) {
        return switch (c) {
            case BigFloatVal b -> b;
            case FloatVal f -> quo(make(f.num(), 0), make(f.den(), 0));
            case Constant.IntVal i -> make(i.value(), 0);
            default -> throw new IllegalArgumentException("not a real number: " + c);
        };
    }

    /** The value as an exact rational when its exponent is moderate, else itself. */
    static Constant simplify(BigFloatVal b) {
        if (b.mant().signum() == 0) {
            return ConstantOps.ZERO_F;
        }
        long top = b.exp() + b.mant().bitLength();
        if (Math.abs(top) > RATIONAL_RANGE) {
            return b;
        }
        return exact(b);
    }

    /** The exact rational of b; only for exponents of moderate size. */
    static FloatVal exact(BigFloatVal b) {
        return b.exp() >= 0 ? new FloatVal(b.mant().shiftLeft((int) b.exp()), BigInteger.ONE)
                : new FloatVal(b.mant(), BigInteger.ONE.shiftLeft((int) -b.exp()));
    }

    static BigFloatVal mul(BigFloatVal a, BigFloatVal b) {
        return make(a.mant().multiply(b.mant()), a.exp() + b.exp());
    }

    /** a / b; b must not be zero. */
    static BigFloatVal quo(BigFloatVal a, BigFloatVal b) {
        if (a.mant().signum() == 0) {
            return a;
        }
        // scale a so that the quotient carries PRECISION + 2 bits before rounding
        int s = Math.max(0, PRECISION + 2 + b.mant().bitLength() - a.mant().bitLength());
        BigInteger[] qr = a.mant().abs().shiftLeft(s).divideAndRemainder(b.mant().abs());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0) {
            // a sticky bit below the kept ones, so that rounding sees the inexactness
            q = q.shiftLeft(1).setBit(0);
            s++;
        }
        if (a.mant().signum() != b.mant().signum()) {
            q = q.negate();
        }
        return make(q, a.exp() - b.exp() - s);
    }

    static BigFloatVal add(BigFloatVal a, BigFloatVal b) {
        if (a.mant().signum() == 0) {
            return b;
        }
        if (b.mant().signum() == 0) {
            return a;
        }
        long topA = a.exp() + a.mant().bitLength();
        long topB = b.exp() + b.mant().bitLength();
        // an addend entirely below the other's precision only matters for rounding, which it cannot change
        if (topA - topB > PRECISION + 2) {
            return a;
        }
        if (topB - topA > PRECISION + 2) {
            return b;
        }
        long e = Math.min(a.exp(), b.exp());
        BigInteger m = a.mant().shiftLeft((int) (a.exp() - e)).add(b.mant().shiftLeft((int) (b.exp() - e)));
        return make(m, e);
    }

    static BigFloatVal neg(BigFloatVal a) {
        return new BigFloatVal(a.mant().negate(), a.exp());
    }

    static int compare(BigFloatVal a, BigFloatVal b) {
        return add(a, neg(b)).mant().signum();
    }

    /** 10^e for any e, rounded (square-and-multiply; the error stays far below a float64 ulp). */
    static BigFloatVal pow10(long e) {
        BigFloatVal result = make(BigInteger.ONE, 0);
        BigFloatVal base = make(BigInteger.TEN, 0);
        for (long n = Math.abs(e); n != 0; n >>= 1) {
            if ((n & 1) != 0) {
                result = mul(result, base);
            }
            if (n > 1) {
                base = mul(base, base);
            }
        }
        return e >= 0 ? result : quo(make(BigInteger.ONE, 0), result);
    }

    /** As go/constant prints such a value: %.6g with Go's exponent form (1e+646456992). */
    static String toDecimalString(BigFloatVal b) {
        if (b.mant().signum() == 0) {
            return "0";
        }
        int shift = Math.max(0, b.mant().bitLength() - 64);
        double m = b.mant().shiftRight(shift).doubleValue();
        double log = Math.log10(Math.abs(m)) + (b.exp() + shift) * LOG10_2;
        long exp10 = (long) Math.floor(log);
        double digits = Math.pow(10, log - exp10);
        String mant = String.format("%.5f", digits).replaceAll("0+$", "").replaceAll("\\.$", "");
        if (mant.startsWith("10")) {
            mant = "1";
            exp10++;
        }
        return (b.mant().signum() < 0 ? "-" : "") + mant + "e" + (exp10 < 0 ? "-" : "+")
                + (Math.abs(exp10) < 10 ? "0" : "") + Math.abs(exp10);
    }
}
