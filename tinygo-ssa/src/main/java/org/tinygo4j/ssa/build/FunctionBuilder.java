package org.tinygo4j.ssa.build;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.tinygo4j.frontend.ast.Decl;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Spec;
import org.tinygo4j.frontend.ast.Stmt;
import org.tinygo4j.frontend.ast.Token;
import org.tinygo4j.frontend.types.Universe;
import org.tinygo4j.frontend.types.Basic;
import org.tinygo4j.frontend.types.Constant;
import org.tinygo4j.frontend.types.Func;
import org.tinygo4j.frontend.types.Info;
import org.tinygo4j.frontend.types.Obj;
import org.tinygo4j.frontend.types.Pointer;
import org.tinygo4j.frontend.types.Signature;
import org.tinygo4j.frontend.types.Struct;
import org.tinygo4j.frontend.types.Tuple;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.TypeParam;
import org.tinygo4j.frontend.types.Var;
import org.tinygo4j.ssa.abi.RuntimeAbi;
import org.tinygo4j.ssa.ir.BasicBlock;
import org.tinygo4j.ssa.ir.Const;
import org.tinygo4j.ssa.ir.Function;
import org.tinygo4j.ssa.ir.Global;
import org.tinygo4j.ssa.ir.Instr;
import org.tinygo4j.ssa.ir.Param;
import org.tinygo4j.ssa.ir.Value;

/**
 * Builds the body of one function: statements into blocks and control flow,
 * variables into Allocs (heap cells when their address is taken), and expressions
 * through {@link ExprBuilder}. Unsupported constructs abort this function with a
 * positioned "not supported yet" diagnostic.
 */
final class FunctionBuilder {
    final ProgramBuilder pb;
    final Function fn;
    final Info info;
    final ExprBuilder exprs;
    private BasicBlock current;
    private final Map<Obj, Value> locals = new IdentityHashMap<>();
    private final List<Instr.Alloc> namedResults = new ArrayList<>();
    private final Deque<Targets> targets = new ArrayDeque<>();
    private final Map<String, BasicBlock> labelBlocks = new HashMap<>();
    private Set<Var> addressTaken = Collections.emptySet();

    /** Where break, continue and fallthrough go inside a for, range or switch. */
    private record Targets(String label, BasicBlock breakTo, BasicBlock continueTo, BasicBlock fallthroughTo) {}

    /**
     * Loops nested deeper than this in one function leave that function unoptimised
     * ({@link Function#setOptnone}): LLVM's loop passes (LICM, loop instruction
     * simplification, loop CFG simplification) take time that grows faster than the
     * square of the depth, 1.3 s of passes at 500 nested loops and 9.3 s at 1,000, while
     * at 100 they take about 10 ms. No hand-written function comes near it.
     */
    static final int LOOP_NEST_LIMIT = 100;
    private int loopDepth;

    /**
     * Function literals nested deeper than this are not inlined into the one around
     * them: inlining a chain of them bottom-up copies each accumulated body into the next
     * (LLVM's inliner took 11 s for 4,000 nested literals), while up to 100 levels cost a
     * few milliseconds.
     */
    static final int CLOSURE_NEST_LIMIT = 100;
    /** How many function literals enclose this one (0: a declared function). */
    final int closureDepth;
    /** The declared function around this literal (this builder's own when it is one). */
    final Function outermost;

    /** For a closure: the function whose body holds the literal, and the variables it captures. */
    private final FunctionBuilder parent;
    /** Function literals numbered so far in this body (gc's names: main.f.func1, main.f.func1.1). */
    private int closures;
    /**
     * Whether this function is a part of its parent's body ({@link #callPart}): function
     * literals in it are named and numbered as the parent's own.
     */
    private boolean part;
    /** This call's runtime.deferFrame, if the function has defer statements (see runtime/panic.go). */
    private Instr.Alloc deferHead;
    /**
     * In a function with defer statements, the result slots: a recovered panic returns
     * what they hold when it resumes the function at its checkpoint. Accessed with
     * volatile loads and stores, so that LLVM keeps them in memory across the calls
     * that may panic rather than in registers, which the checkpoint would restore
     * to their values at entry.
     */
    private final Set<Value> pinned = Collections.newSetFromMap(new IdentityHashMap<>());
    private List<Instr.Alloc> resultSlots;
    /** Whether a panic called this function as its deferred call (functions that call recover). */
    private Value recoverToken;
    private final List<Var> freeVars = new ArrayList<>();

    /**
     * For an instance of generic code: each type parameter's argument. The checker's
     * types inside the body mention the parameters; every type the builder takes from
     * it goes through {@link #subst}.
     */
    private final Map<TypeParam, Type> typeArgs;
    /** The signature as declared: its Vars are the objects the body's identifiers use. */
    private final Signature declared;

    FunctionBuilder(ProgramBuilder pb, Function fn) {
        this(pb, fn, null, Map.of(), fn.object() != null ? fn.object().signature() : fn.signature());
    }

    FunctionBuilder(ProgramBuilder pb, Function fn, Map<TypeParam, Type> typeArgs) {
        this(pb, fn, null, typeArgs, fn.object() != null ? fn.object().signature() : fn.signature());
    }

    /** A closure's builder: it shares the enclosing function's type arguments. */
    FunctionBuilder(ProgramBuilder pb, Function fn, FunctionBuilder parent, Signature declared) {
        this(pb, fn, parent, parent.typeArgs, declared);
    }

    private FunctionBuilder(ProgramBuilder pb, Function fn, FunctionBuilder parent, Map<TypeParam, Type> typeArgs,
            Signature declared) {
        this.pb = pb;
        this.fn = fn;
        this.info = pb.info();
        this.exprs = new ExprBuilder(this);
        this.parent = parent;
        this.typeArgs = typeArgs;
        this.declared = declared;
        this.closureDepth = parent == null ? 0 : parent.closureDepth + 1;
        this.outermost = parent == null ? fn : parent.outermost;
    }

    /** t with this instance's type arguments in place of type parameters. */
    Type subst(Type t) {
        return typeArgs.isEmpty() ? t : pb.types().subst(t, typeArgs);
    }

    /** Whether t is a type parameter (or a pointer to one) that this instance binds. */
    boolean typeArgsUsed(Type t) {
        Type b = t instanceof Pointer p ? p.elem() : t;
        return b instanceof TypeParam && !typeArgs.isEmpty();
    }

    /** The variables of enclosing functions that this closure uses, in context order. */
    List<Var> freeVars() {
        return freeVars;
    }

    // ---- entry points ----

    void buildBody(Decl.FuncDecl decl) {
        guarded(decl.pos(), () -> buildBody(decl.body()));
    }

    /** A closure's body; its context parameter comes last. Errors go to the enclosing function. */
    void buildClosure(Expr.FuncLit lit) {
        if (closureDepth > CLOSURE_NEST_LIMIT) {
            fn.setNoinline(true);
        }
        buildBody(lit.body());
    }

    /** A function that calls target with its own parameters: target used as a function value. */
    void buildValueWrapper(Function target) {
        current = fn.newBlock("entry");
        Signature sig = fn.signature();
        List<Value> args = new ArrayList<>();
        for (int i = 0; i < sig.params().size(); i++) {
            Param p = new Param(sig.params().at(i), "p" + i, i);
            fn.params().add(p);
            args.add(p);
        }
        addContextParam();
        forwardDeferred(target, org.tinygo4j.frontend.ast.Node.NO_POS);
        Value r = exprs.callFunction(target, target.signature(), args, org.tinygo4j.frontend.ast.Node.NO_POS);
        List<Value> results = new ArrayList<>();
        if (sig.results().size() == 1) {
            results.add(r);
        } else {
            for (int i = 0; i < sig.results().size(); i++) {
                results.add(exprs.extract(r, i, org.tinygo4j.frontend.ast.Node.NO_POS));
            }
        }
        emit(new Instr.Return(results, org.tinygo4j.frontend.ast.Node.NO_POS));
    }

    /**
     * In a wrapper the compiler made around target (a function value's, a method
     * value's or expression's, a promoted method's), before it calls target: when a
     * panic called the wrapper as its deferred call, target counts as the deferred
     * function and may recover, as in Go, whose recover does not see wrappers
     * (runtime.deferForward). Only targets that call recover, or forward themselves,
     * pay for it.
     */
    void forwardDeferred(Function target, int pos) {
        if (!pb.mayRecover(target)) {
            return;
        }
        Function forward = pb.runtimeFunction(RuntimeAbi.DEFER_FORWARD);
        if (forward != null) {
            emit(new Instr.Call(null, forward, List.of(fn, target), pos));
            pb.forwardsRecover(fn);
        }
    }

    /**
     * In the wrapper of an interface's method value or expression, before its call
     * through the dispatch: when a panic called the wrapper as its deferred call, the
     * panic's arming passes on (runtime.deferRearm) to the method the dispatch reaches,
     * which the caller then calls as a deferred invoke. Whether it did (runtimes
     * without recover have no deferRearm).
     */
    boolean rearmDeferred(int pos) {
        Function rearm = pb.runtimeFunction(RuntimeAbi.DEFER_REARM);
        if (rearm == null) {
            return false;
        }
        emit(new Instr.Call(null, rearm, List.of(fn), pos));
        return true;
    }

    private void addContextParam() {
        Param ctx = new Param(Universe.UNSAFE_POINTER, "context", fn.params().size());
        fn.params().add(ctx);
        fn.setContext(ctx);
    }

    private void buildBody(Stmt.Block body) {
        addressTaken = AddressTaken.of(body, info, pb.literalFindings);
        current = fn.newBlock("entry");
        boolean defers = AddressTaken.hasDefer(body);
        if (defers) {
            Type frameType = runtimeType("deferFrame", body.pos());
            deferHead = alloc(frameType, "defer.frame", body.pos(), false);
        }
        Signature sig = declared;
        int index = 0;
        if (sig.recv() != null) {
            addParam(sig.recv(), index++);
        }
        for (Var v : sig.params().vars()) {
            addParam(v, index++);
        }
        if (parent != null) {
            addContextParam();
        }
        for (Var r : sig.results().vars()) {
            if (!r.name().isEmpty()) {
                Instr.Alloc a = alloc(subst(r.type()), r.name(), r.pos(), addressTaken.contains(r));
                namedResults.add(a);
                locals.put(r, a);
            }
        }
        if (parent == null && fn.exportName() != null && fn.object() != null && fn.object().pkg() != null
                && !fn.object().pkg().path().equals("runtime")) {
            // A target whose module is entered only through its exports (wasm-unknown)
            // has the runtime define exportEntry: the program's initialisers and main
            // run on the first call of any export. Other targets lack it.
            Function entry = pb.runtimeFunction(RuntimeAbi.EXPORT_ENTRY);
            if (entry != null) {
                emit(new Instr.Call(null, entry, List.of(), body.pos()));
            }
        }
        if (AddressTaken.hasRecover(body, info)) {
            recoverToken = emit(new Instr.Call(Universe.BOOL, pb.runtimeFunction(RuntimeAbi.RECOVER_TOKEN), List.of(fn),
                    body.pos()));
        }
        if (defers) {
            checkpoint(body.pos());
        }
        stmts(body.list());
        if (!current.terminated()) {
            if (sig.results().size() == 0) {
                runDefers(body.rbrace());
                emit(new Instr.Return(List.of(), body.rbrace()));
            } else if (!namedResults.isEmpty()) {
                nakedReturn(body.rbrace());
            } else {
                emit(new Instr.Unreachable(body.rbrace()));
            }
        }
    }

    /**
     * The entry of a function with defer statements: its frame joins the goroutine's
     * chain, and a checkpoint is taken, to which a panic that one of its deferred calls
     * recovers returns (setjmp returns true): the function then runs its remaining
     * deferred calls and returns its result slots.
     */
    private void checkpoint(int pos) {
        if (namedResults.isEmpty()) {
            resultSlots = new ArrayList<>();
            for (Var v : fn.signature().results().vars()) {
                resultSlots.add(alloc(subst(v.type()), "result", pos, false));
            }
        } else {
            resultSlots = namedResults;
        }
        // Their accesses are volatile, so the values stores left are in memory when a
        // longjmp comes back (LLVM follows C: other locals changed after setjmp are
        // lost). Heap cells too: the back end moves cells that do not escape to the stack.
        pinned.addAll(resultSlots);
        emit(new Instr.Call(null, pb.runtimeFunction(RuntimeAbi.DEFER_ENTER), List.of(deferHead), pos));
        Value resumed = emit(new Instr.Call(Universe.BOOL, pb.runtimeFunction(RuntimeAbi.SETJMP), List.of(deferHead),
                pos));
        BasicBlock recovered = newBlock("defer.recovered");
        BasicBlock body = newBlock("body");
        emit(new Instr.If(resumed, recovered, body, pos));
        current = recovered;
        runDefers(pos);
        List<Value> out = new ArrayList<>();
        for (Instr.Alloc a : resultSlots) {
            out.add(load(a, pos));
        }
        emit(new Instr.Return(out, pos));
        current = body;
    }

    /** A type the runtime declares. */
    Type runtimeType(String name, int pos) {
        for (org.tinygo4j.frontend.types.Package p : pb.packages()) {
            if (p.path().equals("runtime") && p.scope().lookup(name) instanceof org.tinygo4j.frontend.types.TypeName tn) {
                return tn.type();
            }
        }
        throw new Unsupported(pos, "defer (this runtime has no " + name + ")");
    }

    /** recover(): nil unless a panic called this function as a deferred call. */
    Value recover(int pos) {
        return recoverWith(recoverOk(), pos);
    }

    /** Whether recover may return the panic: a panic called this function as its deferred call. */
    Value recoverOk() {
        return recoverToken != null ? recoverToken : new Const(Universe.BOOL, new Constant.BoolVal(false));
    }

    /** recover() as a function whose recoverOk is ok would call it (defer recover() runs it in a thunk). */
    Value recoverWith(Value ok, int pos) {
        return emit(new Instr.Call(new org.tinygo4j.frontend.types.Interface(List.of(), List.of()),
                pb.runtimeFunction(RuntimeAbi.GORECOVER), List.of(ok), pos));
    }

    void buildPackageInit(List<Info.Initializer> inits, List<Func> initFuncs) {
        guarded(org.tinygo4j.frontend.ast.Node.NO_POS, () -> {
            current = fn.newBlock("entry");
            for (Info.Initializer in : inits) {
                Expr rhs0 = ExprBuilder.unparen(in.rhs());
                if (in.lhs().size() == 1 && !in.lhs().get(0).name().equals("_") && (rhs0 instanceof Expr.CompositeLit
                        || rhs0 instanceof Expr.Unary u && u.op() == org.tinygo4j.frontend.ast.Token.AND)
                        && !Interfaces.isInterface(in.lhs().get(0).type()) && !pb.linkerSet(in.lhs().get(0))) {
                    Const agg = exprs.lits.constantInitializer(in.lhs().get(0).type(), rhs0);
                    if (agg != null) {
                        pb.global(in.lhs().get(0)).setInitializer(agg);
                        continue;
                    }
                }
                int before = current.instrs().size();
                Value v = in.lhs().size() > 1 && ExprBuilder.unparen(in.rhs()) instanceof Expr.TypeAssert ta
                        ? pb.interfaces().typeAssertExpr(this, ta, true) : exprs.expr(in.rhs());
                if (in.lhs().size() == 1) {
                    Var lhs = in.lhs().get(0);
                    if (v instanceof Const && current.instrs().size() == before && pb.linkerSet(lhs)) {
                        continue; // -X gave it its value, which a constant initialiser does not override
                    }
                    if (v instanceof Const c && current.instrs().size() == before && !lhs.name().equals("_")
                            && (!Interfaces.isInterface(lhs.type()) || c.isZero() && (Interfaces.isInterface(c.type())
                                    || c.type().underlying() instanceof Basic nb && nb.kind() == Basic.Kind.UNTYPED_NIL))) {
                        // (a zero value of a concrete type, such as T{}, still needs its type in the interface)
                        pb.global(lhs).setInitializer(exprs.convertConst(c, lhs.type()));
                    } else if (!lhs.name().equals("_")) {
                        store(pb.global(lhs), exprs.convert(v, lhs.type(), in.rhs().pos()), in.rhs().pos());
                    }
                } else {
                    for (int i = 0; i < in.lhs().size(); i++) {
                        Var lhs = in.lhs().get(i);
                        if (!lhs.name().equals("_")) {
                            store(pb.global(lhs), exprs.convert(exprs.extract(v, i, in.rhs().pos()), lhs.type(),
                                    in.rhs().pos()), in.rhs().pos());
                        }
                    }
                }
            }
            for (Func f : initFuncs) {
                emit(new Instr.Call(null, pb.function(f), List.of(), f.pos()));
            }
            emit(new Instr.Return(List.of(), org.tinygo4j.frontend.ast.Node.NO_POS));
        });
    }

    void buildCalls(List<Function> callees) {
        current = fn.newBlock("entry");
        for (Function f : callees) {
            emit(new Instr.Call(null, f, List.of(), org.tinygo4j.frontend.ast.Node.NO_POS));
        }
        emit(new Instr.Return(List.of(), org.tinygo4j.frontend.ast.Node.NO_POS));
    }

    private void guarded(int pos, Runnable body) {
        try {
            body.run();
        } catch (Unsupported u) {
            pb.diags().error(u.pos, "not supported yet: " + u.getMessage());
        }
    }

    private void addParam(Var v, int index) {
        Type t = subst(v.type());
        Param p = new Param(t, v.name(), index);
        fn.params().add(p);
        if (!v.name().isEmpty() && !v.name().equals("_")) {
            Instr.Alloc a = alloc(t, v.name(), v.pos(), addressTaken.contains(v));
            store(a, p, v.pos());
            locals.put(v, a);
        }
    }

    // ---- emission helpers ----

    <T extends Instr> T emit(T instr) {
        if (current.terminated()) {
            current = fn.newBlock("unreachable");
        }
        return current.add(instr);
    }

    BasicBlock current() {
        return current;
    }

    void setCurrent(BasicBlock b) {
        current = b;
    }

    BasicBlock newBlock(String comment) {
        return fn.newBlock(comment);
    }

    /**
     * Emits a loop that runs body for i = 0, 1, ..., n-1 (an int value), its blocks named
     * after name and its instructions at pos; it leaves the builder after the loop.
     */
    void countedLoop(long n, String name, int pos, Consumer<Value> body) {
        Instr.Alloc counter = alloc(Universe.INT, name + ".index", pos, false);
        BasicBlock cond = newBlock(name + ".cond");
        BasicBlock loop = newBlock(name + ".body");
        BasicBlock done = newBlock(name + ".done");
        jump(cond);
        setCurrent(cond);
        Value i = load(counter, pos);
        Value more = exprs.binop(Universe.BOOL, Token.LSS, i, new Const(Universe.INT, Constant.IntVal.of(n)), pos);
        emit(new Instr.If(more, loop, done, pos));
        setCurrent(loop);
        body.accept(i);
        store(counter, exprs.binop(Universe.INT, Token.ADD, i, new Const(Universe.INT, Constant.IntVal.of(1)), pos), pos);
        jump(cond);
        setCurrent(done);
    }

    /**
     * Builds a part of this function's body as a function of its own, called here at once
     * with arg: body emits the part with the part's builder, given the part's parameter
     * that holds arg. The part reaches this function's variables by address, as a
     * function literal called where it is written would, and is never inlined, so that a
     * huge literal's code is many functions of bounded size rather than one that LLVM's
     * passes and code generation take minutes over (see CompositeLits.inParts).
     */
    void callPart(Value arg, int pos, BiConsumer<FunctionBuilder, Value> body) {
        Signature sig = new Signature(null, List.of(), new Tuple(List.of(Var.param(pos, null, "", arg.type()))),
                Tuple.EMPTY, false);
        Function child = new Function(pb.uniqueName(fn.linkName() + ".part"), sig, null);
        child.setGoName(fn.goName());
        child.setNoinline(true);
        pb.program().functions().add(child);
        FunctionBuilder cb = new FunctionBuilder(pb, child, this, sig);
        cb.part = true;
        cb.current = child.newBlock("entry");
        Param p = new Param(arg.type(), "p0", 0);
        child.params().add(p);
        cb.addContextParam();
        body.accept(cb, p);
        cb.emit(new Instr.Return(List.of(), pos));
        List<Value> bindings = new ArrayList<>();
        for (Var v : cb.freeVars()) {
            bindings.add(varAddr(v));
        }
        Value closure = emit(new Instr.MakeClosure(sig, child, bindings, pos));
        emit(new Instr.CallValue(null, closure, List.of(arg), pos));
    }

    void jump(BasicBlock target) {
        if (!current.terminated()) {
            current.add(new Instr.Jump(target, org.tinygo4j.frontend.ast.Node.NO_POS));
        }
    }

    Instr.Alloc alloc(Type t, String comment, int pos, boolean heap) {
        return emit(new Instr.Alloc(t, comment, heap, pos));
    }

    void store(Value addr, Value v, int pos) {
        emit(new Instr.Store(addr, v, isPinned(addr), pos));
    }

    Value load(Value addr, int pos) {
        Type elem = Pointers.elem(addr.type());
        return emit(new Instr.Load(elem, addr, isPinned(addr), pos));
    }

    /**
     * Whether addr is in a pinned slot (a result that a recovered panic returns): the
     * slot itself, or a field or element of it, so that x[i] = v is in memory when a
     * longjmp comes back.
     */
    private boolean isPinned(Value addr) {
        Value a = addr;
        while (true) {
            if (a instanceof Instr.FieldAddr fa) {
                a = fa.x();
            } else if (a instanceof Instr.IndexAddr ia && Pointers.is(ia.x().type())) {
                a = ia.x();
            } else {
                return pinned.contains(a);
            }
        }
    }

    /** The address of a variable: its Alloc, or its Global; null if it is not a variable we know. */
    Value varAddr(Var v) {
        Value a = locals.get(v);
        if (a != null) {
            return a;
        }
        if (pb.isGlobal(v)) {
            return pb.global(v);
        }
        if (parent != null && parent.resolves(v)) {
            return capturedAddr(v);
        }
        return null;
    }

    /** Whether v is a variable of this function or of an enclosing one. */
    private boolean resolves(Var v) {
        return locals.containsKey(v) || (parent != null && parent.resolves(v));
    }

    /**
     * The address of a captured variable's heap cell: slot i of the context, which the
     * enclosing function fills when it makes the closure. Loaded at each use, so the
     * value dominates every use wherever it is in the body.
     */
    private Value capturedAddr(Var v) {
        int i = freeVars.indexOf(v);
        if (i < 0) {
            i = freeVars.size();
            freeVars.add(v);
        }
        int pos = v.pos();
        Value ctx = emit(new Instr.Convert(Universe.UINTPTR, fn.context(), pos));
        Value off = new Const(Universe.UINTPTR, Constant.IntVal.of((long) i * pb.program().sizes().ptrSize()));
        Value slot = emit(new Instr.Convert(new Pointer(new Pointer(subst(v.type()))),
                exprs.binop(Universe.UINTPTR, Token.ADD, ctx, off, pos), pos));
        return load(slot, pos);
    }

    // ---- statements ----

    private void stmts(List<Stmt> list) {
        for (Stmt s : list) {
            stmt(s, null);
        }
    }

    private void stmt(Stmt s, String label) {
        switch (s) {
            case Stmt.Block b -> stmts(b.list());
            case Stmt.ExprStmt es -> exprs.expr(es.x()); // a call whose results are dropped
            case Stmt.Assign a -> assign(a);
            case Stmt.IncDec id -> opAssign(id.x(), id.tok() == Token.INC ? Token.ADD : Token.SUB, null, id.pos());
            case Stmt.DeclStmt ds -> declStmt(ds.decl());
            case Stmt.Return r -> returnStmt(r);
            case Stmt.If i -> ifStmt(i);
            case Stmt.For f -> forStmt(f, label);
            case Stmt.Range r -> {
                if (r.tok() == Token.DEFINE) { // Go 1.19: one variable for the whole loop, not one per iteration
                    rangeTarget(r, r.key());
                    rangeTarget(r, r.value());
                }
                new Ranges(this).range(r, label);
            }
            case Stmt.Switch sw -> switchStmt(sw, label);
            case Stmt.Branch br -> branch(br);
            case Stmt.Labeled l -> labeled(l);
            case Stmt.Empty e -> {
            }
            case Stmt.Go g -> goStmt(g);
            case Stmt.Defer d -> deferStmt(d);
            case Stmt.Select sel -> new Channels(this).select(sel, label);
            case Stmt.TypeSwitch ts -> new TypeSwitches(this).build(ts, label);
            case Stmt.Send send -> new Channels(this).send(send);
            default -> throw new Unsupported(s.pos(), "statement " + s.getClass().getSimpleName());
        }
    }

    private void declStmt(Decl.GenDecl gd) {
        if (gd.tok() != Token.VAR) {
            return; // constants and local types need no code
        }
        for (Spec s : gd.specs()) {
            Spec.ValueSpec vs = (Spec.ValueSpec) s;
            List<Value> values = rhsValues(vs.values(), vs.names().size(), vs.pos());
            for (int i = 0; i < vs.names().size(); i++) {
                Expr.Ident id = vs.names().get(i);
                if (id.isBlank()) {
                    continue;
                }
                Var v = (Var) info.defs.get(id);
                Instr.Alloc a = alloc(subst(v.type()), v.name(), id.pos(), addressTaken.contains(v));
                locals.put(v, a);
                if (!values.isEmpty()) {
                    store(a, exprs.convert(values.get(i), subst(v.type()), id.pos()), id.pos());
                }
            }
        }
    }

    /** Evaluates right-hand sides: n expressions, or one call with n results. */
    private List<Value> rhsValues(List<Expr> rhs, int n, int pos) {
        List<Value> out = new ArrayList<>();
        if (rhs.isEmpty()) {
            return out;
        }
        if (rhs.size() == 1 && n == 2 && Channels.isRecv(rhs.get(0))) {
            return new ArrayList<>(new Channels(this).recv(rhs.get(0)));
        }
        if (rhs.size() == 1 && n > 1) {
            Value tuple = ExprBuilder.unparen(rhs.get(0)) instanceof Expr.TypeAssert ta
                    ? pb.interfaces().typeAssertExpr(this, ta, true) : exprs.expr(rhs.get(0));
            for (int i = 0; i < n; i++) {
                out.add(exprs.extract(tuple, i, pos));
            }
            return out;
        }
        for (Expr e : rhs) {
            out.add(exprs.expr(e));
        }
        return out;
    }

    private void assign(Stmt.Assign a) {
        Token op = a.tok().binaryOfAssign();
        if (op != null) {
            opAssign(a.lhs().get(0), op, a.rhs().get(0), a.pos());
            return;
        }
        assignValues(a, null);
    }

    /** An assignment whose right-hand values are given (a select case's receive), or evaluated if null. */
    void assignValues(Stmt.Assign a, List<Value> given) {
        // Phase 1: left-hand addresses and right-hand values, in order; phase 2: stores.
        // The address of a map element is only taken in phase 2 (see Maps), and so is an
        // array or slice element's, whose bounds check may panic only after the stores
        // before it.
        List<java.util.function.Supplier<Value>> addrs = new ArrayList<>();
        for (Expr l : a.lhs()) {
            if (ExprBuilder.unparen(l) instanceof Expr.Ident id && id.isBlank()) {
                addrs.add(null); // _ or (_)
            } else if (a.tok() == Token.DEFINE && info.defs.get((Expr.Ident) l) instanceof Var v) {
                Instr.Alloc al = alloc(subst(v.type()), v.name(), l.pos(), addressTaken.contains(v));
                locals.put(v, al);
                addrs.add(() -> al);
            } else if (Maps.isMapIndex(l, this)) {
                addrs.add(new Maps(this).deferredSlot((Expr.Index) ExprBuilder.unparen(l)));
            } else if (ExprBuilder.unparen(l) instanceof Expr.Index ix) {
                addrs.add(exprs.indexSlot(ix));
            } else if (ExprBuilder.unparen(l) instanceof Expr.Selector sx && info.selections.get(sx) instanceof org.tinygo4j.frontend.types.Selection sel
                    && sel.index().size() == 1 && Pointers.is(exprs.typeOf(sx.x()))) {
                // p.f: p now, the field's address (and p's nil check) as it is stored
                Value base = exprs.expr(sx.x());
                addrs.add(() -> exprs.fieldPath(base, sel.index(), sx.pos()));
            } else {
                Value addr = exprs.addr(l);
                addrs.add(() -> addr);
            }
        }
        List<Value> values = given;
        if (values == null && a.lhs().size() == a.rhs().size()) {
            values = new ArrayList<>();
            for (int i = 0; i < addrs.size(); i++) {
                // _ = v reads nothing worth reading (and loading a large array as one value
                // costs LLVM dearly)
                boolean unread = addrs.get(i) == null && ExprBuilder.unparen(a.rhs().get(i)) instanceof Expr.Ident id
                        && info.objectOf(id) instanceof Var;
                values.add(unread ? null : exprs.expr(a.rhs().get(i)));
            }
        } else if (values == null) {
            values = rhsValues(a.rhs(), a.lhs().size(), a.pos());
        }
        for (int i = 0; i < addrs.size(); i++) {
            if (addrs.get(i) != null) {
                Value addr = addrs.get(i).get();
                Type t = Pointers.elem(addr.type());
                store(addr, exprs.convert(values.get(i), t, a.pos()), a.pos());
            }
        }
    }

    private void opAssign(Expr lhs, Token op, Expr rhs, int pos) {
        if (Maps.isMapIndex(lhs, this)) {
            new Maps(this).opAssign((Expr.Index) ExprBuilder.unparen(lhs), op, rhs, pos);
            return;
        }
        Value addr = exprs.addr(lhs);
        Type t = Pointers.elem(addr.type());
        Value x = load(addr, pos);
        Value joined = op == Token.ADD && rhs != null ? exprs.concats.onto(t, x, rhs, pos) : null;
        if (joined != null) {
            store(addr, joined, pos);
            return;
        }
        Value y = rhs == null ? new Const(t, Constant.IntVal.of(1)) : exprs.expr(rhs);
        if (!op.isShift()) {
            y = exprs.convert(y, t, pos);
        }
        store(addr, exprs.binop(t, op, x, y, pos), pos);
    }

    private void returnStmt(Stmt.Return r) {
        List<Var> results = fn.signature().results().vars();
        if (r.results().isEmpty() && !namedResults.isEmpty()) {
            nakedReturn(r.pos());
            return;
        }
        List<Value> vals = rhsValues(r.results(), results.size(), r.pos());
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < vals.size(); i++) {
            out.add(exprs.convert(vals.get(i), results.get(i).type(), r.pos()));
        }
        if (deferHead != null && !out.isEmpty()) {
            // The results are set before the deferred calls run (which may change named
            // results), and read after them.
            List<Instr.Alloc> slots = resultSlots;
            for (int i = 0; i < out.size(); i++) {
                store(slots.get(i), out.get(i), r.pos());
            }
            runDefers(r.pos());
            out.clear();
            for (Instr.Alloc a : slots) {
                out.add(load(a, r.pos()));
            }
        } else {
            runDefers(r.pos());
        }
        emit(new Instr.Return(out, r.pos()));
    }

    private void nakedReturn(int pos) {
        runDefers(pos);
        List<Value> out = new ArrayList<>();
        for (Instr.Alloc a : namedResults) {
            out.add(load(a, pos));
        }
        emit(new Instr.Return(out, pos));
    }

    private void runDefers(int pos) {
        if (deferHead != null) {
            Function run = pb.runtimeFunction(RuntimeAbi.DEFER_RETURN);
            emit(new Instr.Call(null, run, List.of(deferHead), pos));
        }
    }

    /**
     * defer CALL: the function value (or receiver) and the arguments are evaluated now
     * into heap cells; a thunk closure that makes the call with them is pushed on the
     * function's list.
     */
    private void deferStmt(Stmt.Defer d) {
        Value closure = new DeferredCalls(this).thunk(d.call(), d.pos(), true);
        emit(new Instr.Call(null, pb.runtimeFunction(RuntimeAbi.DEFER_PUSH), List.of(deferHead, closure), d.pos()));
    }

    /**
     * go CALL: like defer, the function value (or receiver) and the arguments are
     * evaluated now, and a thunk that makes the call becomes the new goroutine.
     * Targets whose runtime has no scheduler have no runtime.startGoroutine.
     */
    private void goStmt(Stmt.Go g) {
        Function start = pb.runtimeFunction(RuntimeAbi.START_GOROUTINE);
        if (start == null) {
            throw new Unsupported(g.pos(), "go statement on this target (it has no goroutine scheduler)");
        }
        if (pb.runtimeFunction(RuntimeAbi.CORO_START) == null) {
            pb.requireRuntime(RuntimeAbi.TASK_ENTRY, g.pos()); // the new goroutine's first frame on its own stack
        }
        Value closure = new DeferredCalls(this).thunk(g.call(), g.pos(), false);
        emit(new Instr.Call(null, start, List.of(closure), g.pos()));
    }

    /**
     * The body of a closure without parameters or results whose context is a struct of
     * the given type: it loads the fields and hands their values to call, then returns.
     */
    void buildThunk(Struct context, int pos, java.util.function.Consumer<List<Value>> call) {
        current = fn.newBlock("entry");
        addContextParam();
        Value p = emit(new Instr.Convert(new Pointer(context), fn.context(), pos));
        List<Value> vals = new ArrayList<>();
        for (int i = 0; i < context.fields().size(); i++) {
            Type t = context.fields().get(i).type();
            vals.add(load(emit(new Instr.FieldAddr(new Pointer(t), p, i, pos)), pos));
        }
        call.accept(vals);
        emit(new Instr.Return(List.of(), pos));
    }

    private void ifStmt(Stmt.If i) {
        if (i.init() != null) {
            stmt(i.init(), null);
        }
        BasicBlock then = newBlock("if.then");
        BasicBlock done = newBlock("if.done");
        BasicBlock els = i.els() != null ? newBlock("if.else") : done;
        exprs.cond(i.cond(), then, els);
        current = then;
        stmts(i.body().list());
        jump(done);
        if (i.els() != null) {
            current = els;
            stmt(i.els(), null);
            jump(done);
        }
        current = done;
    }

    private void forStmt(Stmt.For f, String label) {
        if (f.init() != null) {
            stmt(f.init(), null);
        }
        BasicBlock cond = newBlock("for.cond");
        BasicBlock body = newBlock("for.body");
        BasicBlock post = newBlock("for.post");
        BasicBlock done = newBlock("for.done");
        jump(cond);
        current = cond;
        if (f.cond() != null) {
            exprs.cond(f.cond(), body, done);
        } else {
            jump(body);
        }
        current = body;
        enterLoop(new Targets(label, done, post, null));
        stmts(f.body().list());
        leaveLoop();
        jump(post);
        current = post;
        if (f.post() != null) {
            stmt(f.post(), null);
        }
        jump(cond);
        current = done;
    }

    /** The body of a loop: break goes to brk, continue to cont. */
    void loopBody(List<Stmt> body, String label, BasicBlock brk, BasicBlock cont) {
        enterLoop(new Targets(label, brk, cont, null));
        stmts(body);
        leaveLoop();
    }

    /** Enters a loop's body (a select's cases, which have no continue, are no loop). */
    private void enterLoop(Targets t) {
        targets.push(t);
        if (t.continueTo() != null && ++loopDepth > LOOP_NEST_LIMIT) {
            fn.setOptnone(true);
        }
    }

    private void leaveLoop() {
        if (targets.pop().continueTo() != null) {
            loopDepth--;
        }
    }

    void rangeAssign(Stmt.Range r, Expr target, Value v) {
        Value addr = rangeTarget(r, target);
        if (addr != null) {
            store(addr, exprs.convert(v, Pointers.elem(addr.type()), target.pos()), target.pos());
        }
    }

    /**
     * Assigns an iteration's key and value (null: none) as one assignment: with =, both
     * targets' addresses are found before either is stored (in {@code for i, x[i] =
     * range y} the x[i] is the one of the i before the iteration).
     */
    void rangeAssign(Stmt.Range r, Value key, Value value) {
        Value keyAddr = rangeTarget(r, r.key());
        Value valueAddr = value == null ? null : rangeTarget(r, r.value());
        if (keyAddr != null) {
            store(keyAddr, exprs.convert(key, Pointers.elem(keyAddr.type()), r.key().pos()), r.key().pos());
        }
        if (valueAddr != null) {
            store(valueAddr, exprs.convert(value, Pointers.elem(valueAddr.type()), r.value().pos()), r.value().pos());
        }
    }

    /**
     * Where a range clause's key or value goes: the loop's variable (:=, made on first
     * use, before the loop), an addressable operand (=), or null (blank, none).
     */
    private Value rangeTarget(Stmt.Range r, Expr target) {
        if (target == null || (ExprBuilder.unparen(target) instanceof Expr.Ident id && id.isBlank())) {
            return null;
        }
        if (r.tok() == Token.DEFINE) {
            Var var = (Var) info.defs.get((Expr.Ident) target);
            Value addr = locals.get(var);
            if (addr == null) {
                addr = alloc(subst(var.type()), var.name(), target.pos(), addressTaken.contains(var));
                locals.put(var, addr);
            }
            return addr;
        }
        return exprs.addr(target);
    }

    private void switchStmt(Stmt.Switch sw, String label) {
        if (sw.init() != null) {
            stmt(sw.init(), null);
        }
        Value tag = sw.tag() == null ? null : exprs.expr(sw.tag());
        BasicBlock done = newBlock("switch.done");
        List<Stmt.CaseClause> clauses = new ArrayList<>();
        for (Stmt s : sw.body().list()) {
            clauses.add((Stmt.CaseClause) s);
        }
        List<BasicBlock> bodies = new ArrayList<>();
        BasicBlock dflt = done;
        for (Stmt.CaseClause cc : clauses) {
            BasicBlock b = newBlock(cc.list() == null ? "switch.default" : "switch.case");
            bodies.add(b);
            if (cc.list() == null) {
                dflt = b;
            }
        }
        for (int i = 0; i < clauses.size(); i++) {
            Stmt.CaseClause cc = clauses.get(i);
            if (cc.list() == null) {
                continue;
            }
            for (Expr e : cc.list()) {
                BasicBlock next = newBlock("switch.next");
                if (tag == null && !(subst(info.typeOf(e)).underlying() instanceof org.tinygo4j.frontend.types.Interface)) {
                    exprs.cond(e, bodies.get(i), next);
                } else if (tag == null) {
                    // a tagless switch compares with true: an interface-typed case holds a bool or not
                    Value t = exprs.convert(new Const(Universe.BOOL, new Constant.BoolVal(true)),
                            subst(info.typeOf(e)), e.pos());
                    emit(new Instr.If(exprs.compare(Token.EQL, t, exprs.expr(e), e.pos(), e.pos()), bodies.get(i),
                            next, e.pos()));
                } else {
                    emit(new Instr.If(exprs.compare(Token.EQL, tag, exprs.expr(e), e.pos(), e.pos()), bodies.get(i),
                            next, e.pos()));
                }
                current = next;
            }
        }
        jump(dflt);
        for (int i = 0; i < clauses.size(); i++) {
            current = bodies.get(i);
            BasicBlock fall = i + 1 < bodies.size() ? bodies.get(i + 1) : null;
            targets.push(new Targets(label, done, null, fall));
            stmts(clauses.get(i).body());
            targets.pop();
            jump(done);
        }
        current = done;
    }

    // ---- hooks for TypeSwitches ----

    void stmtList(List<Stmt> list) {
        stmts(list);
    }

    void stmtHook(Stmt s) {
        stmt(s, null);
    }

    void pushBreakTarget(String label, BasicBlock done) {
        targets.push(new Targets(label, done, null, null));
    }

    void popTarget() {
        targets.pop();
    }

    /** Declares a local variable (a heap cell when its address is taken). */
    Instr.Alloc declareLocal(Var v, int pos) {
        Instr.Alloc a = alloc(subst(v.type()), v.name(), pos, addressTaken.contains(v));
        locals.put(v, a);
        return a;
    }

    private void branch(Stmt.Branch br) {
        String label = br.label() == null ? null : br.label().name();
        switch (br.tok()) {
            case BREAK -> {
                for (Targets t : targets) {
                    if (label == null ? t.breakTo() != null : label.equals(t.label())) {
                        emit(new Instr.Jump(t.breakTo(), br.pos()));
                        return;
                    }
                }
            }
            case CONTINUE -> {
                for (Targets t : targets) {
                    if (t.continueTo() != null && (label == null || label.equals(t.label()))) {
                        emit(new Instr.Jump(t.continueTo(), br.pos()));
                        return;
                    }
                }
            }
            case FALLTHROUGH -> {
                Targets t = targets.peek();
                if (t != null && t.fallthroughTo() != null) {
                    emit(new Instr.Jump(t.fallthroughTo(), br.pos()));
                    return;
                }
            }
            case GOTO -> {
                emit(new Instr.Jump(labelBlock(label), br.pos()));
                return;
            }
            default -> {
            }
        }
        throw new Unsupported(br.pos(), br.tok().text() + " outside its statement");
    }

    private void labeled(Stmt.Labeled l) {
        BasicBlock b = labelBlock(l.label().name());
        jump(b);
        current = b;
        stmt(l.stmt(), l.label().name());
    }

    private BasicBlock labelBlock(String name) {
        return labelBlocks.computeIfAbsent(name, n -> newBlock("label." + n));
    }

    /** gc's name of the next function literal in this body; null when this function has none. */
    String nextClosureName() {
        if (part) {
            return parent.nextClosureName();
        }
        closures++;
        String outer = fn.goName();
        if (outer == null) {
            return null;
        }
        if (parent != null) {
            return outer + "." + closures;
        }
        if (fn.object() == null && outer.endsWith(".init")) {
            // a package-level variable's initialiser
            return outer.substring(0, outer.length() - ".init".length()) + ".glob..func" + closures;
        }
        return outer + ".func" + closures;
    }
}
