package org.tinygo4j.ssa.build;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.tinygo4j.frontend.ast.Decl;
import org.tinygo4j.frontend.ast.Expr;
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
 * Builds the body of one function: statements into blocks and control flow (through
 * {@link StmtBuilder}), variables into Allocs (heap cells when their address is
 * taken), and expressions through {@link ExprBuilder}. Unsupported constructs abort
 * this function with a positioned "not supported yet" diagnostic.
 */
final class FunctionBuilder {
    final ProgramBuilder pb;
    final Function fn;
    final Info info;
    final ExprBuilder exprs;
    final StmtBuilder stmts;
    private BasicBlock current;
    private final Map<Obj, Value> locals = new IdentityHashMap<>();
    private final List<Instr.Alloc> namedResults = new ArrayList<>();
    private Set<Var> addressTaken = Collections.emptySet();

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
        this.stmts = new StmtBuilder(this);
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
        stmts.stmts(body.list());
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

    /** This call's runtime.deferFrame; null if the function has no defer statements. */
    Instr.Alloc deferFrame() {
        return deferHead;
    }

    /** Whether the results are named (a return without operands returns them). */
    boolean hasNamedResults() {
        return !namedResults.isEmpty();
    }

    /**
     * Runs the deferred calls and returns out, the results already converted to their
     * types; with defer statements they pass through the result slots, which the
     * deferred calls may change.
     */
    void returnValues(List<Value> out, int pos) {
        if (deferHead != null && !out.isEmpty()) {
            // The results are set before the deferred calls run (which may change named
            // results), and read after them.
            List<Instr.Alloc> slots = resultSlots;
            for (int i = 0; i < out.size(); i++) {
                store(slots.get(i), out.get(i), pos);
            }
            runDefers(pos);
            out.clear();
            for (Instr.Alloc a : slots) {
                out.add(load(a, pos));
            }
        } else {
            runDefers(pos);
        }
        emit(new Instr.Return(out, pos));
    }

    void nakedReturn(int pos) {
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
                boolean literal = rhs0 instanceof Expr.CompositeLit
                        || rhs0 instanceof Expr.Unary u && u.op() == org.tinygo4j.frontend.ast.Token.AND;
                org.tinygo4j.frontend.types.TypeAndValue rtv = info.types.get(rhs0);
                if (in.lhs().size() == 1 && !in.lhs().get(0).name().equals("_") && !pb.linkerSet(in.lhs().get(0))
                        && (literal ? !Interfaces.isInterface(in.lhs().get(0).type()) : rtv == null || !rtv.isConstant())) {
                    // a literal of constants, or a value computed at compile time (StaticInits)
                    Const agg = literal ? exprs.lits.constantInitializer(in.lhs().get(0).type(), rhs0)
                            : pb.staticInits().eval(in.lhs().get(0).type(), rhs0);
                    if (agg != null) {
                        pb.global(in.lhs().get(0)).setInitializer(agg);
                        pb.staticInits().record(in.lhs().get(0), agg);
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
                        Const init = exprs.convertConst(c, lhs.type());
                        pb.global(lhs).setInitializer(init);
                        pb.staticInits().record(lhs, init);
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

    /** Declares a local variable (a heap cell when its address is taken). */
    Instr.Alloc declareLocal(Var v, int pos) {
        Instr.Alloc a = alloc(subst(v.type()), v.name(), pos, addressTaken.contains(v));
        locals.put(v, a);
        return a;
    }

    /** The Alloc of a variable of this function; null if it is not declared yet. */
    Value local(Var v) {
        return locals.get(v);
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
