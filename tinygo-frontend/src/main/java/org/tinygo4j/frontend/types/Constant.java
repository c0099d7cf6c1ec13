package org.tinygo4j.frontend.types;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An exact constant value, as go/constant represents it: arbitrary-precision
 * integers, exact rationals for floats (512-bit binary floats for exponents too large
 * for rationals), booleans, and strings as the bytes Go sees (which need not be valid
 * UTF-8).
 */
public sealed interface Constant {

    record IntVal(BigInteger value) implements Constant {
        public static IntVal of(long v) {
            return new IntVal(BigInteger.valueOf(v));
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    record BoolVal(boolean value) implements Constant {
        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /** An exact rational num/den with den > 0, in lowest terms. */
    record FloatVal(BigInteger num, BigInteger den) implements Constant {
        public FloatVal {
            if (den.signum() < 0) {
                num = num.negate();
                den = den.negate();
            }
            BigInteger g = num.gcd(den);
            if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
                num = num.divide(g);
                den = den.divide(g);
            }
        }

        public double toDouble() {
            return new java.math.BigDecimal(num).divide(new java.math.BigDecimal(den),
                    java.math.MathContext.DECIMAL128).doubleValue();
        }

        @Override
        public String toString() {
            return den.equals(BigInteger.ONE) ? num.toString() : Double.toString(toDouble());
        }
    }

    /**
     * A float too large or too small for an exact rational (literal exponents beyond
     * ±{@value ConstantOps#MAX_EXACT_EXPONENT}): mant * 2^exp with a mantissa of at most
     * {@value BigFloats#PRECISION} bits, as go/constant falls back to big.Float.
     */
    record BigFloatVal(BigInteger mant, long exp) implements Constant {
        @Override
        public String toString() {
            return BigFloats.toDecimalString(this);
        }
    }

    record ComplexVal(FloatVal re, FloatVal im) implements Constant {
        @Override
        public String toString() {
            return "(" + re + " + " + im + "i)";
        }
    }

    /** A string constant: the bytes of the Go string. */
    record StringVal(byte[] bytes) implements Constant {
        public static StringVal of(String utf8) {
            return new StringVal(utf8.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StringVal s && Arrays.equals(bytes, s.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
