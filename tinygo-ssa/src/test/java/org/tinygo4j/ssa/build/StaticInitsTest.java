package org.tinygo4j.ssa.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tinygo4j.frontend.types.Constant;
import org.tinygo4j.ssa.ir.Const;
import org.tinygo4j.ssa.ir.Global;
import org.tinygo4j.ssa.ir.Program;

/**
 * Package-level initialisers evaluated at compile time (StaticInits): the values, and
 * the variables that may not be used because code may write them. The packages are
 * named math and errors, whose functions the evaluator knows by name; the bodies
 * given here are not what it evaluates (math's) or are checked (errors.New's).
 */
class StaticInitsTest {
    private static final String MATH = """
            package math

            func Float64frombits(b uint64) float64 { return 0 }
            func NaN() float64 { return 0 }
            func Inf(sign int) float64 { return 0 }
            func Copysign(f, sign float64) float64 { return 0 }

            var nan = NaN()
            var inf = Inf(-1)
            var zero = 0.0
            var nz = -zero
            var one = 1.0
            var third = one / 3
            var third32 = float32(one) / 3
            var cs = Copysign(3, nz)
            var c = complex(nan, nz) + complex(one, 0)
            var prod = complex(one, 2) * complex(3, one)
            var im = imag(prod)
            var big = 300
            var wrapped = int8(big) + 1
            var table = []complex128{c, complex(inf, one), prod}

            // written before rw's initialiser runs: rw must be code
            var w = 2.0
            var _ = set()
            var rw = [1]float64{w}

            func set() int { w = 3; return 0 }

            // its address is taken
            var q = 1.0
            var pq = &q
            var rq = [1]float64{q}

            // a pointer method may write it
            type F float64

            func (f *F) Set() { *f = 1 }

            var fm F = 2
            var rfm = [1]F{fm}

            func use() { fm.Set() }

            // (variables no identifier names are not initialised at all)
            func reads() { println(rw[0], rq[0], rfm[0], table[0], wrapped, im, cs, third32) }
            """;

    private static Global global(Program p, String name) {
        return p.globals().stream().filter(g -> g.linkName().equals(name)).findFirst().orElseThrow();
    }

    private static long[] bits(Program p, String name) {
        return global(p, name).initializer().ieeeBits();
    }

    private static double value(Program p, String name) {
        return ((Constant.FloatVal) global(p, name).initializer().value()).toDouble();
    }

    @Test
    void floatsAndComplexNumbersAreEvaluated() {
        Program p = SsaTesting.build("math", MATH, Map.of()).program();
        assertArrayEquals(new long[] {0x7FF8000000000001L}, bits(p, "math.nan"));
        assertArrayEquals(new long[] {Double.doubleToRawLongBits(Double.NEGATIVE_INFINITY)}, bits(p, "math.inf"));
        assertArrayEquals(new long[] {Long.MIN_VALUE}, bits(p, "math.nz"));
        assertEquals(1.0 / 3, value(p, "math.third"));
        assertEquals((double) (1.0f / 3), value(p, "math.third32"));
        assertEquals(-3.0, value(p, "math.cs"));
        // NaN + 1 stays NaN; -0 + 0 is +0
        long[] c = bits(p, "math.c");
        assertEquals(2, c.length);
        assertEquals(true, Double.isNaN(Double.longBitsToDouble(c[0])));
        assertEquals(0L, c[1]);
        Constant.ComplexVal prod = (Constant.ComplexVal) global(p, "math.prod").initializer().value();
        assertEquals(1.0, prod.re().toDouble());
        assertEquals(7.0, prod.im().toDouble());
        assertEquals(7.0, value(p, "math.im"));
        assertEquals(45, ((Constant.IntVal) global(p, "math.wrapped").initializer().value()).value().intValue());
        Const table = global(p, "math.table").initializer();
        assertNotNull(table.target());
        assertEquals(3, table.target().initializer().elements().size());
    }

    @Test
    void variablesCodeMayWriteAreNotUsed() {
        Program p = SsaTesting.build("math", MATH, Map.of()).program();
        assertNull(global(p, "math.rw").initializer());
        assertNull(global(p, "math.rq").initializer());
        assertNull(global(p, "math.rfm").initializer());
        // their own initial values are still static
        assertEquals(2.0, value(p, "math.w"));
        // the package initialiser stores those, and none of the evaluated ones
        String init = org.tinygo4j.ssa.ir.Printer.print(p.function("math.init"));
        for (String name : java.util.List.of("rw", "rq", "rfm")) {
            assertEquals(true, init.contains("@math." + name), name + " in " + init);
        }
        for (String name : java.util.List.of("nan", "table", "prod", "wrapped", "w,", "w\n")) {
            assertEquals(false, init.contains("@math." + name), name + " in " + init);
        }
    }

    private static final String ERRORS = """
            package errors

            func New(text string) error { return &errorString{text} }

            type errorString struct{ s string }

            func (e *errorString) Error() string { return e.s }

            var ErrX = New("x")
            var ErrX2 = New("x")
            var ErrY = ErrX
            var ErrZ = New("z")
            var ErrW = ErrZ

            func reset() { ErrZ = nil }

            func reads() { println(ErrX, ErrX2, ErrY, ErrW) }
            """;

    @Test
    void errorsNewIsAStaticObject() {
        Program p = SsaTesting.build("errors", ERRORS, Map.of()).program();
        Const x = global(p, "errors.ErrX").initializer();
        Global obj = x.boxed().target();
        assertEquals("x", ((Constant.StringVal) obj.initializer().elements().get(0).value()).toString());
        // each call a distinct object; a copy the same
        assertNotNull(global(p, "errors.ErrX2").initializer().boxed().target());
        assertEquals(false, global(p, "errors.ErrX2").initializer().boxed().target() == obj);
        assertSame(obj, global(p, "errors.ErrY").initializer().boxed().target());
        // ErrZ is written by reset: ErrW is code, ErrZ's own value still static
        assertNotNull(global(p, "errors.ErrZ").initializer());
        assertNull(global(p, "errors.ErrW").initializer());
    }

    @Test
    void errorsNewWithAnotherBodyIsCode() {
        Program p = SsaTesting.build("errors", ERRORS.replace("&errorString{text}", "&errorString{text + \"!\"}"),
                Map.of()).program();
        assertNull(global(p, "errors.ErrX").initializer());
    }
}
