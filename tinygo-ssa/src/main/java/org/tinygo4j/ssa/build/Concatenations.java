package org.tinygo4j.ssa.build;

import java.util.ArrayList;
import java.util.List;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Node;
import org.tinygo4j.frontend.ast.Token;
import org.tinygo4j.frontend.types.Array;
import org.tinygo4j.frontend.types.Basic;
import org.tinygo4j.frontend.types.Constant;
import org.tinygo4j.frontend.types.Slice;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.TypeAndValue;
import org.tinygo4j.frontend.types.Universe;
import org.tinygo4j.ssa.abi.RuntimeAbi;
import org.tinygo4j.ssa.ir.Const;
import org.tinygo4j.ssa.ir.Function;
import org.tinygo4j.ssa.ir.Instr;
import org.tinygo4j.ssa.ir.Value;

/**
 * Concatenations of three or more strings (a + b + c ..., and s += a + b) as one call
 * of runtime.stringConcatN, where the program builder asks for it
 * ({@link ProgramBuilder#concatenationCalls}): the operands are evaluated left to right
 * into an array in the function's frame, and only the result is allocated, as gc
 * does. Otherwise, and for two operands, a + b stays runtime.stringConcat.
 */
final class Concatenations {
    private final ExprBuilder eb;
    /** The operand array of this function's concatenations, made at the first (operandArray). */
    private Instr.Alloc operands;

    Concatenations(ExprBuilder eb) {
        this.eb = eb;
    }

    /** b as one call when it is a concatenation of three or more strings; else null. */
    Value binary(Expr.Binary b) {
        if (b.op() != Token.ADD || !applies(eb.typeOf(b))) {
            return null;
        }
        List<Expr> parts = new ArrayList<>();
        operands(b, parts);
        return parts.size() > 2 ? call(eb.typeOf(b), new ArrayList<>(), parts, b.opPos()) : null;
    }

    /**
     * x + y for s += y of strings when y is itself a concatenation (s += a + b): one
     * call for x, a and b; null when y is not a concatenation.
     */
    Value onto(Type t, Value x, Expr y, int pos) {
        if (!applies(t)) {
            return null;
        }
        List<Expr> parts = new ArrayList<>();
        operands(y, parts);
        if (parts.size() < 2) {
            return null;
        }
        List<Value> vals = new ArrayList<>();
        vals.add(x);
        return call(t, vals, parts, pos);
    }

    private boolean applies(Type t) {
        return eb.fb.pb.concatenationCalls() && t.underlying() instanceof Basic bt && bt.isString();
    }

    /**
     * The operands of a string concatenation, left to right, through nested non-constant
     * concatenations and parentheses (strings are immutable, so a + (b + c) may be
     * built as a + b + c, as gc does).
     */
    private void operands(Expr e, List<Expr> parts) {
        Expr u = ExprBuilder.unparen(e);
        TypeAndValue tv = eb.info.types.get(u);
        if (u instanceof Expr.Binary b && b.op() == Token.ADD && (tv == null || !tv.isConstant())) {
            operands(b.x(), parts);
            operands(b.y(), parts);
        } else {
            parts.add(u);
        }
    }

    /** The concatenation of vals, already evaluated, and then of parts, in one call. */
    private Value call(Type t, List<Value> vals, List<Expr> parts, int pos) {
        for (Expr p : parts) {
            vals.add(eb.convert(eb.expr(p), t, p.pos()));
        }
        Instr.Alloc arr = operandArray(vals.size());
        eb.lits.storeElements(arr, Universe.STRING, vals, pos);
        Value n = new Const(Universe.INT, Constant.IntVal.of(vals.size()));
        Value slice = eb.fb.emit(new Instr.Slice(new Slice(Universe.STRING), arr, null, n, null, pos));
        Function f = eb.fb.pb.runtimeFunction(RuntimeAbi.STRING_CONCAT_N);
        if (f == null) {
            throw new Unsupported(pos, "string concatenation (this runtime has no "
                    + RuntimeAbi.STRING_CONCAT_N.goName() + ")");
        }
        return eb.convert(eb.fb.emit(new Instr.Call(Universe.STRING, f, List.of(slice), pos)), t, pos);
    }

    /**
     * An array of at least n strings in the function's frame. One array serves every
     * concatenation of the function: each stores its operands only after evaluating
     * them all and is done with them when its call returns, so they never overlap; a
     * larger one replaces it when a concatenation has more operands. It is made in the
     * entry block, so a concatenation in a loop does not grow the frame.
     */
    private Instr.Alloc operandArray(int n) {
        if (operands == null || ((Array) operands.elemType()).len() < n) {
            operands = eb.fb.fn.blocks().get(0).addFirst(
                    new Instr.Alloc(new Array(n, Universe.STRING), "concat", false, Node.NO_POS));
        }
        return operands;
    }
}
