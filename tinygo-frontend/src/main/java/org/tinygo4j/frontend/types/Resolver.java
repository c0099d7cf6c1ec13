package org.tinygo4j.frontend.types;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tinygo4j.frontend.ast.Decl;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.File;
import org.tinygo4j.frontend.ast.Spec;
import org.tinygo4j.frontend.ast.Token;

/**
 * Package-level declarations: collects the objects of all files into the package and
 * file scopes (imports, const, var, type, func), then resolves each declaration on
 * demand in dependency order (objDecl), detecting cycles, associating methods with
 * their receiver's base type and queueing function bodies for later.
 */
final class Resolver {
    private final Checker c;
    private final List<Scope> fileScopes = new ArrayList<>();
    /** Method declarations by the name of their receiver base type. */
    private final Map<String, List<Decl.FuncDecl>> methodDecls = new LinkedHashMap<>();
    private final Map<Decl.FuncDecl, Scope> methodFileScope = new java.util.IdentityHashMap<>();
    private final Set<String> methodsDone = new HashSet<>();
    private int order;
    /** Every named import, in source order (duplicates included), for "imported and not used". */
    private final List<PkgName> pkgNames = new ArrayList<>();

    Resolver(Checker c) {
        this.c = c;
    }

    void collectObjects(List<File> files) {
        for (File f : files) {
            String name = f.packageName().name();
            if (name.equals("_")) {
                c.error(f.packageName().pos(), "invalid package name _");
            }
            if (c.pkg.name() == null || c.pkg.name().isEmpty()) {
                c.pkg.setName(name);
            } else if (!c.pkg.name().equals(name)) {
                c.error(f.packageName().pos(), "package " + name + "; expected " + c.pkg.name());
                continue;
            }
            Scope fileScope = new Scope(c.pkg.scope(), "file " + f.path());
            c.info.scopes.put(f, fileScope);
            fileScopes.add(fileScope);
            for (Decl d : f.decls()) {
                switch (d) {
                    case Decl.GenDecl g -> genDecl(g, fileScope);
                    case Decl.FuncDecl fd -> funcDecl(fd, fileScope);
                    case Decl.Bad b -> {
                    }
                }
            }
        }
        // a package-level name may not also be a file-level one (import or dot-import)
        for (Scope fs : fileScopes) {
            for (Obj o : fs.elems().values()) {
                Obj alt = c.pkg.scope().lookup(o.name());
                if (alt == null) {
                    continue;
                }
                String how;
                Obj other = o;
                if (o instanceof PkgName pn) {
                    how = "import of package " + pn.imported().name() + " (\"" + pn.imported().path() + "\")";
                } else {
                    how = "dot-import of package " + o.pkg().name() + " (\"" + o.pkg().path() + "\")";
                }
                String msg = alt.name() + " already declared through " + how;
                if (other.pos() >= 0) {
                    msg += "\n\t" + c.diags.fileSet().position(other.pos()) + ": other declaration of " + o.name();
                }
                c.error(alt.pos(), msg);
            }
        }
    }

    private void genDecl(Decl.GenDecl g, Scope fileScope) {
        Spec.ValueSpec lastConst = null;
        for (Spec s : g.specs()) {
            switch (s) {
                case Spec.ImportSpec is -> importSpec(is, fileScope);
                case Spec.ValueSpec vs when g.tok() == Token.CONST -> {
                    boolean inherited = vs.type() == null && vs.values().isEmpty() && lastConst != null;
                    Spec.ValueSpec src = inherited ? lastConst : vs;
                    if (!inherited) {
                        lastConst = vs;
                    }
                    for (int i = 0; i < vs.names().size(); i++) {
                        Expr.Ident id = vs.names().get(i);
                        NamedConst obj = new NamedConst(id.pos(), c.pkg, id.name(), null, null);
                        DeclInfo d = new DeclInfo(fileScope);
                        d.typeExpr = src.type();
                        d.init = i < src.values().size() ? src.values().get(i) : null;
                        d.iota = vs.iota();
                        d.inherited = inherited;
                        declarePkgObj(id, obj, d);
                    }
                    constArity(vs, src, inherited);
                }
                case Spec.ValueSpec vs -> {
                    List<Var> lhs = new ArrayList<>();
                    DeclInfo shared = null;
                    if (vs.values().size() == 1 && vs.names().size() > 1) {
                        shared = new DeclInfo(fileScope);
                        shared.typeExpr = vs.type();
                        shared.init = vs.values().get(0);
                        shared.lhs = lhs;
                    }
                    for (int i = 0; i < vs.names().size(); i++) {
                        Expr.Ident id = vs.names().get(i);
                        Var v = new Var(id.pos(), c.pkg, id.name(), null, false, false);
                        lhs.add(v);
                        DeclInfo d = shared;
                        if (d == null) {
                            d = new DeclInfo(fileScope);
                            d.typeExpr = vs.type();
                            d.init = i < vs.values().size() ? vs.values().get(i) : null;
                        }
                        declarePkgObj(id, v, d);
                    }
                    if (shared == null && !vs.values().isEmpty() && vs.values().size() != vs.names().size()) {
                        c.error(vs.values().get(0).pos(), "assignment mismatch: " + vs.names().size() + " variable"
                                + (vs.names().size() > 1 ? "s" : "") + " but " + vs.values().size() + " value"
                                + (vs.values().size() > 1 ? "s" : ""));
                    }
                    if (vs.type() == null && vs.values().isEmpty()) {
                        c.error(vs.pos(), "syntax error: missing variable type or initialization");
                    }
                }
                case Spec.TypeSpec ts -> {
                    if (ts.typeParams() != null && !ts.typeParams().isEmpty() && !c.allowVersion(18)) {
                        c.versionError(ts.typeParams().get(0).pos(), "type parameter", 18);
                    }
                    TypeName obj = new TypeName(ts.name().pos(), c.pkg, ts.name().name(), null);
                    DeclInfo d = new DeclInfo(fileScope);
                    d.typeSpec = ts;
                    declarePkgObj(ts.name(), obj, d);
                }
            }
        }
    }

    private void constArity(Spec.ValueSpec vs, Spec.ValueSpec src, boolean inherited) {
        int n = vs.names().size();
        int m = src.values().size();
        if (n > m && (m > 0 || !inherited || src.type() != null)) {
            Expr.Ident id = vs.names().get(m);
            c.error(id.pos(), "missing init expr for " + id.name());
        } else if (n < m && !inherited) {
            c.error(src.values().get(n).pos(), "extra init expr");
        }
    }

    private void declarePkgObj(Expr.Ident id, Obj obj, DeclInfo d) {
        d.order = order++;
        if (obj.name().equals("init") || obj.name().equals("main") && c.pkg.name().equals("main")) {
            if (obj.name().equals("init")) {
                c.error(id.pos(), "cannot declare init - must be func");
                return;
            }
            if (!(obj instanceof Func)) {
                c.error(id.pos(), "cannot declare main - must be func");
                return;
            }
        }
        c.declare(c.pkg.scope(), id, obj);
        c.objMap.put(obj, d);
    }

    private void importSpec(Spec.ImportSpec is, Scope fileScope) {
        Constant pv = ConstantOps.fromLiteral(Expr.LitKind.STRING, is.path().value());
        String path = pv == null ? "" : pv.toString();
        if (path.isEmpty()) {
            c.error(is.path().pos(), "invalid import path: " + is.path().value());
            return;
        }
        if (path.equals("C")) {
            c.notSupported(is.path().pos(), "cgo (import \"C\")");
            return;
        }
        Package imp;
        boolean broken = false;
        if (path.equals("unsafe")) {
            imp = c.universe.unsafe();
        } else {
            imp = c.importer == null ? null : c.importer.importPackage(path, is.path().pos());
            if (imp == null) {
                broken = true;
                String last = path.substring(path.lastIndexOf('/') + 1);
                imp = new Package(path, last, c.universe.scope());
            }
        }
        if (!c.pkg.imports().contains(imp) && !broken) {
            c.pkg.imports().add(imp);
        }
        String name = is.name() != null ? is.name().name() : imp.name();
        if (name.equals("_")) {
            c.info.implicits.put(is, new PkgName(is.pos(), c.pkg, "_", imp));
            return;
        }
        if (name.equals(".")) {
            PkgName dot = new PkgName(is.path().pos(), c.pkg, imp.name(), imp);
            if (broken) {
                dot.markUsed();
            }
            c.info.implicits.put(is, dot);
            pkgNames.add(dot);
            for (Obj o : imp.scope().elems().values()) {
                if (o.exported() && fileScope.insert(o) == null) {
                    c.dotImports.computeIfAbsent(fileScope, k -> new java.util.IdentityHashMap<>()).put(o, dot);
                }
            }
            return;
        }
        int pos = is.name() != null ? is.name().pos() : is.path().pos();
        PkgName pn = new PkgName(pos, c.pkg, name, imp);
        if (broken) {
            pn.markUsed();
        }
        if (is.name() != null) {
            c.recordDef(is.name(), pn);
        } else {
            c.info.implicits.put(is, pn);
        }
        Obj prev = fileScope.insert(pn);
        if (prev != null) {
            c.redeclared(pos, name, prev);
        }
        pkgNames.add(pn);
    }

    private void funcDecl(Decl.FuncDecl fd, Scope fileScope) {
        String name = fd.name().name();
        if (fd.type().typeParams() != null && !fd.type().typeParams().isEmpty() && !c.allowVersion(18)) {
            c.versionError(fd.type().typeParams().get(0).pos(), "type parameter", 18);
        }
        if (fd.recv() != null) {
            String base = receiverBase(fd.recv().type());
            methodDecls.computeIfAbsent(base, k -> new ArrayList<>()).add(fd);
            methodFileScope.put(fd, fileScope);
            return;
        }
        Func f = new Func(fd.name().pos(), c.pkg, name, null, fd);
        DeclInfo d = new DeclInfo(fileScope);
        d.funcDecl = fd;
        d.order = order++;
        if (name.equals("init") || name.equals("main") && c.pkg.name().equals("main")) {
            Expr.FuncType ft = fd.type();
            if (!ft.params().isEmpty() || ft.results() != null && !ft.results().isEmpty()) {
                c.error(fd.name().pos(), "func " + name + " must have no arguments and no return values");
            }
            if (ft.typeParams() != null && !ft.typeParams().isEmpty()) {
                c.error(fd.name().pos(), "func " + name + " must have no type parameters");
            }
        }
        if (name.equals("init")) {
            c.recordDef(fd.name(), f);
            c.objMap.put(f, d);
            if (fd.body() == null) {
                c.error(fd.name().pos(), "missing function body");
            }
            return;
        }
        c.declare(c.pkg.scope(), fd.name(), f);
        c.objMap.put(f, d);
    }

    /** The name of the receiver's base type (T in T, *T, (T), T[P]); "" if malformed. */
    static String receiverBase(Expr e) {
        while (true) {
            switch (e) {
                case Expr.Paren p -> e = p.x();
                case Expr.Star s -> e = s.x();
                case Expr.Index i -> e = i.x();
                case Expr.Ident id -> {
                    return id.name();
                }
                default -> {
                    return "";
                }
            }
        }
    }

    void packageObjects() {
        // as gc: defined types first, then aliases, then the rest (an alias's type is then
        // mostly known when needed, and cycles are reported at the defined type)
        List<Obj> objs = new ArrayList<>(c.objMap.keySet());
        objs.sort(java.util.Comparator.comparingInt(o -> !(o instanceof TypeName) ? 2
                : c.objMap.get(o).typeSpec != null && c.objMap.get(o).typeSpec.alias() ? 1 : 0));
        for (Obj o : objs) {
            objDecl(o);
        }
        for (Map.Entry<String, List<Decl.FuncDecl>> e : methodDecls.entrySet()) {
            if (methodsDone.contains(e.getKey())) {
                continue;
            }
            if (c.pkg.scope().lookup(e.getKey()) instanceof TypeName alias && alias.isAlias()
                    && alias.type() instanceof Named target && target.obj().pkg() == c.pkg) {
                addMethods(target.obj(), target, e.getValue());
                continue;
            }
            for (Decl.FuncDecl fd : e.getValue()) {
                Obj base = c.pkg.scope().lookupParent(e.getKey());
                Expr rt = fd.recv().type();
                while (rt instanceof Expr.Star || rt instanceof Expr.Paren) {
                    rt = rt instanceof Expr.Star s ? s.x() : ((Expr.Paren) rt).x();
                }
                if (base == null) {
                    c.error(rt.pos(), "undefined: " + e.getKey());
                } else if (base instanceof TypeName tn && tn.type() != null
                        && !(tn.type() instanceof Named nn && nn.obj().pkg() == c.pkg)) {
                    int at = fd.recv().names().isEmpty() ? rt.pos() : fd.recv().names().get(0).pos();
                    c.error(at, "cannot define new methods on non-local type " + c.typeString(tn.type()));
                } else {
                    c.error(rt.pos(), e.getKey() + " is not a type");
                }
            }
        }
    }

    /** Resolves a package-level object's declaration if not done yet. */
    void objDecl(Obj obj) {
        DeclInfo d = c.objMap.get(obj);
        if (d == null || d.color == DeclInfo.Color.BLACK) {
            return;
        }
        if (d.color == DeclInfo.Color.GREY) {
            cycle(obj);
            return;
        }
        d.color = DeclInfo.Color.GREY;
        Scope savedScope = c.scope;
        DeclInfo savedDecl = c.decl;
        Constant savedIota = c.iota;
        FuncContext savedFn = c.fn;
        java.util.Set<Named> savedTypeParams = c.typexprs.enterObjDecl();
        c.scope = d.fileScope;
        c.fn = null;
        c.iota = null;
        c.decl = obj instanceof Var || obj instanceof Func ? d : null;
        try {
            switch (obj) {
                case NamedConst k -> {
                    c.iota = Constant.IntVal.of(d.iota);
                    c.assign.constDecl(k, d.typeExpr, d.init, d.inherited);
                }
                case Var v -> c.assign.varDecl(d.lhs != null ? d.lhs : List.of(v), d.typeExpr, d.init);
                case TypeName tn -> c.typexprs.typeDecl(tn, d.typeSpec);
                case Func f -> funcDeclBody(f, d);
                default -> {
                }
            }
        } finally {
            c.scope = savedScope;
            c.decl = savedDecl;
            c.iota = savedIota;
            c.fn = savedFn;
            c.typexprs.exitObjDecl(savedTypeParams);
            d.color = DeclInfo.Color.BLACK;
        }
        if (obj instanceof TypeName tn && tn.type() instanceof Named n && !tn.isAlias()) {
            collectMethods(tn, n);
        }
    }

    private void cycle(Obj obj) {
        switch (obj) {
            case TypeName tn -> {
            }
            case NamedConst k -> {
                if (k.type() == null) {
                    c.error(obj.pos(), "invalid constant cycle: " + obj.name() + " refers to itself");
                    k.setType(Universe.INVALID);
                }
            }
            case Var v -> {
                if (v.type() == null) {
                    c.error(obj.pos(), "initialization cycle or invalid recursive reference: " + obj.name());
                    v.setType(Universe.INVALID);
                }
            }
            default -> {
            }
        }
    }

    private void funcDeclBody(Func f, DeclInfo d) {
        Decl.FuncDecl fd = d.funcDecl;
        Scope[] fscope = new Scope[1];
        // as in gc, the function's own name inside its signature is a func() value, not a cycle
        f.setType(new Signature(null, List.of(), Tuple.EMPTY, Tuple.EMPTY, false));
        d.color = DeclInfo.Color.BLACK;
        Signature sig = c.typexprs.funcType(null, fd.type(), fscope);
        f.setType(sig);
        if (fd.body() != null) {
            DeclInfo dd = d;
            Scope fileScope = d.fileScope;
            c.later.add(() -> c.stmts.funcBody(fd.name().name(), sig, fd.body(), fscope[0], fileScope, dd));
        }
    }

    /** Creates the methods declared on a defined type and queues their bodies. */
    private void collectMethods(TypeName tn, Named n) {
        if (!methodsDone.add(tn.name())) {
            return;
        }
        List<Decl.FuncDecl> decls = methodDecls.get(tn.name());
        if (decls != null) {
            addMethods(tn, n, decls);
        }
        // methods declared with an alias of this type as receiver
        for (Map.Entry<String, List<Decl.FuncDecl>> e : new ArrayList<>(methodDecls.entrySet())) {
            if (!methodsDone.contains(e.getKey()) && c.pkg.scope().lookup(e.getKey()) instanceof TypeName alias
                    && c.objMap.get(alias) != null && c.objMap.get(alias).typeSpec != null
                    && c.objMap.get(alias).typeSpec.alias()) {
                objDecl(alias);
                if (alias.type() == n) {
                    methodsDone.add(e.getKey());
                    addMethods(tn, n, e.getValue());
                }
            }
        }
    }

    private void addMethods(TypeName tn, Named n, List<Decl.FuncDecl> decls) {
        int first = n.methods().size();
        Set<String> names = new HashSet<>();
        for (Func m : n.methods()) {
            names.add(m.name());
        }
        if (n.underlying() instanceof Struct s) {
            for (Var f : s.fields()) {
                names.add(f.name());
            }
        }
        for (Decl.FuncDecl fd : decls) {
            String name = fd.name().name();
            Func m = new Func(fd.name().pos(), c.pkg, name, null, fd);
            c.recordDef(fd.name(), m);
            if (!name.equals("_") && !names.add(name)) {
                boolean field = n.underlying() instanceof Struct s && s.fields().stream().anyMatch(v -> v.name().equals(name));
                if (field) {
                    c.error(fd.name().pos(), "field and method with the same name " + name);
                } else {
                    Func prev = n.methods().stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
                    c.error(fd.name().pos(), tn.name() + "." + name + " redeclared in this block"
                            + (prev == null ? "" : "\n\t" + c.diags.fileSet().position(prev.pos())
                            + ": other declaration of " + name));
                }
                continue;
            }
            if (n.underlying() instanceof Pointer || n.underlying() instanceof Interface) {
                c.error(fd.recv().type().pos(), "invalid receiver type " + tn.name()
                        + (n.underlying() instanceof Pointer ? " (pointer or interface type)" : " (pointer or interface type)"));
            }
            n.addMethod(m);
        }
        for (Func m : n.methods().subList(first, n.methods().size())) {
            Decl.FuncDecl fd = m.decl();
            Scope fileScope = methodFileScope.get(fd);
            Scope saved = c.scope;
            DeclInfo savedDecl = c.decl;
            c.scope = fileScope;
            DeclInfo d = new DeclInfo(fileScope);
            d.funcDecl = fd;
            c.decl = d;
            Scope[] fscope = new Scope[1];
            Signature sig = c.typexprs.funcType(fd.recv(), fd.type(), fscope);
            m.setType(sig);
            c.scope = saved;
            c.decl = savedDecl;
            c.objMap.put(m, d);
            d.color = DeclInfo.Color.BLACK;
            if (fd.body() != null) {
                c.later.add(() -> c.stmts.funcBody(fd.name().name(), sig, fd.body(), fscope[0], fileScope, d));
            }
        }
    }

    void unusedImports() {
        for (PkgName pn : pkgNames) {
            if (!pn.used()) {
                String msg = "imported and not used: \"" + pn.imported().path() + "\"";
                if (!pn.name().equals(pn.imported().name())) {
                    msg += " as " + pn.name();
                }
                c.error(pn.pos(), msg);
            }
        }
    }
}
