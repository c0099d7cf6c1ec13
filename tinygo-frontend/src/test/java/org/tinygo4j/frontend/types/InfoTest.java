package org.tinygo4j.frontend.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tinygo4j.frontend.ast.Decl;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Spec;
import org.tinygo4j.frontend.ast.Stmt;

/** What the checker records in Info: types, constant values, selections, init order. */
class InfoTest {

    private static CheckHarness ok(String src) {
        CheckHarness h = CheckHarness.check(src);
        assertEquals("", h.errors());
        return h;
    }

    private static Constant constValue(CheckHarness h, String name) {
        return ((NamedConst) h.lookup(name)).value();
    }

    /** The rhs expression of the package-level var with that name. */
    private static Expr varInit(CheckHarness h, String name) {
        for (var f : h.files) {
            for (Decl d : f.decls()) {
                if (d instanceof Decl.GenDecl g) {
                    for (Spec s : g.specs()) {
                        if (s instanceof Spec.ValueSpec vs && vs.names().get(0).name().equals(name)) {
                            return vs.values().get(0);
                        }
                    }
                }
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void iotaAndImplicitRepetition() {
        CheckHarness h = ok("""
                package main
                const (
                	A = iota * 10
                	B
                	_
                	D
                	E, F = iota, -iota
                	G, H
                )
                type Weekday int
                const (
                	Sunday Weekday = iota
                	Monday
                )
                func main() {}
                """);
        assertEquals(Constant.IntVal.of(0), constValue(h, "A"));
        assertEquals(Constant.IntVal.of(10), constValue(h, "B"));
        assertEquals(Constant.IntVal.of(30), constValue(h, "D"));
        assertEquals(Constant.IntVal.of(4), constValue(h, "E"));
        assertEquals(Constant.IntVal.of(-5), constValue(h, "H"));
        assertEquals(Universe.UNTYPED_INT, h.lookup("B").type());
        assertEquals("Weekday", Types.typeString(h.lookup("Monday").type(), h.pkg));
        assertEquals(Constant.IntVal.of(1), constValue(h, "Monday"));
    }

    @Test
    void exactConstantArithmetic() {
        CheckHarness h = ok("""
                package main
                const Huge = 1 << 100
                const Back = Huge >> 98
                const Third = 1.0 / 3
                const Sum = Third * 3
                const IntDiv = 7 / 2
                const FloatDiv = 7 / 2.0
                const Mask = ^uint8(0x0f)
                const Neg = -7 % 3
                const S = "a" + "b"
                const R = 'a' + 1
                const Cmp = Huge > 1
                func main() {}
                """);
        assertEquals(new Constant.IntVal(BigInteger.ONE.shiftLeft(100)), constValue(h, "Huge"));
        assertEquals(Constant.IntVal.of(4), constValue(h, "Back"));
        assertEquals(new Constant.FloatVal(BigInteger.ONE, BigInteger.valueOf(3)), constValue(h, "Third"));
        assertEquals(new Constant.FloatVal(BigInteger.ONE, BigInteger.ONE), constValue(h, "Sum"));
        assertEquals(Constant.IntVal.of(3), constValue(h, "IntDiv"));
        assertEquals(new Constant.FloatVal(BigInteger.valueOf(7), BigInteger.TWO), constValue(h, "FloatDiv"));
        assertEquals(Constant.IntVal.of(0xf0), constValue(h, "Mask"));
        assertEquals(Constant.IntVal.of(-1), constValue(h, "Neg"));
        assertEquals(Constant.StringVal.of("ab"), constValue(h, "S"));
        assertEquals(Constant.IntVal.of(98), constValue(h, "R"));
        assertEquals(Universe.UNTYPED_RUNE, h.lookup("R").type());
        assertEquals(new Constant.BoolVal(true), constValue(h, "Cmp"));
    }

    @Test
    void floatConstantsBeyondRationalRangeRoundLikeGo() {
        // go 1.19 accepts these and prints 10, 0, 1024 for them (test/fixedbugs/issue11326b.go, issue7419.go)
        CheckHarness h = ok("""
                package main
                const Ten float64 = 1e646456992 / 1e646456991
                const Zero float64 = 1e-779137
                const Hex float64 = 0x1p100000 / 0x1p99990
                const Neg = -1e100000 < 0
                func main() {}
                """);
        assertEquals(new Constant.FloatVal(BigInteger.TEN, BigInteger.ONE), constValue(h, "Ten"));
        assertEquals(new Constant.FloatVal(BigInteger.ZERO, BigInteger.ONE), constValue(h, "Zero"));
        assertEquals(new Constant.FloatVal(BigInteger.valueOf(1024), BigInteger.ONE), constValue(h, "Hex"));
        assertEquals(new Constant.BoolVal(true), constValue(h, "Neg"));
    }

    @Test
    void untypedOperandsGetTheirFinalType() {
        CheckHarness h = ok("""
                package main
                var s uint = 3
                var x int64 = 1 << s
                var y = 2 + 3
                var z = int8(1) + 2
                var f = 1.5 + 1
                func main() {}
                """);
        Expr.Binary shift = (Expr.Binary) varInit(h, "x");
        assertEquals(Universe.INT64, h.info.typeOf(shift));
        assertEquals(Universe.INT64, h.info.typeOf(shift.x()));
        assertEquals(Universe.UINT, h.info.typeOf(shift.y()));
        TypeAndValue y = h.info.types.get(varInit(h, "y"));
        assertEquals(TypeAndValue.Mode.CONSTANT, y.mode());
        assertEquals(Universe.INT, y.type());
        assertEquals(Constant.IntVal.of(5), y.value());
        Expr.Binary z = (Expr.Binary) varInit(h, "z");
        assertEquals(Universe.INT8, h.info.typeOf(z.y()));
        assertEquals(Constant.IntVal.of(2), h.info.types.get(z.y()).value());
        assertEquals(Universe.FLOAT64, h.info.typeOf(varInit(h, "f")));
        assertEquals(Universe.INT, h.lookup("y").type());
    }

    @Test
    void constantShiftOfUntypedFloatIsAnInteger() {
        CheckHarness h = ok("""
                package main
                const K = 1.0 << 3
                var v = K
                func main() {}
                """);
        assertEquals(Universe.UNTYPED_INT, h.lookup("K").type());
        assertEquals(Constant.IntVal.of(8), constValue(h, "K"));
        assertEquals(Universe.INT, h.lookup("v").type());
    }

    @Test
    void representabilityErrors() {
        CheckHarness h = CheckHarness.check("""
                package main
                func main() {
                	var a int8 = 300
                	var b uint = 1.5
                	const c uint8 = 255 + 1
                	_, _ = a, b
                	_ = int8(200)
                }
                """);
        assertEquals("""
                main.go:3:15: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)
                main.go:4:15: cannot use 1.5 (untyped float constant) as uint value in variable declaration (truncated)
                main.go:5:18: cannot use 255 + 1 (untyped int constant 256) as uint8 value in constant declaration (overflows)
                main.go:7:11: cannot convert 200 (untyped int constant) to type int8""", h.errors());
    }

    @Test
    void intSizeFollowsTheTarget() {
        Map<String, String> src = Map.of("main.go", """
                package main
                var x int = 1 << 40
                var p uintptr = 1 << 20
                func main() {}
                """);
        CheckHarness h32 = CheckHarness.check(src, new TypeSizes(4, 4, 4));
        assertEquals("main.go:2:13: cannot use 1 << 40 (untyped int constant 1099511627776) as int value in variable "
                + "declaration (overflows)", h32.errors());
        CheckHarness avr = CheckHarness.check(src, new TypeSizes(2, 4, 1));
        assertTrue(avr.errors().contains("main.go:3:17: cannot use 1 << 20 (untyped int constant 1048576) as uintptr"),
                avr.errors());
    }

    @Test
    void selectionsRecordIndexPathAndIndirection() {
        CheckHarness h = ok("""
                package main
                type Inner struct{ a, b int }
                func (i *Inner) Get() int { return i.b }
                type Outer struct {
                	x int
                	*Inner
                }
                var o = Outer{Inner: &Inner{}}
                var v = o.b
                var m = o.Get
                func main() {}
                """);
        Selection field = h.info.selections.get((Expr.Selector) varInit(h, "v"));
        assertEquals(Selection.Kind.FIELD_VAL, field.kind());
        assertEquals(List.of(1, 1), field.index());
        assertTrue(field.indirect());
        Selection method = h.info.selections.get((Expr.Selector) varInit(h, "m"));
        assertEquals(Selection.Kind.METHOD_VAL, method.kind());
        assertEquals(List.of(1, 0), method.index());
        assertEquals("Get", method.obj().name());
    }

    @Test
    void initOrderFollowsDependencies() {
        CheckHarness h = ok("""
                package main
                var a = c + b
                var b = f()
                var c = f()
                var d = 3
                func f() int {
                	d++
                	return d
                }
                var x, y = pair()
                func pair() (int, int) { return a, 1 }
                func main() {}
                """);
        List<String> order = h.info.initOrder.stream()
                .map(i -> String.join(",", i.lhs().stream().map(Obj::name).toList())).toList();
        assertEquals(List.of("d", "b", "c", "a", "x,y"), order);
    }

    @Test
    void initializationLoop() {
        CheckHarness h = CheckHarness.check("""
                package main
                var x = f()
                func f() int { return x }
                func main() {}
                """);
        assertEquals("""
                main.go:2:5: initialization loop for x
                	main.go:2:5: x refers to
                	main.go:3:6: f refers to
                	main.go:2:5: x""", h.errors());
    }

    @Test
    void defsUsesScopesAndBuiltinSignatures() {
        CheckHarness h = ok("""
                package main
                func main() {
                	n := 3
                	println(n, "s", 1<<2)
                }
                """);
        Decl.FuncDecl main = (Decl.FuncDecl) h.files.get(0).decls().get(0);
        Stmt.Assign def = (Stmt.Assign) main.body().list().get(0);
        Obj n = h.info.defs.get((Expr.Ident) def.lhs().get(0));
        assertNotNull(n);
        Expr.Call call = (Expr.Call) ((Stmt.ExprStmt) main.body().list().get(1)).x();
        assertSame(n, h.info.uses.get((Expr.Ident) call.args().get(0)));
        TypeAndValue fun = h.info.types.get(call.fun());
        assertEquals(TypeAndValue.Mode.BUILTIN, fun.mode());
        assertEquals("func(int, string, int)", fun.type().toString());
        assertEquals(Universe.INT, h.info.typeOf(call.args().get(2)));
        assertNotNull(h.info.scopes.get(main.type()));
        assertSame(n, h.info.scopes.get(main.type()).lookup("n"));
        assertEquals(TypeAndValue.Mode.NOVALUE, h.info.types.get(call).mode());
    }
}
