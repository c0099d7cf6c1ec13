package org.tinygo4j.frontend.types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.File;
import org.tinygo4j.frontend.ast.Node;
import org.tinygo4j.frontend.diag.Diagnostics;

/**
 * Type-checks one package, as go/types' Checker does: it collects the package-level
 * objects of all files (Resolver), resolves their declarations lazily in dependency
 * order, then checks function bodies, reports unused imports and computes the
 * initialisation order. The work is split by concern into Resolver, TypeExprs, Exprs,
 * Calls, Builtins, Assignments, Stmts, Lookup and InitOrder; this class holds the
 * state they share and the recording into Info. Errors go to Diagnostics in gc's
 * wording; the checker never throws for a user error.
 */
public final class Checker {

    /** Gives already-checked packages by import path. */
    @FunctionalInterface
    public interface Importer {
        /**
         * The package with that import path, or null when it cannot be provided; the
         * importer has then already reported why (the checker stays silent about it).
         */
        Package importPackage(String path, int pos);
    }

    final Universe universe;
    final Package pkg;
    final Info info;
    final Diagnostics diags;
    /** Whether runtime-only, standard-library-only and cgo directives are refused (user code). */
    boolean restrictDirectives = true;
    boolean requireBodies;
    /** Whether the package is compiled as part of the standard library (gc's -std). */
    boolean std;
    /** The language version the package is written for, as Go 1's minor version (gc's -lang). */
    int langMinor = Universe.NEWEST_MINOR;
    final TypeSizes sizes;
    final Importer importer;

    final Resolver resolver;
    final TypeExprs typexprs;
    final Exprs exprs;
    final Calls calls;
    final Builtins builtins;
    final Assignments assign;
    final Stmts stmts;
    final Lookup lookup;
    final Generics generics;
    final InstantiationCycles cycles = new InstantiationCycles(this);

    /** Package-level declarations by object, in source order. */
    final Map<Obj, DeclInfo> objMap = new LinkedHashMap<>();
    /**
     * gc's limits on type sizes (arrays within the address space, channel elements under
     * 64 kB), which gc checks as it lays types out: only once the package type-checked cleanly.
     */
    final List<Runnable> sizeChecks = new ArrayList<>();
    /** Work done after all package-level declarations: function bodies. */
    final List<Runnable> later = new ArrayList<>();

    /** For each file scope, the objects it got from dot imports and the import that brought them. */
    final Map<Scope, Map<Obj, PkgName>> dotImports = new IdentityHashMap<>();

    /** Untyped expressions whose final type is not yet known (go/types' untyped map). */
    final Map<Expr, Untyped> untyped = new IdentityHashMap<>();

    record Untyped(boolean isLhs, Expr shift, Operand.Mode mode, Basic type, Constant val) {}

    // ---- the context of what is being checked ----
    Scope scope;
    /** The package-level declaration being checked (collects its dependencies), or null. */
    DeclInfo decl;
    /** iota's value inside a constant declaration, else null. */
    Constant iota;
    /** The function whose body is being checked, or null at package level. */
    FuncContext fn;

    public Checker(Universe universe, Package pkg, Info info, Diagnostics diags, TypeSizes sizes, Importer importer) {
        this.universe = universe;
        this.pkg = pkg;
        this.info = info;
        this.diags = diags;
        this.sizes = sizes;
        this.importer = importer;
        this.resolver = new Resolver(this);
        this.typexprs = new TypeExprs(this);
        this.exprs = new Exprs(this);
        this.calls = new Calls(this);
        this.builtins = new Builtins(this);
        this.assign = new Assignments(this);
        this.stmts = new Stmts(this);
        this.lookup = new Lookup(this);
        this.generics = new Generics(this);
        this.scope = pkg.scope();
    }

    /** Checks the package made of these files; results go to Info and Diagnostics. */
    public void checkFiles(List<File> files) {
        try {
            pkg.files().addAll(files);
            int before = diags.count();
            resolver.collectObjects(files);
            resolver.packageObjects();
            for (int i = 0; i < later.size(); i++) {
                later.get(i).run();
            }
            resolver.unusedImports();
            if (cycles.report()) {
                return; // the instances would never end
            }
            generics.syncAll();
            recordUntyped();
            new InitOrder(this).compute();
            if (diags.count() == before) {
                sizeChecks.forEach(Runnable::run);
            }
            new Pragmas(this).check(files, diags.count() == before);
        } catch (RuntimeException e) {
            StringBuilder where = new StringBuilder();
            for (StackTraceElement el : e.getStackTrace()) {
                if (el.getClassName().startsWith("org.tinygo4j")) {
                    where.append(" at ").append(el.getClassName().substring(el.getClassName().lastIndexOf('.') + 1))
                            .append('.').append(el.getMethodName()).append(':').append(el.getLineNumber());
                    break;
                }
            }
            diags.error(files.isEmpty() ? Node.NO_POS : files.get(0).pos(),
                    "internal compiler error: type checker: " + e + where);
        }
    }

    /** The package is complete (go build's -complete): a function without a body needs a directive that supplies one. */
    public void requireFunctionBodies() {
        requireBodies = true;
    }

    /** Lets a package of the standard library use its own directives (go:nowritebarrier, go:cgo_*, ...). */
    public void allowRuntimeDirectives() {
        restrictDirectives = false;
    }

    /** Holds the package to an older language version, given as gc's -lang takes it ("go1.17"). */
    public void setLanguageVersion(String version) {
        langMinor = parseVersion(version);
    }

    /** Holds the package to the standard library's directive rules (gc's -std). */
    public void compileAsStd() {
        std = true;
    }

    /** The minor version of "go1.N" (or "go1.N.P"), or the newest one when it is not of that form. */
    static int parseVersion(String v) {
        if (v == null || !v.startsWith("go1.")) {
            return Universe.NEWEST_MINOR;
        }
        String rest = v.substring(4);
        int dot = rest.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? rest : rest.substring(0, dot));
        } catch (NumberFormatException e) {
            return Universe.NEWEST_MINOR;
        }
    }

    /** Whether the package's language version has what came with go1.minor. */
    boolean allowVersion(int minor) {
        return langMinor >= minor;
    }

    /** gc's error for a feature newer than the package's language version. */
    void versionError(int pos, String what, int minor) {
        error(pos, what + " requires go1." + minor + " or later (-lang was set to go1." + langMinor + "; check go.mod)");
    }

    // ---- errors ----

    void error(int pos, String msg) {
        diags.error(pos, msg);
    }

    void notSupported(int pos, String what) {
        diags.error(pos, "not supported yet: " + what);
    }

    String typeString(Type t) {
        return Types.typeString(t, pkg);
    }

    String describe(Operand x) {
        return x.describe(pkg);
    }

    // ---- recording ----

    void record(Operand x) {
        if (x.expr == null) {
            return;
        }
        if (x.mode == Operand.Mode.INVALID) {
            return;
        }
        if (x.type instanceof Basic b && b.isUntyped() && x.mode != Operand.Mode.TYPEXPR) {
            // only a constant has a value: a binary operation of a constant and an untyped
            // non-constant shift still holds the left operand's value, and with it
            // updateExprType would not reach the shift (0 + 1<<s typed the 1 as int)
            untyped.put(x.expr, new Untyped(false, null, x.mode, b,
                    x.mode == Operand.Mode.CONSTANT ? x.val : null));
            return;
        }
        recordTV(x.expr, x.tvMode(), x.type, x.mode == Operand.Mode.CONSTANT ? x.val : null);
    }

    void recordTV(Expr e, TypeAndValue.Mode mode, Type t, Constant val) {
        TypeAndValue tv = new TypeAndValue(mode, t, val);
        while (true) {
            info.types.put(e, tv);
            // updateExprType records from the inside out: stop where the inner part already has it,
            // or 100,000 parentheses cost 100,000 walks of the rest
            if (e instanceof Expr.Paren p && !tv.equals(info.types.get(p.x()))) {
                e = p.x();
            } else {
                break;
            }
        }
    }

    void recordDef(Expr.Ident id, Obj obj) {
        info.defs.put(id, obj);
    }

    void recordUse(Expr.Ident id, Obj obj) {
        info.uses.put(id, obj);
    }

    private void recordUntyped() {
        for (Map.Entry<Expr, Untyped> e : untyped.entrySet()) {
            Untyped u = e.getValue();
            TypeAndValue.Mode m = u.mode() == Operand.Mode.CONSTANT ? TypeAndValue.Mode.CONSTANT : TypeAndValue.Mode.VALUE;
            info.types.put(e.getKey(), new TypeAndValue(m, u.type(), u.val()));
        }
        untyped.clear();
    }

    // ---- scopes ----

    Scope openScope(Node node, String comment) {
        Scope s = new Scope(scope, comment);
        info.scopes.put(node, s);
        scope = s;
        return s;
    }

    void closeScope() {
        scope = scope.parent();
    }

    /**
     * Declares obj in scope s under id (blank identifiers are recorded but not inserted);
     * false when the name was already declared there (reported), so obj is not in scope.
     */
    boolean declare(Scope s, Expr.Ident id, Obj obj) {
        if (id != null) {
            recordDef(id, obj);
        }
        if (obj.name().equals("_")) {
            return true;
        }
        Obj prev = s.insert(obj);
        if (prev != null) {
            redeclared(obj.pos(), obj.name(), prev);
            return false;
        }
        return true;
    }

    void redeclared(int pos, String name, Obj prev) {
        String msg = name + " redeclared in this block";
        if (prev.pos() >= 0) {
            msg += "\n\t" + diags.fileSet().position(prev.pos()) + ": other declaration of " + prev.name();
        }
        error(pos, msg);
    }

    /** Declares a local variable that must be used ("declared but not used"). */
    void declareLocal(Expr.Ident id, Var v) {
        // a redeclared variable is not in scope, so no use can reach it: as gc, no
        // "declared but not used" follows the "redeclared" error
        if (declare(scope, id, v) && fn != null && !v.name().equals("_")) {
            fn.locals.add(v);
        }
    }

    /** Notes that the current package-level declaration depends on obj (for init order). */
    void dependOn(Obj obj) {
        if (decl != null && obj.pkg() == pkg && objMap.containsKey(obj)) {
            decl.deps.add(obj);
        }
    }
}
