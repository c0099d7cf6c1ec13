package org.tinygo4j.ssa.build;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.tinygo4j.frontend.ast.Decl;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.File;
import org.tinygo4j.frontend.ast.Node;
import org.tinygo4j.frontend.ast.Stmt;
import org.tinygo4j.frontend.ast.Token;
import org.tinygo4j.frontend.types.Basic;
import org.tinygo4j.frontend.types.Builtin;
import org.tinygo4j.frontend.types.Constant;
import org.tinygo4j.frontend.types.Func;
import org.tinygo4j.frontend.types.Info;
import org.tinygo4j.frontend.types.Nil;
import org.tinygo4j.frontend.types.Obj;
import org.tinygo4j.frontend.types.Package;
import org.tinygo4j.frontend.types.PkgName;
import org.tinygo4j.frontend.types.Pointer;
import org.tinygo4j.frontend.types.Selection;
import org.tinygo4j.frontend.types.Struct;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.TypeAndValue;
import org.tinygo4j.frontend.types.Types;
import org.tinygo4j.frontend.types.Var;
import org.tinygo4j.ssa.ir.Const;
import org.tinygo4j.ssa.ir.Global;

/**
 * Compile-time evaluation of package-level initialisers whose value needs no code at
 * run time, so that they are static data rather than init code: a table such as Go's
 * cmplxdivide1.go ({@code complex(nan, inf)} with {@code var nan = math.NaN()}) was built
 * on the heap by 171 KB of init code. Evaluated are: constants; calls of a few pure
 * functions of package math with evaluated arguments (NaN, Inf, Float64frombits,
 * Float32frombits, Float64bits, Float32bits, Copysign); the builtins complex, real and
 * imag; conversions between numeric types (integers to integers and floats, floats
 * and complex numbers to their kind); unary - and +, and + - * / of floats and + - * of
 * complex numbers (complex division stays the runtime's), as IEEE arithmetic of the
 * operands' width; {@code errors.New("text")} of the embedded package errors, as the
 * address of a static errorString object in an interface; and package-level variables
 * whose own initialiser was so evaluated or was a constant, when no code of the
 * program may write them ({@link #written}).
 *
 * <p>A variable's value is used in another initialiser only when it is of a basic or
 * interface type, has no //go: directive or -X value, is not in a package that the
 * runtime, the start-up code or the back end may reach by symbol (runtime...,
 * internal/..., machine, device/...), and no identifier anywhere in the program names
 * it where it may be written: left of an assignment (also op=, range with =, a select
 * case), ++ and --, the operand of &, a slice of it, a pointer method called on it or
 * taken as a value (rooted there through fields, indexes and parentheses). Writes
 * before its reader's initialiser runs (an earlier initialiser calling a function that
 * assigns it) are then impossible too. Evaluation is pure: a call of a function not
 * listed, a division by a complex number, a conversion from a float to an integer,
 * anything else gives null, and the initialiser is code as before.
 */
final class StaticInits {
    private final ProgramBuilder pb;
    private final Info info;
    private final Predicate<Var> pinned;
    /** The static values of package-level variables whose initialisers were constants or evaluated here. */
    private final Map<Var, Const> values = new IdentityHashMap<>();
    /** The package-level variables that code may write; found on first need. */
    private Set<Var> written;

    StaticInits(ProgramBuilder pb, Info info, Predicate<Var> pinned) {
        this.pb = pb;
        this.info = info;
        this.pinned = pinned;
    }

    /** Records that the package-level variable v starts as the static constant c. */
    void record(Var v, Const c) {
        Type u = v.type().underlying();
        if (u instanceof Basic b && b.kind() != Basic.Kind.UNSAFE_POINTER
                || Interfaces.isInterface(v.type()) && (c.isZero() || c.boxed() != null)) {
            values.put(v, c);
        }
    }

    /** The static value of v for another initialiser, or null when it may not be used (see the class comment). */
    Const valueOf(Var v) {
        Const c = values.get(v);
        if (c == null || pinned.test(v) || reachedBySymbol(v.pkg().path())) {
            return null;
        }
        if (written == null) {
            written = findWritten();
        }
        return written.contains(v) ? null : c;
    }

    private static boolean reachedBySymbol(String pkg) {
        return pkg.equals("runtime") || pkg.startsWith("runtime/") || pkg.startsWith("internal/")
                || pkg.equals("machine") || pkg.startsWith("device/");
    }

    // ---- evaluation ----

    /** The value of e as a constant of type t (to which e is assignable), or null when it needs code. */
    Const eval(Type t, Expr e) {
        Const v = value(e, t);
        return v == null ? null : assign(t, v);
    }

    /**
     * The value of e as a constant of its own type (of want when e is an untyped
     * constant), or null.
     */
    private Const value(Expr e, Type want) {
        e = ExprBuilder.unparen(e);
        TypeAndValue tv = info.types.get(e);
        if (tv != null && tv.isConstant()) {
            Type t = tv.type() instanceof Basic b && b.isUntyped() ? want : tv.type();
            if (t == null || !(t.underlying() instanceof Basic tb) || tb.isUntyped()) {
                return null;
            }
            return new Const(t, tv.value());
        }
        Type type = info.typeOf(e);
        return switch (e) {
            case Expr.Ident id -> info.objectOf(id) instanceof Var v && pb.isGlobal(v) ? valueOf(v)
                    : info.objectOf(id) instanceof Nil && want != null ? Const.zero(want) : null;
            case Expr.Selector s -> s.x() instanceof Expr.Ident q && info.objectOf(q) instanceof PkgName
                    && info.objectOf(s.sel()) instanceof Var v && pb.isGlobal(v) ? valueOf(v) : null;
            case Expr.Unary u when (u.op() == Token.SUB || u.op() == Token.XOR) && type.underlying() instanceof Basic ub
                    && ub.isInteger() && !ub.isUntyped() -> {
                Const x = value(u.x(), type);
                if (x == null || !(x.value() == null || x.value() instanceof Constant.IntVal)) {
                    yield null;
                }
                BigInteger v = x.value() == null ? BigInteger.ZERO : n(x);
                yield new Const(type, new Constant.IntVal(wrap(u.op() == Token.SUB ? v.negate() : v.not(), type)));
            }
            case Expr.Unary u when u.op() == Token.SUB || u.op() == Token.ADD -> {
                Const x = value(u.x(), type);
                double[] p = x == null ? null : parts(x);
                if (p == null || !floating(type)) {
                    yield null;
                }
                yield u.op() == Token.ADD ? x : negate(type, x);
            }
            case Expr.Binary b -> binary(type, b);
            case Expr.Call c -> call(type, c);
            default -> null;
        };
    }

    /** v (of a type e is assignable to t from) as a constant of type t. */
    private Const assign(Type t, Const v) {
        if (Interfaces.isInterface(t)) {
            if (v.isZero() && Interfaces.isInterface(v.type())) {
                return Const.zero(t);
            }
            return v.boxed() != null ? Const.iface(t, v.boxed()) : null;
        }
        if (Types.identical(t, v.type())) {
            return v;
        }
        if (t.underlying() instanceof Basic tb && v.type().underlying() instanceof Basic vb && tb.kind() == vb.kind()) {
            return retype(t, v);
        }
        return null;
    }

    private static Const retype(Type t, Const v) {
        long[] bits = v.ieeeBits();
        return bits != null ? Const.ieee(t, bits) : new Const(t, v.value());
    }

    private Const binary(Type t, Expr.Binary b) {
        if (t.underlying() instanceof Basic tb && !tb.isUntyped() && (tb.isInteger() || tb.isString())) {
            return integerOrString(t, tb, b);
        }
        if (!floating(t)) {
            return null;
        }
        boolean complex = kind(t).equals("complex");
        Token op = b.op();
        if (op != Token.ADD && op != Token.SUB && op != Token.MUL && (op != Token.QUO || complex)) {
            return null; // (complex division is the runtime's algorithm)
        }
        Const x = value(b.x(), t);
        Const y = value(b.y(), t);
        double[] p = x == null ? null : parts(x);
        double[] q = y == null ? null : parts(y);
        if (p == null || q == null) {
            return null;
        }
        boolean single = single(t);
        if (!complex) {
            return floatConst(t, arith(op, p[0], q[0], single), 0);
        }
        return switch (op) {
            case ADD -> floatConst(t, arith(op, p[0], q[0], single), arith(op, p[1], q[1], single));
            case SUB -> floatConst(t, arith(op, p[0], q[0], single), arith(op, p[1], q[1], single));
            // the textbook formula, as the lowering computes it
            default -> floatConst(t,
                    arith(Token.SUB, arith(Token.MUL, p[0], q[0], single), arith(Token.MUL, p[1], q[1], single), single),
                    arith(Token.ADD, arith(Token.MUL, p[0], q[1], single), arith(Token.MUL, p[1], q[0], single), single));
        };
    }

    /**
     * x op y of integers (+ - * &amp; | ^ &amp;^, wrapped to t's width as Go's arithmetic does;
     * not the divisions and shifts, which may panic) or strings (+).
     */
    private Const integerOrString(Type t, Basic tb, Expr.Binary b) {
        Token op = b.op();
        Const x = value(b.x(), t);
        Const y = value(b.y(), t);
        if (x == null || y == null) {
            return null;
        }
        if (tb.isString()) {
            if (op != Token.ADD || !(x.value() == null || x.value() instanceof Constant.StringVal)
                    || !(y.value() == null || y.value() instanceof Constant.StringVal)) {
                return null;
            }
            byte[] p = x.value() == null ? new byte[0] : ((Constant.StringVal) x.value()).bytes();
            byte[] q = y.value() == null ? new byte[0] : ((Constant.StringVal) y.value()).bytes();
            byte[] r = java.util.Arrays.copyOf(p, p.length + q.length);
            System.arraycopy(q, 0, r, p.length, q.length);
            return new Const(t, new Constant.StringVal(r));
        }
        if (!(x.value() == null || x.value() instanceof Constant.IntVal)
                || !(y.value() == null || y.value() instanceof Constant.IntVal)) {
            return null;
        }
        BigInteger p = x.value() == null ? BigInteger.ZERO : n(x);
        BigInteger q = y.value() == null ? BigInteger.ZERO : n(y);
        BigInteger r = switch (op) {
            case ADD -> p.add(q);
            case SUB -> p.subtract(q);
            case MUL -> p.multiply(q);
            case AND -> p.and(q);
            case OR -> p.or(q);
            case XOR -> p.xor(q);
            case AND_NOT -> p.andNot(q);
            default -> null;
        };
        return r == null ? null : new Const(t, new Constant.IntVal(wrap(r, t)));
    }

    /** x op y in float64, or in float32 when single (operands are float32 values). */
    private static double arith(Token op, double x, double y, boolean single) {
        if (single) {
            float a = (float) x;
            float b = (float) y;
            return switch (op) {
                case ADD -> a + b;
                case SUB -> a - b;
                case MUL -> a * b;
                default -> a / b;
            };
        }
        return switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            default -> x / y;
        };
    }

    private Const call(Type t, Expr.Call c) {
        if (c.hasEllipsis()) {
            return null;
        }
        Expr fun = ExprBuilder.unparen(c.fun());
        TypeAndValue ftv = info.types.get(fun);
        if (ftv != null && ftv.isType()) {
            return c.args().size() == 1 ? convert(t, c.args().get(0)) : null;
        }
        Obj callee = fun instanceof Expr.Ident id ? info.objectOf(id)
                : fun instanceof Expr.Selector s && s.x() instanceof Expr.Ident q && info.objectOf(q) instanceof PkgName
                ? info.objectOf(s.sel()) : null;
        if (callee instanceof Builtin bi) {
            return builtin(t, bi.id(), c.args());
        }
        if (!(callee instanceof Func f) || f.pkg() == null || f.signature().recv() != null
                || f.pkg().scope().lookup(f.name()) != f) {
            return null;
        }
        List<Expr> args = c.args();
        if (f.pkg().path().equals("errors") && f.name().equals("New") && args.size() == 1) {
            return errorsNew(t, f, args.get(0));
        }
        if (!f.pkg().path().equals("math") || args.size() != f.signature().params().size()) {
            return null;
        }
        Const[] a = new Const[args.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = value(args.get(i), f.signature().params().at(i));
            if (a[i] == null) {
                return null;
            }
        }
        return switch (f.name()) {
            case "NaN" -> floatConst(t, Double.longBitsToDouble(0x7FF8000000000001L), 0);
            case "Inf" -> a[0].value() == null || a[0].value() instanceof Constant.IntVal
                    ? floatConst(t, a[0].value() == null || n(a[0]).signum() >= 0 ? Double.POSITIVE_INFINITY
                            : Double.NEGATIVE_INFINITY, 0)
                    : null;
            case "Float64frombits" -> a[0].value() instanceof Constant.IntVal n || a[0].value() == null
                    ? ieeeOrExact(t, new long[] {a[0].value() == null ? 0 : n(a[0]).longValue()}) : null;
            case "Float32frombits" -> a[0].value() instanceof Constant.IntVal || a[0].value() == null
                    ? ieeeOrExact(t, new long[] {a[0].value() == null ? 0 : n(a[0]).longValue() & 0xFFFFFFFFL}) : null;
            case "Float64bits" -> bitsOf(t, a[0]);
            case "Float32bits" -> bitsOf(t, a[0]);
            case "Copysign" -> {
                long[] m = bits(a[0]);
                long[] s = bits(a[1]);
                yield m == null || s == null ? null
                        : ieeeOrExact(t, new long[] {m[0] & ~Long.MIN_VALUE | s[0] & Long.MIN_VALUE});
            }
            default -> null;
        };
    }

    private static BigInteger n(Const c) {
        return ((Constant.IntVal) c.value()).value();
    }

    /** math.Float64bits or Float32bits of the float constant x, as an unsigned integer constant of type t. */
    private static Const bitsOf(Type t, Const x) {
        long[] b = bits(x);
        if (b == null) {
            return null;
        }
        BigInteger v = BigInteger.valueOf(b[0]);
        if (v.signum() < 0) {
            v = v.add(BigInteger.ONE.shiftLeft(64));
        }
        return new Const(t, new Constant.IntVal(v));
    }

    private Const builtin(Type t, Builtin.Id id, List<Expr> args) {
        switch (id) {
            case COMPLEX -> {
                if (args.size() != 2 || !floating(t)) {
                    return null;
                }
                Type part = single(t) ? org.tinygo4j.frontend.types.Universe.FLOAT32
                        : org.tinygo4j.frontend.types.Universe.FLOAT64;
                Const re = value(args.get(0), part);
                Const im = value(args.get(1), part);
                double[] p = re == null ? null : parts(re);
                double[] q = im == null ? null : parts(im);
                return p == null || q == null ? null : floatConst(t, p[0], q[0]);
            }
            case REAL, IMAG -> {
                if (args.size() != 1 || !floating(t)) {
                    return null;
                }
                Const x = value(args.get(0), info.typeOf(args.get(0)));
                double[] p = x == null ? null : parts(x);
                return p == null ? null : floatConst(t, id == Builtin.Id.REAL ? p[0] : p[1], 0);
            }
            default -> {
                return null;
            }
        }
    }

    /** T(x): between integer types, from integers to floats and complex numbers, within floats and within complex numbers. */
    private Const convert(Type t, Expr arg) {
        Type from = info.typeOf(arg);
        Const x = value(arg, from);
        if (x == null || !(t.underlying() instanceof Basic tb) || !(x.type().underlying() instanceof Basic xb)) {
            return null;
        }
        if (tb.kind() == xb.kind()) {
            return retype(t, x);
        }
        if (xb.isInteger() && tb.isInteger()) {
            return new Const(t, new Constant.IntVal(wrap(x.value() == null ? BigInteger.ZERO : n(x), t)));
        }
        if (xb.isInteger() && floating(t)) {
            BigInteger v = x.value() == null ? BigInteger.ZERO : n(x);
            double d = single(t) ? v.floatValue() : v.doubleValue();
            return floatConst(t, d, 0);
        }
        if (floating(t) && floating(x.type()) && kind(t).equals(kind(x.type()))) {
            double[] p = parts(x);
            return p == null ? null : floatConst(t, p[0], p[1]);
        }
        return null;
    }

    /** v truncated to the width of integer type t, as a Go conversion does. */
    private BigInteger wrap(BigInteger v, Type t) {
        int bits = (int) pb.program().sizes().sizeof(t) * 8;
        BigInteger m = v.and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
        if (!((Basic) t.underlying()).isUnsigned() && m.testBit(bits - 1)) {
            m = m.subtract(BigInteger.ONE.shiftLeft(bits));
        }
        return m;
    }

    /**
     * errors.New(text) of a constant text, when f is the embedded errors package's New
     * with the body it has ({@code return &errorString{text}}, errorString a struct of one
     * string): an interface value of type t holding the address of a new static
     * errorString, distinct for each call as New's results are. The object stays
     * writable data: its address is in an interface, so the read-only analysis takes it
     * as escaped.
     */
    private Const errorsNew(Type t, Func f, Expr arg) {
        TypeAndValue tv = info.types.get(ExprBuilder.unparen(arg));
        if (tv == null || !tv.isConstant() || !(tv.value() instanceof Constant.StringVal text)) {
            return null;
        }
        Type objType = errorStringType(f);
        if (objType == null) {
            return null;
        }
        Global g = pb.staticData(objType);
        g.setInitializer(new Const(objType, List.of(new Const(org.tinygo4j.frontend.types.Universe.STRING, text))));
        Pointer ptr = new Pointer(objType);
        pb.interfaces().register(ptr);
        return Const.iface(t, Const.addressOf(ptr, g));
    }

    /** The type errorString when New's body is {@code return &errorString{text}} as described; else null. */
    private Type errorStringType(Func f) {
        Decl.FuncDecl d = f.decl();
        if (d == null || d.body() == null || d.body().list().size() != 1
                || !(d.body().list().get(0) instanceof Stmt.Return r) || r.results().size() != 1
                || f.signature().params().size() != 1
                || !(ExprBuilder.unparen(r.results().get(0)) instanceof Expr.Unary u) || u.op() != Token.AND
                || !(ExprBuilder.unparen(u.x()) instanceof Expr.CompositeLit cl) || cl.elts().size() != 1
                || !(ExprBuilder.unparen(cl.elts().get(0)) instanceof Expr.Ident id)
                || info.objectOf(id) != f.signature().params().vars().get(0)) {
            return null;
        }
        Type objType = info.typeOf(cl);
        if (objType == null || !(objType.underlying() instanceof Struct st) || st.fields().size() != 1
                || !(st.fields().get(0).type() instanceof Basic b) || b.kind() != Basic.Kind.STRING) {
            return null;
        }
        return objType;
    }

    // ---- IEEE values ----

    private static String kind(Type t) {
        return t.underlying() instanceof Basic b ? b.isComplex() ? "complex" : b.isFloat() ? "float" : "" : "";
    }

    private static boolean floating(Type t) {
        return !kind(t).isEmpty() && !((Basic) t.underlying()).isUntyped();
    }

    private static boolean single(Type t) {
        Basic.Kind k = ((Basic) t.underlying()).kind();
        return k == Basic.Kind.FLOAT32 || k == Basic.Kind.COMPLEX64;
    }

    /** The parts (real, imaginary) of a numeric constant as doubles; null for other constants. */
    private static double[] parts(Const c) {
        long[] bits = c.ieeeBits();
        if (bits != null) {
            boolean single = single(c.type());
            double[] out = new double[2];
            for (int i = 0; i < bits.length; i++) {
                out[i] = single ? Float.intBitsToFloat((int) bits[i]) : Double.longBitsToDouble(bits[i]);
            }
            return out;
        }
        Constant v = c.value();
        boolean single = c.type().underlying() instanceof Basic b && !b.isUntyped() && single(c.type());
        double[] out = switch (v) {
            case null -> new double[] {0, 0};
            case Constant.IntVal i -> new double[] {i.value().doubleValue(), 0};
            case Constant.FloatVal f -> new double[] {f.toDouble(), 0};
            case Constant.ComplexVal cv -> new double[] {cv.re().toDouble(), cv.im().toDouble()};
            default -> null;
        };
        if (out != null && single) {
            out[0] = (float) out[0];
            out[1] = (float) out[1];
        }
        return out;
    }

    /** The IEEE bits of the parts of a float constant, as {@link Const#ieee} takes them; null for others. */
    private static long[] bits(Const c) {
        if (!floating(c.type())) {
            return null;
        }
        long[] b = c.ieeeBits();
        if (b != null) {
            return b;
        }
        double[] p = parts(c);
        if (p == null) {
            return null;
        }
        boolean single = single(c.type());
        int n = kind(c.type()).equals("complex") ? 2 : 1;
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = single ? Float.floatToRawIntBits((float) p[i]) & 0xFFFFFFFFL : Double.doubleToRawLongBits(p[i]);
        }
        return out;
    }

    /** -x: each part's sign bit flipped, as the lowering's fneg does. */
    private static Const negate(Type t, Const x) {
        long[] b = bits(x);
        long sign = single(t) ? 0x80000000L : Long.MIN_VALUE;
        long[] out = new long[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = b[i] ^ sign;
        }
        return ieeeOrExact(t, out);
    }

    /** The float or complex constant of type t with these parts (rounded to float32 for float32 and complex64). */
    private static Const floatConst(Type t, double re, double im) {
        boolean single = single(t);
        int n = kind(t).equals("complex") ? 2 : 1;
        double[] p = {re, im};
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = single ? Float.floatToRawIntBits((float) p[i]) & 0xFFFFFFFFL : Double.doubleToRawLongBits(p[i]);
        }
        return ieeeOrExact(t, out);
    }

    /**
     * The constant of float or complex type t with parts of these IEEE bits: an exact
     * constant when every part is a finite number other than negative zero (as
     * constants of the source are), else an {@link Const#ieee} one.
     */
    private static Const ieeeOrExact(Type t, long[] bits) {
        boolean single = single(t);
        Constant.FloatVal[] exact = new Constant.FloatVal[bits.length];
        for (int i = 0; i < bits.length; i++) {
            double d = single ? Float.intBitsToFloat((int) bits[i]) : Double.longBitsToDouble(bits[i]);
            boolean negZero = single ? bits[i] == 0x80000000L : bits[i] == Long.MIN_VALUE;
            if (Double.isNaN(d) || Double.isInfinite(d) || negZero) {
                return Const.ieee(t, bits);
            }
            BigDecimal x = new BigDecimal(d);
            exact[i] = x.scale() <= 0 ? new Constant.FloatVal(x.toBigIntegerExact(), BigInteger.ONE)
                    : new Constant.FloatVal(x.unscaledValue(), BigInteger.TEN.pow(x.scale()));
        }
        return new Const(t, bits.length == 1 ? exact[0] : new Constant.ComplexVal(exact[0], exact[1]));
    }

    // ---- writes ----

    /** The package-level variables that code may write: see the class comment. */
    private Set<Var> findWritten() {
        Set<Var> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Package p : pb.packages()) {
            for (File f : p.files()) {
                walk(f.decls(), out);
            }
        }
        return out;
    }

    private void walk(Object o, Set<Var> out) {
        if (o instanceof List<?> list) {
            for (Object e : list) {
                walk(e, out);
            }
            return;
        }
        if (!(o instanceof Record r) || !(o instanceof Node)) {
            return;
        }
        switch (o) {
            case Stmt.Assign a -> a.lhs().forEach(x -> markRoot(x, out));
            case Stmt.IncDec d -> markRoot(d.x(), out);
            case Stmt.Range rg -> {
                markRoot(rg.key(), out);
                markRoot(rg.value(), out);
            }
            case Expr.Unary u when u.op() == Token.AND -> markRoot(u.x(), out);
            case Expr.SliceExpr se when !(info.typeOf(se.x()) != null
                    && info.typeOf(se.x()).underlying() instanceof Basic) -> markRoot(se.x(), out); // (an array's address)
            case Expr.Selector s -> {
                Selection sel = info.selections.get(s);
                if (sel != null && sel.kind() == Selection.Kind.METHOD_VAL && sel.obj() instanceof Func fn
                        && fn.signature().recv() != null && fn.signature().recv().type() instanceof Pointer) {
                    markRoot(s.x(), out); // (an addressable receiver: its address)
                }
            }
            default -> {
            }
        }
        for (Method accessor : AddressTaken.children(r.getClass())) {
            try {
                walk(accessor.invoke(r), out);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Marks the variable at the root of x, x.f, x[i], x[i:j], *x, (x) and pkg.x. */
    private void markRoot(Expr e, Set<Var> out) {
        while (e != null) {
            switch (e) {
                case Expr.Paren p -> e = p.x();
                case Expr.Selector s -> e = s.x() instanceof Expr.Ident q && info.objectOf(q) instanceof PkgName
                        ? s.sel() : s.x();
                case Expr.Index ix -> e = ix.x();
                case Expr.SliceExpr se -> e = se.x();
                case Expr.Star st -> e = st.x();
                case Expr.Ident id -> {
                    if (info.objectOf(id) instanceof Var v) {
                        out.add(v);
                    }
                    return;
                }
                default -> {
                    return;
                }
            }
        }
    }
}
