package org.tinygo4j.ssa.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tinygo4j.frontend.ast.Token;
import org.tinygo4j.frontend.types.Constant;
import org.tinygo4j.frontend.types.Signature;
import org.tinygo4j.frontend.types.Tuple;
import org.tinygo4j.frontend.types.Universe;

/**
 * The SSA verifier on hand-made functions, one fault each, and on a well-formed
 * function. (Every program the builder makes in the other tests is verified too: the
 * builder runs the verifier whenever Java assertions are on.)
 */
class VerifierTest {
    private static final Signature NO_ARGS = new Signature(null, List.of(), Tuple.EMPTY, Tuple.EMPTY, false);

    private static Const one() {
        return new Const(Universe.INT, Constant.IntVal.of(1));
    }

    @Test
    void wellFormedDiamondPasses() {
        Function f = new Function("t.ok", NO_ARGS, null);
        BasicBlock entry = f.newBlock("entry");
        BasicBlock a = f.newBlock("a");
        BasicBlock b = f.newBlock("b");
        BasicBlock join = f.newBlock("join");
        Instr.BinOp sum = entry.add(new Instr.BinOp(Universe.INT, Token.ADD, one(), one(), 0));
        Instr.BinOp cond = entry.add(new Instr.BinOp(Universe.BOOL, Token.EQL, sum, one(), 0));
        entry.add(new Instr.If(cond, a, b, 0));
        a.add(new Instr.Jump(join, 0));
        b.add(new Instr.Jump(join, 0));
        join.add(new Instr.BinOp(Universe.INT, Token.ADD, sum, sum, 0)); // entry dominates join
        join.add(new Instr.Return(List.of(), 0));
        assertEquals(List.of(), Verifier.verify(f));
    }

    @Test
    void blockWithoutTerminator() {
        Function f = new Function("t.f", NO_ARGS, null);
        BasicBlock entry = f.newBlock("entry");
        entry.add(new Instr.BinOp(Universe.INT, Token.ADD, one(), one(), 0));
        assertEquals(List.of("t.f: block 0: does not end in a terminator"), Verifier.verify(f));
    }

    @Test
    void useBeforeDefinitionInOneBlock() {
        Function f = new Function("t.f", NO_ARGS, null);
        BasicBlock entry = f.newBlock("entry");
        Instr.BinOp later = new Instr.BinOp(Universe.INT, Token.ADD, one(), one(), 0);
        entry.add(new Instr.BinOp(Universe.INT, Token.ADD, later, one(), 0));
        entry.add(later);
        entry.add(new Instr.Return(List.of(), 0));
        assertEquals(List.of("t.f: block 0: BinOp uses BinOp before it is defined"), Verifier.verify(f));
    }

    @Test
    void useFromABlockThatDoesNotDominate() {
        Function f = new Function("t.f", NO_ARGS, null);
        BasicBlock entry = f.newBlock("entry");
        BasicBlock a = f.newBlock("a");
        BasicBlock b = f.newBlock("b");
        BasicBlock join = f.newBlock("join");
        Instr.BinOp cond = entry.add(new Instr.BinOp(Universe.BOOL, Token.EQL, one(), one(), 0));
        entry.add(new Instr.If(cond, a, b, 0));
        Instr.BinOp onlyInA = a.add(new Instr.BinOp(Universe.INT, Token.ADD, one(), one(), 0));
        a.add(new Instr.Jump(join, 0));
        b.add(new Instr.Jump(join, 0));
        join.add(new Instr.BinOp(Universe.INT, Token.ADD, onlyInA, one(), 0));
        join.add(new Instr.Return(List.of(), 0));
        assertEquals(List.of("t.f: block 3: BinOp uses BinOp from block 1, which does not dominate it"),
                Verifier.verify(f));
    }

    @Test
    void predecessorListsMustMatchTheEdges() {
        Function f = new Function("t.f", NO_ARGS, null);
        BasicBlock entry = f.newBlock("entry");
        BasicBlock exit = f.newBlock("exit");
        entry.add(new Instr.Jump(exit, 0));
        exit.add(new Instr.Return(List.of(), 0));
        exit.preds().add(exit); // a stray edge that no terminator makes
        assertEquals(List.of("t.f: block 1: lists block 1 as predecessor 1 time(s), but that block jumps here 0 time(s)"),
                Verifier.verify(f));
    }

    @Test
    void instructionOfAnotherFunction() {
        Function g = new Function("t.g", NO_ARGS, null);
        BasicBlock gEntry = g.newBlock("entry");
        Instr.BinOp foreign = gEntry.add(new Instr.BinOp(Universe.INT, Token.ADD, one(), one(), 0));
        gEntry.add(new Instr.Return(List.of(), 0));
        Function f = new Function("t.f", NO_ARGS, null);
        BasicBlock entry = f.newBlock("entry");
        entry.add(new Instr.BinOp(Universe.INT, Token.ADD, foreign, one(), 0));
        entry.add(new Instr.Return(List.of(), 0));
        assertEquals(List.of("t.f: block 0: BinOp uses BinOp, which is not in this function"), Verifier.verify(f));
    }

    @Test
    void storeTypeMustMatchThePointer() {
        Function f = new Function("t.f", NO_ARGS, null);
        BasicBlock entry = f.newBlock("entry");
        Instr.Alloc slot = entry.add(new Instr.Alloc(Universe.BOOL, "x", false, 0));
        entry.add(new Instr.Store(slot, one(), false, 0));
        entry.add(new Instr.Load(Universe.INT, slot, false, 0));
        entry.add(new Instr.Return(List.of(), 0));
        List<String> problems = Verifier.verify(f);
        assertEquals(List.of("t.f: block 0: store of int through *bool", "t.f: block 0: load of int through *bool"),
                problems);
    }

    @Test
    void checkThrowsWithEveryProblem() {
        Program p = new Program(new org.tinygo4j.frontend.types.TypeSizes(8, 8, 8));
        Function f = new Function("t.f", NO_ARGS, null);
        f.newBlock("entry");
        p.functions().add(f);
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Verifier.check(p));
        assertTrue(e.getMessage().contains("t.f: block 0: does not end in a terminator"), e.getMessage());
    }
}
