package org.tinygo4j.ssa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tinygo4j.ssa.ir.Function;
import org.tinygo4j.ssa.ir.Program;

/**
 * Nesting past what the optimiser copes with: a function whose for and range loops nest
 * more than {@link StmtBuilder#LOOP_NEST_LIMIT} deep is left unoptimised (optnone);
 * up to the limit, and with a select (no loop) among the levels, it is not. Function
 * literals nested more than {@link FunctionBuilder#CLOSURE_NEST_LIMIT} deep are not
 * inlined; those above them are.
 */
class DeepNestingTest {

    /** A function named name whose body nests depth loops, alternating for and range. */
    private static String loops(String name, int depth) {
        StringBuilder b = new StringBuilder("func " + name + "() int {\n\ts := 0\n\tvar xs [1]int\n\t_ = xs\n");
        for (int k = 0; k < depth; k++) {
            b.append(k % 2 == 0 ? "for i" + k + " := 0; i" + k + " < 1; i" + k + "++ {\n" : "for range xs {\n");
            if (k == depth / 2) {
                b.append("select {\ndefault:\n");
            }
        }
        b.append("s++\n");
        for (int k = 0; k < depth; k++) {
            b.append(k == depth - depth / 2 - 1 ? "}\n}\n" : "}\n");
        }
        return b.append("return s\n}\n").toString();
    }

    private static Function function(Program p, String linkName) {
        return p.functions().stream().filter(f -> f.linkName().equals(linkName)).findFirst().orElseThrow();
    }

    @Test
    void loopsPastTheLimitLeaveTheFunctionUnoptimised() {
        int limit = StmtBuilder.LOOP_NEST_LIMIT;
        String src = "package main\n\n" + loops("atLimit", limit) + loops("pastLimit", limit + 1)
                + "func main() {\n\tprintln(atLimit(), pastLimit())\n}\n";
        SsaTesting.Built b = SsaTesting.build(src);
        assertFalse(b.diags().hasErrors(), () -> b.diags().sorted().toString());
        assertFalse(function(b.program(), "main.atLimit").optnone());
        assertEquals(true, function(b.program(), "main.pastLimit").optnone());
        assertFalse(function(b.program(), "main.main").optnone());
    }

    @Test
    void literalsPastTheLimitAreNotInlined() {
        int limit = FunctionBuilder.CLOSURE_NEST_LIMIT;
        StringBuilder b = new StringBuilder("package main\n\nfunc main() {\n\ts := 0\n");
        for (int k = 0; k < limit + 2; k++) {
            b.append("func() {\n");
        }
        b.append("s++\n");
        for (int k = 0; k < limit + 2; k++) {
            b.append("}()\n");
        }
        b.append("println(s)\n}\n");
        SsaTesting.Built built = SsaTesting.build(b.toString());
        assertFalse(built.diags().hasErrors(), () -> built.diags().sorted().toString());
        List<Function> literals = built.program().functions().stream()
                .filter(f -> f.linkName().startsWith("main.main.func")).toList();
        assertEquals(limit + 2, literals.size(), () -> literals.stream().map(Function::linkName).toList().toString());
        // literal k (1-based) sits at closure depth k: the first `limit` are inlined, the rest
        // not; and past depth `limit` a literal's link name extends main.main's, not its parent's
        assertEquals(List.of("main.main.func1", "main.main.func2"),
                literals.stream().filter(Function::noinline).map(Function::linkName).sorted().toList());
    }
}
