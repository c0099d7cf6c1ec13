package org.tinygo4j.ssa.build;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tinygo4j.frontend.ast.Decl;
import org.tinygo4j.frontend.ast.Doc;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.File;
import org.tinygo4j.frontend.ast.Spec;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.types.Func;
import org.tinygo4j.frontend.types.Info;
import org.tinygo4j.frontend.types.Obj;
import org.tinygo4j.frontend.types.Package;
import org.tinygo4j.frontend.types.Pointer;
import org.tinygo4j.frontend.types.Signature;
import org.tinygo4j.frontend.types.Tuple;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.TypeSizes;
import org.tinygo4j.frontend.types.Var;
import org.tinygo4j.ssa.abi.RuntimeAbi;
import org.tinygo4j.ssa.ir.Function;
import org.tinygo4j.ssa.ir.Global;
import org.tinygo4j.ssa.ir.Program;
import org.tinygo4j.ssa.ir.Verifier;

/**
 * Builds the SSA program from the checked packages. Functions are built on demand,
 * starting from the roots (exported symbols, package initialisers and the runtime's
 * entry), so only what the program can reach is ever built and lowered.
 *
 * <p>Package initialisation: each package gets a synthesised {@code pkg.init} that
 * evaluates its variable initialisers in the order the checker computed and then
 * calls its {@code init} functions in source order; the runtime declares
 * {@code func initAll()} without a body, and the builder gives it a body that calls
 * every package's init in dependency order.
 *
 * <p>Linker strings ({@code -ldflags=-X importpath.name=value}): a package-level
 * variable of type string named by such a setting starts with the given value as its
 * static initialiser, in place of a constant initialiser of its own, as Go's linker
 * does; an initialiser that runs code still runs and overwrites it, as in Go.
 */
public final class ProgramBuilder {
    /** Body-less functions whose calls the lowering expands itself, by full name. */
    static final Set<String> INTRINSICS = linkNames(RuntimeAbi.Role.INTRINSIC);

    /** Runtime functions that the lowering calls on its own (printing, panics, allocation), by Go name. */
    public static final Set<String> RUNTIME_HOOKS = goNames(RuntimeAbi.Role.HOOK);

    /**
     * Runtime functions exported for the start-up code that only some programs need:
     * built when the program reaches them, like any unexported function. The start-up
     * code's reference then resolves to them, or to the linker script's default.
     */
    static final Set<String> ON_DEMAND_EXPORTS = goNames(RuntimeAbi.Role.ON_DEMAND_EXPORT);

    private static Set<String> linkNames(RuntimeAbi.Role role) {
        return java.util.Arrays.stream(RuntimeAbi.values()).filter(e -> e.role() == role)
                .map(RuntimeAbi::linkName).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static Set<String> goNames(RuntimeAbi.Role role) {
        return java.util.Arrays.stream(RuntimeAbi.values()).filter(e -> e.role() == role
                        && e.pkg().equals(RuntimeAbi.RUNTIME))
                .map(RuntimeAbi::goName).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The package whose presence asks for full type descriptors (see Program.fullTypeInfo). */
    static final String REFLECT_PACKAGE = "internal/reflectlite";
    /** The package whose presence asks for reflect's descriptors (see Program.reflectTypeInfo). */
    static final String FULL_REFLECT_PACKAGE = "reflect";

    private final List<Package> packages;
    private final Info info;
    private final Diagnostics diags;
    private final Program program;
    private final Map<Func, Function> functions = new IdentityHashMap<>();
    private final Map<Var, Global> globals = new IdentityHashMap<>();
    /** AddressTaken's findings inside each function literal, so nested literals are walked once each. */
    final Map<Expr.FuncLit, Set<Var>> literalFindings = new IdentityHashMap<>();
    private final Map<Var, Doc> globalDocs = new IdentityHashMap<>();
    private final Map<Package, Function> packageInits = new IdentityHashMap<>();
    /** Package-level variables nothing reads, whose initialisers are left out. */
    private final UnreadGlobals unreadGlobals;
    /** Compile-time evaluation of package-level initialisers. */
    private final StaticInits staticInits;
    private final Set<String> linkNames = new java.util.HashSet<>();
    private final Map<String, Integer> nextSuffix = new HashMap<>();
    private final Deque<Runnable> pending = new ArrayDeque<>();
    private final Interfaces interfaces;
    private final MapFunctions mapFunctions;
    private final TypeSubst types = new TypeSubst();
    /** A package built as a library: every function and method of it is a root; see {@link #asLibrary}. */
    private Package library;

    /** The -X settings, by "importpath.name"; see {@link #withLinkerStrings}. */
    private Map<String, String> linkerStrings = Map.of();
    /** The variables that a -X setting gave their value. */
    private final Set<Var> linkerSet = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** The instances of each generic function (or method of a generic type), by type arguments. */
    private final Map<Func, List<Map.Entry<List<Type>, Function>>> instances = new IdentityHashMap<>();
    private boolean verify = ProgramBuilder.class.desiredAssertionStatus();
    private Runnable checkpoint = () -> { };
    private boolean concatenationCalls;

    public ProgramBuilder(List<Package> packages, Info info, TypeSizes sizes, Diagnostics diags) {
        this.packages = packages;
        this.info = info;
        this.unreadGlobals = new UnreadGlobals(info, v -> linkerSet(v) || hasDirective(v));
        this.staticInits = new StaticInits(this, info, v -> linkerSet(v) || hasDirective(v));
        this.diags = diags;
        this.program = new Program(sizes);
        program.setFullTypeInfo(walksValues(packages, info));
        if (packages.stream().anyMatch(p -> p.path().equals(FULL_REFLECT_PACKAGE))) {
            program.setReflectTypeInfo(true);
        }
        this.interfaces = new Interfaces(this);
        this.mapFunctions = new MapFunctions(this);
    }

    /**
     * Packages that import internal/reflectlite for a few functions only, and those
     * functions: the many programs that import errors (through os, io or strconv) or
     * sort keep their small descriptors unless they call one of them.
     */
    private static final Map<String, Set<String>> REFLECTLITE_FOR = Map.of(
            "errors", Set.of("As"),
            "sort", Set.of("Slice", "SliceStable", "SliceIsSorted"));

    /**
     * Whether the program walks values by their type: a package other than those of
     * REFLECTLITE_FOR imports internal/reflectlite (fmt, reflect), or the program calls
     * one of REFLECTLITE_FOR's functions (errors.As, sort.Slice...).
     */
    private static boolean walksValues(List<Package> packages, Info info) {
        if (packages.stream().noneMatch(p -> p.path().equals(REFLECT_PACKAGE))) {
            return false;
        }
        for (Package p : packages) {
            if (!REFLECTLITE_FOR.containsKey(p.path())
                    && p.imports().stream().anyMatch(q -> q.path().equals(REFLECT_PACKAGE))) {
                return true;
            }
        }
        for (org.tinygo4j.frontend.types.Obj o : info.uses.values()) {
            // the package's function itself, not a method of that name (errors declares
            // interface{ As(any) bool })
            if (o instanceof Func f && f.pkg() != null && REFLECTLITE_FOR.containsKey(f.pkg().path())
                    && REFLECTLITE_FOR.get(f.pkg().path()).contains(f.name()) && f.pkg().scope().lookup(f.name()) == f) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gives string variables their values from -X settings ("importpath.name" to the
     * value). Settings that name no package-level variable are ignored, as Go's linker
     * ignores them; one that names a variable of another type is an error.
     */
    /**
     * Builds p as go build compiles a library: every function and method p declares
     * is a root (generic ones excepted: only their instances have code), whether or
     * not a main package reaches it.
     */
    public ProgramBuilder asLibrary(Package p) {
        this.library = p;
        return this;
    }

    /**
     * Whether a concatenation of three or more strings is one runtime call with its
     * operands in an array (one allocation, as gc does) rather than a chain of
     * two-string calls (smaller code, as TinyGo does): the compiler's choice for
     * -opt=0, 1 and 2, not for -opt=s and z.
     */
    public ProgramBuilder withConcatenationCalls(boolean on) {
        this.concatenationCalls = on;
        return this;
    }

    boolean concatenationCalls() {
        return concatenationCalls;
    }

    public ProgramBuilder withLinkerStrings(Map<String, String> settings) {
        this.linkerStrings = Map.copyOf(settings);
        return this;
    }

    /**
     * Called before each function is built, so a caller can report progress or stop the
     * build by throwing (a cancellation); the exception propagates out of {@link #build()}.
     */
    public ProgramBuilder withCheckpoint(Runnable checkpoint) {
        this.checkpoint = checkpoint;
        return this;
    }

    MapFunctions mapFunctions() {
        return mapFunctions;
    }

    /** Builds the program; errors (unsupported constructs) are reported to the diagnostics. */
    public Program build() {
        for (Package p : packages) {
            collectGlobalDocs(p);
            applyLinkerStrings(p);
        }
        for (Package p : packages) {
            packageInit(p);
            for (File f : p.files()) {
                for (Decl d : f.decls()) {
                    if (d instanceof Decl.FuncDecl fd && fd.recv() == null && isRoot(p, fd)) {
                        function((Func) info.defs.get(fd.name()));
                    } else if (d instanceof Decl.FuncDecl fd && p == library && fd.name() != null
                            && info.defs.get(fd.name()) instanceof Func fn && !generic(fn)) {
                        function(fn);
                    }
                }
            }
        }
        do {
            while (!pending.isEmpty()) {
                checkpoint.run();
                pending.poll().run();
            }
        } while (interfaces.buildInvokedMethods() || interfaces.buildReflectMethods());
        if (verify && !diags.hasErrors()) {
            Verifier.check(program);
        }
        return program;
    }

    /**
     * Whether build() runs the SSA verifier on the finished program (throwing, as an
     * internal error, when it is malformed). On by default when Java assertions are
     * enabled, as in every test run; the pipeline turns it on under its debug option.
     */
    public ProgramBuilder verify(boolean on) {
        this.verify = on;
        return this;
    }

    Info info() {
        return info;
    }

    List<Package> packages() {
        return packages;
    }

    Diagnostics diags() {
        return diags;
    }

    Program program() {
        return program;
    }

    Interfaces interfaces() {
        return interfaces;
    }

    StaticInits staticInits() {
        return staticInits;
    }

    TypeSubst types() {
        return types;
    }

    /**
     * The instance of a generic function, or of a method of a generic type, for these
     * type arguments (the function's own type parameters, or the receiver type's),
     * created on first use and built later with the arguments in place of the parameters.
     */
    Function instance(Func generic, List<Type> targs, int pos) {
        Func origin = generic.origin();
        List<Map.Entry<List<Type>, Function>> list = instances.computeIfAbsent(origin, k -> new ArrayList<>());
        for (Map.Entry<List<Type>, Function> e : list) {
            if (TypeSubst.sameTypes(e.getKey(), targs)) {
                return e.getValue();
            }
        }
        Signature sig = origin.signature();
        List<org.tinygo4j.frontend.types.TypeParam> params;
        if (!sig.typeParams().isEmpty()) {
            params = sig.typeParams();
        } else {
            Type r = sig.recv() == null ? null : sig.recv().type();
            Type base = r instanceof Pointer p ? p.elem() : r;
            if (!(base instanceof org.tinygo4j.frontend.types.Named n) || n.typeParams().size() != targs.size()) {
                throw new Unsupported(pos, "instantiation of " + origin.fullName());
            }
            params = n.origin().typeParams();
        }
        for (Type t : targs) {
            if (TypeSubst.mentionsTypeParam(t)) {
                throw new Unsupported(pos, "instantiation with type argument " + t);
            }
        }
        Map<org.tinygo4j.frontend.types.TypeParam, Type> m = TypeSubst.bind(params, targs);
        Signature isig = types.signature(sig, m);
        String name = instanceName(origin, sig, isig, targs);
        Function fn = new Function(name, isig, origin);
        fn.setGoName(goName(origin, true));
        fn.setPos(origin.pos());
        list.add(Map.entry(List.copyOf(targs), fn));
        program.functions().add(fn);
        Decl.FuncDecl decl = origin.decl();
        if (decl == null || decl.body() == null) {
            throw new Unsupported(pos, "generic function without a body: " + origin.fullName());
        }
        pending.add(() -> new FunctionBuilder(this, fn, m).buildBody(decl));
        return fn;
    }

    /** pkg.F[int,string] or pkg.(*T[int]).M, unique in the program. */
    private String instanceName(Func origin, Signature sig, Signature isig, List<Type> targs) {
        String pkg = origin.pkg() == null ? "" : origin.pkg().path() + ".";
        String name;
        if (!sig.typeParams().isEmpty()) {
            StringBuilder sb = new StringBuilder(pkg).append(origin.name()).append('[');
            for (int i = 0; i < targs.size(); i++) {
                sb.append(i > 0 ? "," : "").append(org.tinygo4j.frontend.types.Types.typeString(targs.get(i)));
            }
            name = sb.append(']').toString();
        } else {
            Type r = isig.recv().type();
            boolean ptr = r instanceof Pointer;
            String tn = org.tinygo4j.frontend.types.Types.typeString(ptr ? ((Pointer) r).elem() : r);
            tn = tn.startsWith(pkg) ? tn.substring(pkg.length()) : tn;
            name = pkg + (ptr ? "(*" + tn + ")" : tn) + "." + origin.name();
        }
        return linkNames.add(name) ? name : uniqueName(name + "#");
    }


    /** Whether f has type parameters of its own or through its receiver's type. */
    private static boolean generic(Func f) {
        Signature sig = f.signature();
        if (!sig.typeParams().isEmpty()) {
            return true;
        }
        if (sig.recv() == null) {
            return false;
        }
        Type t = sig.recv().type();
        if (t instanceof Pointer ptr) {
            t = ptr.elem();
        }
        return t instanceof org.tinygo4j.frontend.types.Named n && !n.typeParams().isEmpty();
    }

    /** Roots: exported functions, and main.main (called by the runtime through //go:linkname). */
    private boolean isRoot(Package p, Decl.FuncDecl fd) {
        // runtime.taskEntry is exported for the task-switch assembly, but only go statements make it needed;
        // runtime.timerInterrupt is exported for the vector table, but only programs that use a clock need it
        // runtime.systemWork is exported for AVR's system-stack switch, but only go statements make it needed
        return ((fd.doc().directive("export") != null || fd.doc().directive("go:wasmexport") != null) && !(p.path().equals("runtime") && ON_DEMAND_EXPORTS.contains(fd.name().name())))
                || (p.path().equals("runtime") && RUNTIME_HOOKS.contains(fd.name().name()))
                || (p.name().equals("main") && fd.name().name().equals("main"))
                || (p.path().equals(RuntimeAbi.RUNTIME) && fd.body() == null
                        && fd.name().name().equals(RuntimeAbi.INIT_ALL.goName()));
    }

    /** The SSA function of a Go function, created on first use and built later. */
    Function function(Func f) {
        Function fn = functions.get(f);
        if (fn != null) {
            return fn;
        }
        Decl.FuncDecl decl = f.decl();
        Doc doc = decl == null ? Doc.EMPTY : decl.doc();
        String fullName = f.fullName();
        String linkName = linkName(f);
        List<String> export = doc.directiveArgs("export");
        if (export == null) {
            export = doc.directiveArgs("go:wasmexport"); // Go 1.21's spelling of //export for wasm
        }
        List<String> linkname = doc.directiveArgs("go:linkname");
        if (f.name().equals("init") && f.signature().recv() == null && f.pkg() != null) {
            linkName = uniqueName(f.pkg().path() + ".init.");
        }
        if (export != null && !export.isEmpty()) {
            linkName = export.get(0);
        } else if (linkname != null && linkname.size() >= 2 && decl != null && decl.body() == null) {
            linkName = linkname.get(1);
            // pkg.name of a Go function in the program (how the standard library reaches the
            // runtime's unexported functions): that function itself, built like any other
            Func target = linknameTarget(linkName);
            if (target != null && target != f && target.decl() != null && target.decl().body() != null
                    && org.tinygo4j.frontend.types.Types.identical(target.signature(), f.signature())) {
                Function t = function(target);
                functions.put(f, t);
                return t;
            }
        }
        if (decl != null && decl.body() == null && linkname == null && doc.directiveArgs("go:wasmimport") == null
                && !INTRINSICS.contains(fullName)) {
            // a function Go's runtime pushes into its package (syscall.runtime_envs):
            // the runtime function that names it with //go:linkname, if ours has one
            Func provider = pushedBy().get(fullName);
            if (provider != null && sameShape(provider.signature(), f.signature())) {
                Function t = function(provider);
                functions.put(f, t);
                return t;
            }
        }
        fn = new Function(linkName, f.signature(), f);
        fn.setGoName(f.name().equals("init") && f.signature().recv() == null ? linkName : goName(f, false));
        fn.setPos(f.pos());
        fn.setAbi(RuntimeAbi.byLinkName(fullName));
        functions.put(f, fn);
        if (export != null && !export.isEmpty()) {
            fn.setExportName(export.get(0));
        }
        fn.setNoinline(doc.directive("go:noinline") != null);
        if (decl != null && decl.body() == null) {
            List<String> wasm = doc.directiveArgs("go:wasmimport");
            if (fullName.equals(RuntimeAbi.INIT_ALL.linkName())) {
                Function self = fn;
                pending.add(() -> buildInitAll(self));
            } else if (INTRINSICS.contains(fullName)) {
                fn.setKind(Function.Kind.INTRINSIC);
            } else {
                if (export == null && linkname == null && wasm == null && f.pkg() != null
                        && "main".equals(f.pkg().name()) && library == null) {
                    // nothing provides it (no assembly here): gc's error, where the linker's would
                    // come (a library compile links nothing, and gc's compile step allows it)
                    diags.error(decl.name().pos(), "missing function body");
                }
                fn.setKind(Function.Kind.EXTERN);
                if (wasm != null && wasm.size() == 2) {
                    fn.setWasmImport(wasm.get(0), wasm.get(1));
                }
            }
            if (fn.kind() != Function.Kind.INTRINSIC) {
                program.functions().add(fn);
            }
            return fn;
        }
        program.functions().add(fn);
        if (decl != null) {
            Function self = fn;
            pending.add(() -> new FunctionBuilder(this, self).buildBody(decl));
        }
        return fn;
    }

    /**
     * Makes sure a runtime function the lowering will call is built: for helpers that
     * only some programs need (printing floats), so that the others never compile them.
     */
    void requireRuntime(RuntimeAbi entry, int pos) {
        if (runtimeFunction(entry) == null) {
            throw new Unsupported(pos, "this runtime has no " + entry.goName());
        }
    }

    private java.util.Map<String, Func> pushed;

    /**
     * The runtime's functions with a body and a //go:linkname naming a function of
     * another package ("syscall.runtime_envs"), by that name: Go's runtime pushes such
     * functions into packages that declare them without a body.
     */
    private java.util.Map<String, Func> pushedBy() {
        if (pushed == null) {
            pushed = new java.util.HashMap<>();
            for (Package p : packages) {
                if (!p.path().equals("runtime")) {
                    continue;
                }
                for (File f : p.files()) {
                    for (Decl d : f.decls()) {
                        if (d instanceof Decl.FuncDecl fd && fd.recv() == null && fd.body() != null) {
                            List<String> ln = fd.doc().directiveArgs("go:linkname");
                            if (ln != null && ln.size() >= 2 && ln.get(1).indexOf('.') > 0
                                    && !ln.get(1).startsWith("runtime.")) {
                                pushed.put(ln.get(1), (Func) info.defs.get(fd.name()));
                            }
                        }
                    }
                }
            }
        }
        return pushed;
    }

    /** Same parameters and results up to their underlying types (the runtime cannot name syscall.Errno). */
    private static boolean sameShape(org.tinygo4j.frontend.types.Signature a, org.tinygo4j.frontend.types.Signature b) {
        return a.variadic() == b.variadic() && sameShape(a.params(), b.params()) && sameShape(a.results(), b.results());
    }

    private static boolean sameShape(org.tinygo4j.frontend.types.Tuple a, org.tinygo4j.frontend.types.Tuple b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!org.tinygo4j.frontend.types.Types.identical(a.at(i).underlying(), b.at(i).underlying())) {
                return false;
            }
        }
        return true;
    }

    /** The package-level function a //go:linkname target "import/path.name" names, if the program has it. */
    private Func linknameTarget(String target) {
        int dot = target.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        String path = target.substring(0, dot);
        String name = target.substring(dot + 1);
        for (Package p : packages) {
            if (p.path().equals(path) && p.scope().lookup(name) instanceof Func fn) {
                return fn;
            }
        }
        return null;
    }

    /** The SSA function of a runtime function (built on demand), or null if the runtime lacks it. */
    Function runtimeFunction(RuntimeAbi entry) {
        for (Package p : packages) {
            if (p.path().equals(entry.pkg()) && p.scope().lookup(entry.goName()) instanceof Func f) {
                return function(f);
            }
        }
        return null;
    }

    /** The wrapper that lets a declared function be called through a function value (it takes a context). */
    Function valueWrapper(Func f, int pos) {
        return valueWrapper(function(f), pos);
    }

    private final Map<Function, Function> wrappersByTarget = new IdentityHashMap<>();

    /** The value wrapper of a function (a declared one or an instance of a generic one). */
    Function valueWrapper(Function target, int pos) {
        if (target.kind() == Function.Kind.INTRINSIC) {
            throw new Unsupported(pos, "intrinsics as function values");
        }
        return wrappersByTarget.computeIfAbsent(target, k -> {
            Function w = new Function(uniqueName(target.linkName() + "$value"), target.signature(), null);
            program.functions().add(w);
            new FunctionBuilder(this, w).buildValueWrapper(target);
            return w;
        });
    }

    /** Wrappers that hand a deferred call on to their target (FunctionBuilder.forwardDeferred). */
    private final java.util.Set<Function> forwarding = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    void forwardsRecover(Function wrapper) {
        forwarding.add(wrapper);
    }

    /** Whether a recover in f (or in what f forwards a deferred call to) may stop a panic. */
    boolean mayRecover(Function f) {
        if (forwarding.contains(f)) {
            return true;
        }
        Func o = f.object();
        return o != null && o.decl() != null && o.decl().body() != null
                && AddressTaken.hasRecover(o.decl().body(), info);
    }

    /**
     * gc's name of a function in tracebacks: its link name, with "[...]" after a generic
     * function's or generic receiver type's name (main.g[...], main.(*T[...]).M).
     */
    private static String goName(Func f, boolean generic) {
        Signature sig = f.signature();
        if (sig.recv() == null) {
            return linkName(f) + (generic ? "[...]" : "");
        }
        String pkg = f.pkg() == null ? "" : f.pkg().path() + ".";
        Type r = sig.recv().type();
        boolean ptr = r instanceof Pointer;
        Type base = ptr ? ((Pointer) r).elem() : r;
        String tn = base instanceof org.tinygo4j.frontend.types.Named n ? n.obj().name() : base.toString();
        if (generic) {
            tn += "[...]";
        }
        return pkg + (ptr ? "(*" + tn + ")" : tn) + "." + f.name();
    }

    /** Go-style symbol names: pkg.F, pkg.T.M, pkg.(*T).M. */
    private static String linkName(Func f) {
        Signature sig = f.signature();
        String pkg = f.pkg() == null ? "" : f.pkg().path() + ".";
        if (sig.recv() != null) {
            Type r = sig.recv().type();
            boolean ptr = r instanceof Pointer;
            Type base = ptr ? ((Pointer) r).elem() : r;
            String tn = base instanceof org.tinygo4j.frontend.types.Named n ? n.obj().name() : base.toString();
            return pkg + (ptr ? "(*" + tn + ")" : tn) + "." + f.name();
        }
        return pkg + f.name();
    }

    /** A new unnamed global for the static data of a package-level initialiser (&T{...}, []T{...}). */
    Global staticData(Type t) {
        Global g = new Global(uniqueName("static$"), t, false);
        program.globals().add(g);
        return g;
    }

    /** The global of a package-level variable. */
    Global global(Var v) {
        return globals.computeIfAbsent(v, k -> {
            Doc doc = globalDocs.getOrDefault(k, Doc.EMPTY);
            List<String> ext = doc.directiveArgs("go:extern");
            Global g;
            if (ext != null) {
                g = new Global(ext.isEmpty() ? k.name() : ext.get(0), k.type(), true);
            } else {
                g = new Global(k.pkg().path() + "." + k.name(), k.type(), false);
            }
            program.globals().add(g);
            return g;
        });
    }

    /** Whether the declaration of the package-level variable v has a //go: directive. */
    private boolean hasDirective(Var v) {
        Doc d = globalDocs.get(v);
        return d != null && !d.directives().isEmpty();
    }

    /** Whether a -X setting gave this variable its value, so its constant initialiser must not replace it. */
    boolean linkerSet(Var v) {
        return linkerSet.contains(v);
    }

    private void applyLinkerStrings(Package p) {
        String prefix = p.path() + ".";
        linkerStrings.forEach((name, value) -> {
            if (!name.startsWith(prefix) || name.indexOf('.', prefix.length()) >= 0
                    || !(p.scope().lookup(name.substring(prefix.length())) instanceof Var v)) {
                return;
            }
            if (!(v.type() instanceof org.tinygo4j.frontend.types.Basic b
                    && b.kind() == org.tinygo4j.frontend.types.Basic.Kind.STRING)) {
                diags.add(org.tinygo4j.frontend.diag.Diagnostic.plain(
                        name + ": cannot set with -X: not a var of type string (" + v.type() + ")"));
                return;
            }
            global(v).setInitializer(new org.tinygo4j.ssa.ir.Const(v.type(),
                    org.tinygo4j.frontend.types.Constant.StringVal.of(value)));
            linkerSet.add(v);
        });
    }

    boolean isGlobal(Var v) {
        return v.pkg() != null && v.pkg().scope().lookup(v.name()) == v;
    }

    private void collectGlobalDocs(Package p) {
        for (File f : p.files()) {
            for (Decl d : f.decls()) {
                if (d instanceof Decl.GenDecl gd && gd.tok() == org.tinygo4j.frontend.ast.Token.VAR) {
                    for (Spec s : gd.specs()) {
                        Spec.ValueSpec vs = (Spec.ValueSpec) s;
                        Doc doc = vs.doc() != null && !vs.doc().directives().isEmpty() ? vs.doc() : gd.doc();
                        for (Expr.Ident id : vs.names()) {
                            if (info.defs.get(id) instanceof Var v) {
                                globalDocs.put(v, doc);
                            }
                        }
                    }
                }
            }
        }
    }

    /** The synthesised initialiser of a package: variable initialisers, then init functions. */
    private Function packageInit(Package p) {
        return packageInits.computeIfAbsent(p, k -> {
            Signature sig = new Signature(null, List.of(), Tuple.EMPTY, Tuple.EMPTY, false);
            Function fn = new Function(k.path() + ".init", sig, null);
            fn.setGoName(k.path() + ".init");
            program.functions().add(fn);
            List<Info.Initializer> inits = new ArrayList<>();
            for (Info.Initializer in : info.initOrder) {
                if (!in.lhs().isEmpty() && in.lhs().get(0).pkg() == k && !unreadGlobals.skippable(in)) {
                    inits.add(in);
                }
            }
            List<Func> initFuncs = new ArrayList<>();
            for (File f : k.files()) {
                for (Decl d : f.decls()) {
                    if (d instanceof Decl.FuncDecl fd && fd.recv() == null && fd.name().name().equals("init")
                            && info.defs.get(fd.name()) instanceof Func func) {
                        initFuncs.add(func);
                    }
                }
            }
            pending.add(() -> new FunctionBuilder(this, fn).buildPackageInit(inits, initFuncs));
            return fn;
        });
    }

    private void buildInitAll(Function fn) {
        List<Function> inits = new ArrayList<>();
        for (Package p : packages) {
            inits.add(packageInit(p));
        }
        new FunctionBuilder(this, fn).buildCalls(inits);
    }

    /**
     * Link names must be unique: base with the first number not yet taken (numbered init
     * functions, function literals). The search starts where the last one for base
     * ended, as names are never given back: a function with thousands of literals would
     * otherwise try every number below each new one.
     */
    String uniqueName(String base) {
        int i = nextSuffix.getOrDefault(base, 0);
        while (!linkNames.add(base + i)) {
            i++;
        }
        nextSuffix.put(base, i + 1);
        return base + i;
    }

    Obj objectOf(Expr.Ident id) {
        return info.objectOf(id);
    }
}
