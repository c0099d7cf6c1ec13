package org.tinygo4j.frontend.types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Node;

/**
 * The typed program model that the checker produces and the SSA builder consumes,
 * as go/types.Info: every map is keyed by AST node identity (AST records compare
 * structurally, so identity maps are required).
 */
public final class Info {
    /** Type (and constant value) of every expression, type expressions included. */
    public final Map<Expr, TypeAndValue> types = new IdentityHashMap<>();
    /** The object each defining identifier declares (null value for the blank identifier / package clause). */
    public final Map<Expr.Ident, Obj> defs = new IdentityHashMap<>();
    /** The object each other identifier refers to. */
    public final Map<Expr.Ident, Obj> uses = new IdentityHashMap<>();
    /** Objects declared without an identifier: case-clause vars of type switches, unnamed params, import names. */
    public final Map<Node, Obj> implicits = new IdentityHashMap<>();
    /** Field and method selections (not qualified identifiers). */
    public final Map<Expr.Selector, Selection> selections = new IdentityHashMap<>();
    /** Generic instantiations, keyed by the identifier that names the generic function or type. */
    public final Map<Expr.Ident, Instance> instances = new IdentityHashMap<>();
    /** The scope each scope-opening node creates (File, FuncType, Block, If, For, Switch, CaseClause, ...). */
    public final Map<Node, Scope> scopes = new IdentityHashMap<>();
    /** Package-level variable initialisers in the order the spec requires. */
    public final List<Initializer> initOrder = new ArrayList<>();

    /** One package-level initialisation: lhs vars (one, or several for a multi-value rhs) = rhs. */
    public record Initializer(List<Var> lhs, Expr rhs) {}

    /** Adds everything other records (a package checked on its own, as a cache keeps it). */
    public void addAll(Info other) {
        types.putAll(other.types);
        defs.putAll(other.defs);
        uses.putAll(other.uses);
        implicits.putAll(other.implicits);
        selections.putAll(other.selections);
        instances.putAll(other.instances);
        scopes.putAll(other.scopes);
        initOrder.addAll(other.initOrder);
    }

    public TypeAndValue typeAndValue(Expr e) {
        return types.get(e);
    }

    /** The type of e, or null if unknown. */
    public Type typeOf(Expr e) {
        TypeAndValue tv = types.get(e);
        if (tv != null) {
            return tv.type();
        }
        if (e instanceof Expr.Ident id) {
            Obj o = objectOf(id);
            return o == null ? null : o.type();
        }
        return null;
    }

    /** The object an identifier defines or uses, or null. */
    public Obj objectOf(Expr.Ident id) {
        Obj o = defs.get(id);
        return o != null ? o : uses.get(id);
    }
}
