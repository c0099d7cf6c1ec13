package org.tinygo4j.ssa.build;

import java.util.ArrayList;
import java.util.List;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Token;
import org.tinygo4j.frontend.types.Array;
import org.tinygo4j.frontend.types.Basic;
import org.tinygo4j.frontend.types.Builtin;
import org.tinygo4j.frontend.types.Constant;
import org.tinygo4j.frontend.types.Func;
import org.tinygo4j.frontend.types.Info;
import org.tinygo4j.frontend.types.Nil;
import org.tinygo4j.frontend.types.Obj;
import org.tinygo4j.frontend.types.Pointer;
import org.tinygo4j.frontend.types.Selection;
import org.tinygo4j.frontend.types.Signature;
import org.tinygo4j.frontend.types.Struct;
import org.tinygo4j.frontend.types.Tuple;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.TypeAndValue;
import org.tinygo4j.frontend.types.Types;
import org.tinygo4j.frontend.types.Universe;
import org.tinygo4j.frontend.types.Var;
import org.tinygo4j.ssa.abi.RuntimeAbi;
import org.tinygo4j.ssa.ir.BasicBlock;
import org.tinygo4j.ssa.ir.Function;
import org.tinygo4j.ssa.ir.Instr;
import org.tinygo4j.ssa.ir.Value;

/**
 * Builds expressions: values (rvalues), addresses (lvalues), and conditions as
 * branches so that && and || short-circuit without materialising booleans.
 */
final class ExprBuilder {
    final FunctionBuilder fb;
    final Info info;

    /** Composite literals: built in memory, or constants when every element is one. */
    final CompositeLits lits = new CompositeLits(this);
    /** String concatenations of three or more operands as one call. */
    final Concatenations concats = new Concatenations(this);

    ExprBuilder(FunctionBuilder fb) {
        this.fb = fb;
        this.info = fb.info;
    }

    Type typeOf(Expr e) {
        Type t = info.typeOf(e);
        if (t == null) {
            throw new Unsupported(e.pos(), "expression without type information");
        }
        return fb.subst(Universe.defaultType(t));
    }

    /** The value of e; null for a call without results. */
    Value expr(Expr e) {
        TypeAndValue tv = info.types.get(e);
        if (tv != null && tv.isConstant()) {
            return new org.tinygo4j.ssa.ir.Const(fb.subst(Universe.defaultType(tv.type())), tv.value());
        }
        return switch (e) {
            case Expr.Paren p -> expr(p.x());
            case Expr.Ident id -> ident(id);
            case Expr.Binary b -> binary(b);
            case Expr.Unary u -> unary(u);
            case Expr.Star s -> fb.load(expr(s.x()), s.pos());
            case Expr.Call c -> call(c);
            case Expr.Selector s -> selector(s);
            case Expr.Index ix -> index(ix);
            case Expr.CompositeLit cl when typeOf(cl).underlying() instanceof org.tinygo4j.frontend.types.Slice st ->
                    lits.sliceLiteral(cl, st);
            case Expr.CompositeLit cl when Maps.isMap(typeOf(cl)) -> new Maps(fb).literal(cl, typeOf(cl));
            case Expr.CompositeLit cl when typeOf(cl).underlying() instanceof Pointer p -> { // {...} for &T{...} in a literal
                Instr.Alloc a = fb.alloc(p.elem(), "complit", cl.pos(), true);
                lits.fillComposite(a, p.elem(), cl);
                yield a;
            }
            case Expr.CompositeLit cl -> fb.load(lits.compositeLit(cl, false), cl.pos());
            case Expr.FuncLit fl -> closure(fl);
            case Expr.SliceExpr se -> sliceExpr(se);
            case Expr.TypeAssert ta -> fb.pb.interfaces().typeAssertExpr(fb, ta, false);
            default -> throw new Unsupported(e.pos(), "expression " + e.getClass().getSimpleName());
        };
    }

    private Value ident(Expr.Ident id) {
        Obj o = info.objectOf(id);
        if (o instanceof Var v) {
            Value addr = fb.varAddr(v);
            if (addr == null) {
                throw new Unsupported(id.pos(), "variable captured from an enclosing function");
            }
            return fb.load(addr, id.pos());
        }
        if (o instanceof Nil) {
            return org.tinygo4j.ssa.ir.Const.zero(typeOf(id));
        }
        if (o instanceof Func f) {
            if (f.signature().recv() != null) {
                throw new Unsupported(id.pos(), "method values");
            }
            if (isGeneric(f)) {
                Function inst = instanceOf(id, f);
                Function w = fb.pb.valueWrapper(inst, id.pos());
                return fb.emit(new Instr.MakeClosure(inst.signature(), w, List.of(), id.pos()));
            }
            Function w = fb.pb.valueWrapper(f, id.pos());
            return fb.emit(new Instr.MakeClosure(f.signature(), w, List.of(), id.pos()));
        }
        throw new Unsupported(id.pos(), "use of " + (o == null ? id.name() : o.toString()) + " as a value");
    }

    // ---- operators ----

    private Value binary(Expr.Binary b) {
        if (b.op() == Token.LAND || b.op() == Token.LOR) {
            Instr.Alloc tmp = fb.alloc(Universe.BOOL, "cond", b.pos(), false);
            BasicBlock t = fb.newBlock("cond.true");
            BasicBlock f = fb.newBlock("cond.false");
            BasicBlock done = fb.newBlock("cond.done");
            cond(b, t, f);
            fb.setCurrent(t);
            fb.store(tmp, new org.tinygo4j.ssa.ir.Const(Universe.BOOL, new Constant.BoolVal(true)), b.pos());
            fb.jump(done);
            fb.setCurrent(f);
            fb.store(tmp, new org.tinygo4j.ssa.ir.Const(Universe.BOOL, new Constant.BoolVal(false)), b.pos());
            fb.jump(done);
            fb.setCurrent(done);
            return fb.load(tmp, b.pos());
        }
        Value joined = concats.binary(b);
        if (joined != null) {
            return joined;
        }
        Value x = expr(b.x());
        Value y = expr(b.y());
        if (b.op().isComparison()) {
            return compare(b.op(), x, y, b.pos(), b.opPos());
        }
        Type t = typeOf(b);
        x = convert(x, t, b.pos());
        if (!b.op().isShift()) {
            y = convert(y, t, b.pos());
        }
        return binop(t, b.op(), x, y, b.opPos());
    }

    /**
     * x op y for a comparison: an untyped nil or constant on one side takes the type of
     * the other; a concrete value compared with an interface becomes an interface value.
     */
    Value compare(Token op, Value x, Value y, int pos, int opPos) {
        if (Interfaces.isInterface(y.type()) && !Interfaces.isInterface(x.type())
                || x instanceof org.tinygo4j.ssa.ir.Const && !(y instanceof org.tinygo4j.ssa.ir.Const)) {
            x = convert(x, y.type(), pos);
        } else {
            y = convert(y, x.type(), pos);
        }
        return binop(Universe.BOOL, op, x, y, opPos);
    }

    Value binop(Type t, Token op, Value x, Value y, int pos) {
        if (op == Token.ADD && t.underlying() instanceof Basic bt && bt.isString()) {
            fb.pb.requireRuntime(RuntimeAbi.STRING_CONCAT, pos);
        }
        if (op == Token.QUO && t.underlying() instanceof Basic bt && bt.isComplex()) {
            fb.pb.requireRuntime(RuntimeAbi.COMPLEX_DIVIDE, pos);
        }
        if (op.isComparison() && (Interfaces.isInterface(x.type()) || x.type().underlying() instanceof Struct
                || x.type().underlying() instanceof Array)) {
            fb.pb.requireRuntime(RuntimeAbi.PANIC_UNCOMPARABLE, pos); // interface comparisons may reach it
        }
        return fb.emit(new Instr.BinOp(t, op, x, y, pos));
    }

    private Value unary(Expr.Unary u) {
        return switch (u.op()) {
            case ADD -> expr(u.x());
            case SUB, XOR, NOT -> fb.emit(new Instr.UnOp(typeOf(u), u.op(), convert(expr(u.x()), typeOf(u), u.pos()),
                    u.pos()));
            case AND -> unparen(u.x()) instanceof Expr.Star s ? checkedPointer(expr(s.x()), u.pos()) : addr(u.x());
            case ARROW -> new Channels(fb).recv(u).get(0);
            default -> throw new Unsupported(u.pos(), "operator " + u.op().text());
        };
    }

    /**
     * p, for &*p, which panics when p is nil as Go's does: a load of one byte through p,
     * whose nil check the lowering emits (LLVM drops the unused load itself).
     */
    private Value checkedPointer(Value p, int pos) {
        fb.load(fb.emit(new Instr.Convert(new Pointer(Universe.BYTE), p, pos)), pos);
        return p;
    }

    /** Branches to t or f on the truth of e, short-circuiting && and ||. */
    void cond(Expr e, BasicBlock t, BasicBlock f) {
        TypeAndValue tv = info.types.get(e);
        if (tv == null || !tv.isConstant()) {
            if (e instanceof Expr.Paren p) {
                cond(p.x(), t, f);
                return;
            }
            if (e instanceof Expr.Binary b && b.op() == Token.LAND) {
                BasicBlock mid = fb.newBlock("and.rhs");
                cond(b.x(), mid, f);
                fb.setCurrent(mid);
                cond(b.y(), t, f);
                return;
            }
            if (e instanceof Expr.Binary b && b.op() == Token.LOR) {
                BasicBlock mid = fb.newBlock("or.rhs");
                cond(b.x(), t, mid);
                fb.setCurrent(mid);
                cond(b.y(), t, f);
                return;
            }
            if (e instanceof Expr.Unary u && u.op() == Token.NOT) {
                cond(u.x(), f, t);
                return;
            }
        }
        Value v = expr(e);
        fb.emit(new Instr.If(v, t, f, e.pos()));
    }

    // ---- conversions ----

    /** v as a value of type t: constants are retyped, other values converted when representations differ. */
    Value convert(Value v, Type t, int pos) {
        if (v == null || t == null || Types.identical(v.type(), t)) {
            return v;
        }
        if (Interfaces.isInterface(t) && !Interfaces.isInterface(v.type())
                && !(v instanceof org.tinygo4j.ssa.ir.Const c0 && c0.isZero()
                && v.type().underlying() instanceof Basic nb && nb.kind() == Basic.Kind.UNTYPED_NIL)) {
            return fb.pb.interfaces().makeInterface(fb, v, t, pos);
        }
        if (v instanceof org.tinygo4j.ssa.ir.Const c
                && !(t.underlying() instanceof org.tinygo4j.frontend.types.Slice && !c.isZero())) {
            return convertConst(c, t); // but []byte("...") is a new slice, made by code
        }
        if (Types.identical(v.type().underlying(), t.underlying()) && !(t instanceof org.tinygo4j.frontend.types.Named)
                && !(v.type() instanceof org.tinygo4j.frontend.types.Named)) {
            return v; // same representation and no type name to keep
        }
        return fb.emit(new Instr.Convert(t, v, pos));
    }

    org.tinygo4j.ssa.ir.Const convertConst(org.tinygo4j.ssa.ir.Const c, Type t) {
        return new org.tinygo4j.ssa.ir.Const(t, c.value());
    }

    Value extract(Value tuple, int i, int pos) {
        Tuple tt = (Tuple) tuple.type();
        return fb.emit(new Instr.Extract(tt.at(i), tuple, i, pos));
    }

    // ---- calls ----

    private Value call(Expr.Call c) {
        Expr fun = unparen(c.fun());
        TypeAndValue ftv = info.types.get(fun);
        if (ftv != null && ftv.isType()) {
            Type to = typeOf(c);
            Value x = expr(c.args().get(0));
            if (x.type().underlying() instanceof org.tinygo4j.frontend.types.Slice
                    && to.underlying() instanceof org.tinygo4j.frontend.types.Array arr) {
                return sliceToArray(x, to, arr.len(), c.pos());
            }
            requireConversionHelper(x.type(), to, c.pos());
            return convert(x, to, c.pos());
        }
        Obj callee = calleeObject(fun);
        if (callee instanceof Builtin b) {
            return new Builtins(fb).call(c, b);
        }
        if (callee instanceof Func f0 && fun instanceof Expr.Selector ts && info.selections.get(ts) instanceof Selection tsel
                && fb.typeArgsUsed(tsel.recv())) {
            // a method of a type parameter's constraint: the type argument's own method
            callee = concreteMethod(ts, tsel, f0);
        }
        if (callee instanceof Func f) {
            if (Finalizers.isSetFinalizer(f)) {
                Value set = new Finalizers(fb).call(c);
                if (set != null) {
                    return set;
                }
            }
            Signature sig = f.signature();
            Function target = null;
            if (isGeneric(f)) {
                target = instanceOf(fun instanceof Expr.Index ix ? unparen(ix.x()) : fun, f);
                sig = target.signature();
            }
            if (fun instanceof Expr.Selector s0 && info.selections.get(s0) instanceof Selection sel0
                    && Interfaces.isInterfaceMethod(f)) {
                if (sel0.kind() != Selection.Kind.METHOD_VAL) {
                    Value fv = expr(s0);
                    Tuple res = sig.results();
                    Type rt = res.size() == 0 ? null : res.size() == 1 ? res.at(0) : res;
                    return fb.emit(new Instr.CallValue(rt, fv, arguments(c, (Signature) typeOf(s0).underlying()),
                            callPos(c)));
                }
                Value recv = interfaceReceiver(s0, sel0);
                return fb.pb.interfaces().invoke(fb, recv, f, arguments(c, (Signature) fb.subst(sig)), c.pos());
            }
            List<Value> args = new ArrayList<>();
            if (fun instanceof Expr.Selector s && info.selections.get(s) instanceof Selection sel) {
                if (sel.kind() != Selection.Kind.METHOD_VAL) {
                    // T.M(recv, args): call the method expression's function value.
                    Value fv = expr(s);
                    Tuple res = sig.results();
                    Type rt = res.size() == 0 ? null : res.size() == 1 ? res.at(0) : res;
                    return fb.emit(new Instr.CallValue(rt, fv, arguments(c, (Signature) typeOf(s).underlying()),
                            callPos(c)));
                }
                args.add(receiver(s, sel, f));
            }
            args.addAll(arguments(c, sig));
            return callFunction(target != null ? target : fb.pb.function(f), sig, args, callPos(c));
        }
        Type ft = typeOf(fun);
        if (ft.underlying() instanceof Signature sig && !(callee instanceof Func)) {
            Value fv = expr(fun);
            List<Value> args = arguments(c, sig);
            Tuple res = sig.results();
            Type rt = res.size() == 0 ? null : res.size() == 1 ? res.at(0) : res;
            return fb.emit(new Instr.CallValue(rt, fv, args, callPos(c)));
        }
        throw new Unsupported(c.pos(), "calls of " + ft);
    }

    /** A function literal: its body becomes a function; the captured variables' cells become its context. */
    private Value closure(Expr.FuncLit fl) {
        Signature sig = (Signature) typeOf(fl);
        // A literal's link name extends the enclosing function's, so that nested ones
        // would grow with the depth (names of 24 KB at 4,000 levels, written into the
        // object and its symbol table); past CLOSURE_NEST_LIMIT they extend the declared
        // function's name instead.
        Function namedAfter = fb.closureDepth < FunctionBuilder.CLOSURE_NEST_LIMIT ? fb.fn : fb.outermost;
        Function child = new Function(fb.pb.uniqueName(namedAfter.linkName() + ".func"), sig, null);
        child.setGoName(fb.nextClosureName());
        child.setPos(fl.pos());
        fb.pb.program().functions().add(child);
        FunctionBuilder cb = new FunctionBuilder(fb.pb, child, fb, (Signature) info.typeOf(fl));
        cb.buildClosure(fl);
        List<Value> bindings = new ArrayList<>();
        for (Var v : cb.freeVars()) {
            bindings.add(fb.varAddr(v));
        }
        return fb.emit(new Instr.MakeClosure(sig, child, bindings, fl.pos()));
    }

    /**
     * The instance of generic function or method f used at fun (an identifier or selector):
     * the checker's type arguments, themselves substituted inside generic code.
     */
    Function instanceOf(Expr fun, Func f) {
        if (!f.signature().typeParams().isEmpty()) {
            Expr.Ident nameId = fun instanceof Expr.Ident id ? id : fun instanceof Expr.Selector s ? s.sel() : null;
            org.tinygo4j.frontend.types.Instance inst = nameId == null ? null : info.instances.get(nameId);
            if (inst == null) {
                throw new Unsupported(fun.pos(), "this use of a generic function");
            }
            List<Type> targs = inst.typeArgs().stream().map(fb::subst).toList();
            return fb.pb.instance(f, targs, fun.pos());
        }
        // a method of an instance of a generic type: the receiver's base type gives the arguments
        Type r = fb.subst(f.signature().recv().type());
        Type base = r instanceof Pointer p ? p.elem() : r;
        if (!(base instanceof org.tinygo4j.frontend.types.Named n) || n.typeArgs().isEmpty()) {
            throw new Unsupported(fun.pos(), "this method of a generic type");
        }
        return fb.pb.instance(f.origin(), n.typeArgs(), fun.pos());
    }

    /**
     * For x.M() with x of a type parameter's type: the method M of the type argument (a
     * value or pointer receiver declared on it, or promoted through embedding).
     */
    Func concreteMethod(Expr.Selector s, Selection sel, Func constraintMethod) {
        Type t = fb.subst(sel.recv());
        Type base = t instanceof Pointer p ? p.elem() : t;
        if (base.underlying() instanceof org.tinygo4j.frontend.types.Interface iface) {
            for (Func m : iface.allMethods()) {
                if (m.name().equals(constraintMethod.name())) {
                    return m; // an interface type argument: a dynamic call
                }
            }
        }
        if (base instanceof org.tinygo4j.frontend.types.Named n) {
            for (Func m : n.methods()) {
                if (m.name().equals(constraintMethod.name())) {
                    return m;
                }
            }
        }
        return constraintMethod; // promoted or otherwise not declared on t: Interfaces.invoke finds it
    }

    /** Whether f is generic or a method of a generic type (both need instantiation). */
    static boolean isGeneric(Func f) {
        Signature sig = f.signature();
        if (sig.recv() != null && sig.recv().type().underlying() instanceof org.tinygo4j.frontend.types.Interface) {
            return false; // a method of an (instantiated) interface: called dynamically, never compiled
        }
        if (!sig.typeParams().isEmpty() || f.origin() != f) {
            return true;
        }
        if (sig.recv() != null) {
            Type r = sig.recv().type();
            Type base = r instanceof Pointer p ? p.elem() : r;
            return base instanceof org.tinygo4j.frontend.types.Named n
                    && (!n.typeArgs().isEmpty() || !n.typeParams().isEmpty());
        }
        return false;
    }

    /**
     * [n]T(s) (go1.20): a copy of the first n elements of s's array, as *(*[n]T)(s) with
     * its length check and panic; [0]T(s) is the empty array even for a nil s.
     */
    private Value sliceToArray(Value s, Type to, long n, int pos) {
        fb.pb.requireRuntime(RuntimeAbi.PANIC_SLICE_TO_ARRAY, pos);
        Value p = fb.emit(new Instr.Convert(new Pointer(to), s, pos));
        return n == 0 ? org.tinygo4j.ssa.ir.Const.zero(to) : fb.load(p, pos);
    }

    /**
     * Conversions between strings, byte slices, rune slices and runes call the runtime,
     * and so may one of a slice to an array pointer (its panic).
     */
    private void requireConversionHelper(Type from, Type to, int pos) {
        Type fu = from.underlying();
        Type tu = to.underlying();
        boolean toString = tu instanceof Basic tb && tb.isString();
        boolean fromString = fu instanceof Basic fbt && fbt.isString();
        if (toString && fu instanceof org.tinygo4j.frontend.types.Slice fs) {
            fb.pb.requireRuntime(isRune(fs.elem()) ? RuntimeAbi.STRING_FROM_RUNES : RuntimeAbi.STRING_FROM_BYTES, pos);
        } else if (toString && fu instanceof Basic fbt && fbt.isInteger()) {
            fb.pb.requireRuntime(RuntimeAbi.STRING_FROM_RUNE, pos);
        } else if (fromString && tu instanceof org.tinygo4j.frontend.types.Slice ts) {
            fb.pb.requireRuntime(isRune(ts.elem()) ? RuntimeAbi.RUNES_FROM_STRING : RuntimeAbi.BYTES_FROM_STRING, pos);
        } else if (fu instanceof org.tinygo4j.frontend.types.Slice && tu instanceof Pointer) {
            fb.pb.requireRuntime(RuntimeAbi.PANIC_SLICE_TO_ARRAY, pos);
        }
    }

    /** Whether a slice element type is rune-like (int32 underneath) rather than byte-like. */
    static boolean isRune(Type elem) {
        return elem.underlying() instanceof Basic eb && eb.kind() == Basic.Kind.INT32;
    }

    Value callFunction(Function fn, Signature sig, List<Value> args, int pos) {
        Tuple res = sig.results();
        Type rt = res.size() == 0 ? null : res.size() == 1 ? res.at(0) : res;
        return fb.emit(new Instr.Call(rt, fn, args, pos));
    }

    Obj calleeObject(Expr fun) {
        if (fun instanceof Expr.Ident id) {
            return info.objectOf(id);
        }
        if (fun instanceof Expr.Selector s) {
            Selection sel = info.selections.get(s);
            return sel != null ? sel.obj() : info.objectOf(s.sel());
        }
        if (fun instanceof Expr.Index ix && (unparen(ix.x()) instanceof Expr.Ident || unparen(ix.x()) instanceof Expr.Selector)
                && calleeObject(unparen(ix.x())) instanceof Func g) {
            return g; // an explicit instantiation F[int](...)
        }
        return null; // a function value: a variable, an element, a call result, ...
    }

    /** The interface value whose method is called: x, or the embedded interface field reached through x. */
    Value interfaceReceiver(Expr.Selector s, Selection sel) {
        if (sel.index().size() == 1) {
            return expr(s.x());
        }
        Value base = Pointers.is(typeOf(s.x())) ? expr(s.x()) : addrOrTemp(s.x());
        return fb.load(fieldPath(base, sel.index().subList(0, sel.index().size() - 1), s.pos()), s.pos());
    }

    /** The receiver argument of a method call, taking its address or dereferencing as needed. */
    Value receiver(Expr.Selector s, Selection sel, Func f) {
        boolean wantPtr = f.signature().recv().type() instanceof Pointer;
        Value x;
        boolean isPtr = Pointers.is(typeOf(s.x()));
        if (sel.index().size() > 1) {
            // Promoted through embedded fields: address of the embedded field.
            Value base = isPtr ? expr(s.x()) : addrOrTemp(s.x());
            Value a = fieldPath(base, sel.index().subList(0, sel.index().size() - 1), s.pos());
            if (Pointers.elem(a.type()) instanceof Pointer) {
                a = fb.load(a, s.pos()); // the method's type is embedded by pointer
            }
            return wantPtr ? a : fb.load(a, s.pos());
        }
        if (wantPtr) {
            x = isPtr ? expr(s.x()) : addr(s.x());
        } else {
            x = isPtr ? fb.load(expr(s.x()), s.pos()) : expr(s.x());
        }
        return x;
    }

    /**
     * The arguments of a call converted to the parameter types. For a variadic function
     * the extra arguments are packed into a new slice (nil when there are none), unless
     * the call passes a slice with ...; f(g()) spreads g's results.
     */
    List<Value> arguments(Expr.Call c, Signature sig) {
        List<Var> params = sig.params().vars();
        List<Value> vals = new ArrayList<>();
        List<Integer> poss = new ArrayList<>();
        if (c.args().size() == 1 && info.typeOf(c.args().get(0)) instanceof Tuple tt && tt.size() > 1) {
            Value tuple = expr(c.args().get(0));
            for (int i = 0; i < tt.size(); i++) {
                vals.add(extract(tuple, i, c.pos()));
                poss.add(c.pos());
            }
        } else {
            for (Expr a : c.args()) {
                vals.add(expr(a));
                poss.add(a.pos());
            }
        }
        boolean pack = sig.variadic() && !c.hasEllipsis();
        int fixed = pack ? params.size() - 1 : params.size();
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < fixed; i++) {
            out.add(convert(vals.get(i), params.get(i).type(), poss.get(i)));
        }
        if (pack) {
            Type st = params.get(fixed).type();
            Type elem = ((org.tinygo4j.frontend.types.Slice) st.underlying()).elem();
            int n = vals.size() - fixed;
            if (n == 0) {
                out.add(org.tinygo4j.ssa.ir.Const.zero(st));
            } else {
                Array arr = new Array(n, elem);
                Instr.Alloc a = fb.alloc(arr, "varargs", c.pos(), true);
                for (int i = 0; i < n; i++) {
                    Value ea = fb.emit(new Instr.IndexAddr(new Pointer(elem), a,
                            new org.tinygo4j.ssa.ir.Const(Universe.INT, Constant.IntVal.of(i)), c.pos()));
                    fb.store(ea, convert(vals.get(fixed + i), elem, poss.get(fixed + i)), c.pos());
                }
                out.add(fb.emit(new Instr.Slice(st, a, null, null, null, c.pos())));
            }
        }
        return out;
    }


    // ---- selectors, indexing, addresses ----

    private Value selector(Expr.Selector s) {
        Selection sel = info.selections.get(s);
        if (sel == null) {
            return ident(s.sel()); // qualified identifier pkg.Name
        }
        if (sel.kind() == Selection.Kind.METHOD_VAL && sel.obj() instanceof Func m
                && typeOf(s).underlying() instanceof Signature vs) {
            return new MethodValues(fb).build(s, sel, vs);
        }
        if (sel.kind() == Selection.Kind.METHOD_EXPR && sel.obj() instanceof Func m
                && typeOf(s).underlying() instanceof Signature es) {
            return new MethodValues(fb).expression(s, sel, es);
        }
        if (sel.kind() != Selection.Kind.FIELD_VAL) {
            throw new Unsupported(s.pos(), "method values and expressions of generic types");
        }
        if (isAddressable(s.x()) || Pointers.is(typeOf(s.x()))) {
            return fb.load(addr(s), s.pos());
        }
        Value v = expr(s.x());
        for (int i : sel.index()) {
            if (Pointers.is(v.type())) {
                v = fb.load(v, s.pos());
            }
            Struct st = (Struct) v.type().underlying();
            v = fb.emit(new Instr.Field(st.fields().get(i).type(), v, i, s.pos()));
        }
        return v;
    }

    /** Follows a path of field indices from a pointer to a struct, loading embedded pointers on the way. */
    Value fieldPath(Value ptr, List<Integer> path, int pos) {
        Value a = ptr;
        for (int i : path) {
            Type elem = Pointers.elem(a.type());
            if (elem instanceof Pointer) {
                a = fb.load(a, pos);
                elem = Pointers.elem(a.type());
            }
            Struct st = (Struct) elem.underlying();
            a = fb.emit(new Instr.FieldAddr(new Pointer(st.fields().get(i).type()), a, i, pos));
        }
        return a;
    }

    private Value index(Expr.Index ix) {
        Expr gx = unparen(ix.x());
        if ((gx instanceof Expr.Ident || gx instanceof Expr.Selector && info.selections.get((Expr.Selector) gx) == null)
                && calleeObject(gx) instanceof Func g && isGeneric(g)) {
            // F[int] as a value
            Function inst = instanceOf(gx, g);
            Function w = fb.pb.valueWrapper(inst, ix.pos());
            return fb.emit(new Instr.MakeClosure(inst.signature(), w, List.of(), ix.pos()));
        }
        Type xt = typeOf(ix.x());
        if (Maps.isMap(xt)) {
            return new Maps(fb).index(ix);
        }
        if (xt.underlying() instanceof Basic b && b.isString()) {
            Value s = expr(ix.x());
            Value i = wideIndex(expr(ix.indices().get(0)), RuntimeAbi.PANIC_INDEX64, ix.pos());
            return fb.emit(new Instr.StringIndex(s, i, Universe.BYTE, checkPos(ix.lbrack(), ix.pos())));
        }
        return fb.load(addr(ix), ix.pos());
    }

    private boolean isAddressable(Expr e) {
        TypeAndValue tv = info.types.get(e);
        if (tv != null) {
            return tv.mode() == TypeAndValue.Mode.VARIABLE;
        }
        return e instanceof Expr.Ident id && info.objectOf(id) instanceof Var;
    }

    /** The address of e if it is addressable, else of a temporary holding its value. */
    Value addrOrTemp(Expr e) {
        if (isAddressable(e)) {
            return addr(e);
        }
        Value v = expr(e);
        Instr.Alloc tmp = fb.alloc(v.type(), "tmp", e.pos(), false);
        fb.store(tmp, v, e.pos());
        return tmp;
    }

    /** The address of an addressable expression (or of a composite literal, for &T{...}). */
    Value addr(Expr e) {
        return switch (e) {
            case Expr.Paren p -> addr(p.x());
            case Expr.Ident id -> {
                Obj o = info.objectOf(id);
                Value a = o instanceof Var v ? fb.varAddr(v) : null;
                if (a == null) {
                    throw new Unsupported(id.pos(), "address of " + id.name());
                }
                yield a;
            }
            case Expr.Star s -> expr(s.x());
            case Expr.Selector s -> {
                Selection sel = info.selections.get(s);
                if (sel == null) {
                    yield addr(s.sel());
                }
                Value base = Pointers.is(typeOf(s.x())) ? expr(s.x()) : addrOrTemp(s.x());
                yield fieldPath(base, sel.index(), s.pos());
            }
            case Expr.Index ix when Maps.isMap(typeOf(ix.x())) -> new Maps(fb).slotNow(ix);
            case Expr.Index ix -> indexSlot(ix).get();
            case Expr.CompositeLit cl -> lits.compositeLit(cl, true);
            default -> throw new Unsupported(e.pos(), "address of " + e.getClass().getSimpleName());
        };
    }

    /**
     * The element of an array or slice an index expression names: its operands are
     * evaluated now, its address (with the bounds check) when the supplier is called.
     * An assignment of several values checks the bounds as it stores (in {@code m[k],
     * s[i] = 1, 2} the map is written before s[i] may panic).
     */
    java.util.function.Supplier<Value> indexSlot(Expr.Index ix) {
        Type xt = typeOf(ix.x());
        if (xt.underlying() instanceof org.tinygo4j.frontend.types.Slice st) {
            Value sv = expr(ix.x());
            Value i = wideIndex(expr(ix.indices().get(0)), RuntimeAbi.PANIC_INDEX64, ix.pos());
            return () -> fb.emit(new Instr.IndexAddr(new Pointer(st.elem()), sv, i, checkPos(ix.lbrack(), ix.pos())));
        }
        Value base;
        if (Pointers.is(xt)) {
            base = expr(ix.x());
        } else if (xt.underlying() instanceof Array) {
            base = addrOrTemp(ix.x());
        } else {
            throw new Unsupported(ix.pos(), "indexing " + xt);
        }
        Array arr = (Array) Pointers.elem(base.type()).underlying();
        Value i = wideIndex(expr(ix.indices().get(0)), RuntimeAbi.PANIC_INDEX64, ix.pos());
        return () -> fb.emit(new Instr.IndexAddr(new Pointer(arr.elem()), base, i, checkPos(ix.lbrack(), ix.pos())));
    }

    /**
     * An index operand wider than the target's int (an int64 or uint64 on a 32-bit
     * target) has the lowering panic through the runtime's 64-bit twin (panic), whose
     * message shows it whole: the runtime function joins the program only then.
     */
    private Value wideIndex(Value i, RuntimeAbi panic, int pos) {
        if (fb.pb.program().sizes().sizeof(i.type()) > fb.pb.program().sizes().intSize()) {
            fb.pb.requireRuntime(panic, pos);
        }
        return i;
    }

    /** x[low:high:max] of a slice, a string, an array (addressable) or a pointer to an array. */
    private Value sliceExpr(Expr.SliceExpr se) {
        Type xt = typeOf(se.x());
        Value x;
        if (xt.underlying() instanceof Array) {
            x = addr(se.x());
        } else {
            x = expr(se.x());
        }
        Value low = se.low() == null ? null : wideIndex(sliceIndex(expr(se.low()), se.pos()), RuntimeAbi.PANIC_SLICE64,
                se.pos());
        Value high = se.high() == null ? null : wideIndex(sliceIndex(expr(se.high()), se.pos()), RuntimeAbi.PANIC_SLICE64,
                se.pos());
        Value max = se.max() == null ? null : wideIndex(sliceIndex(expr(se.max()), se.pos()), RuntimeAbi.PANIC_SLICE64,
                se.pos());
        fb.pb.requireRuntime(RuntimeAbi.PANIC_SLICE, se.pos());
        return fb.emit(new Instr.Slice(typeOf(se), x, low, high, max, checkPos(se.lbrack(), se.pos())));
    }

    /**
     * Where an index or slice expression's bounds check panics, for runtime.Caller and
     * tracebacks: its opening bracket, as in gc (fixedbugs/issue29504.go).
     */
    private static int checkPos(int lbrack, int pos) {
        return lbrack != org.tinygo4j.frontend.ast.Node.NO_POS ? lbrack : pos;
    }

    /**
     * A slice index keeps its integer type (an unsigned or wide index is checked, and
     * shown in the panic, as what it is); an untyped constant becomes an int.
     */
    private Value sliceIndex(Value v, int pos) {
        if (v.type().underlying() instanceof Basic bt && bt.isInteger() && !bt.isUntyped()) {
            return v;
        }
        return convert(v, Universe.INT, pos);
    }

    static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) {
            e = p.x();
        }
        return e;
    }

    /**
     * Where a call happens, for runtime.Caller and tracebacks: its opening parenthesis,
     * as in gc (the line of "}()" for a function literal called at once).
     */
    static int callPos(Expr.Call c) {
        return c.lparen() != org.tinygo4j.frontend.ast.Node.NO_POS ? c.lparen() : c.pos();
    }
}
