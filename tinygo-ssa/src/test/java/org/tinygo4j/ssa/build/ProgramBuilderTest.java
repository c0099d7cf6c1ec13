package org.tinygo4j.ssa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tinygo4j.ssa.ir.Function;
import org.tinygo4j.ssa.ir.Global;
import org.tinygo4j.ssa.ir.Instr;
import org.tinygo4j.ssa.ir.Printer;

/**
 * The SSA builder through its printer: the shape of small functions (written down by
 * hand from Go's semantics), what is reachable, static initialisers, and the
 * "not supported yet" diagnostics.
 */
class ProgramBuilderTest {

    @Test
    void straightLineFunctionWithTwoResults() {
        SsaTesting.Built b = SsaTesting.build("""
                package main
                func divmod(a, b int) (int, int) { return a / b, a % b }
                func main() { q, r := divmod(7, 2); println(q, r) }
                """);
        String f = Printer.print(b.program().function("main.divmod"));
        assertEquals("""
                func main.divmod(a int, b int) (int, int):
                0: ; entry
                    %0 = local int (a) : *int
                    *%0 = a
                    %1 = local int (b) : *int
                    *%1 = b
                    %2 = *%0 : int
                    %3 = *%1 : int
                    %4 = %2 / %3 : int
                    %5 = *%0 : int
                    %6 = *%1 : int
                    %7 = %5 % %6 : int
                    return %4, %7
                """, f);
    }

    @Test
    void forLoopHasConditionBodyPostAndExitBlocks() {
        SsaTesting.Built b = SsaTesting.build("""
                package main
                func main() {
                	for i := 0; i < 3; i++ {
                		if i == 1 {
                			continue
                		}
                		println(i)
                	}
                }
                """);
        // continue (block 5) goes to the post block (3), which increments i and re-tests (1).
        assertEquals("""
                func main.main():
                0: ; entry
                    %0 = local int (i) : *int
                    *%0 = 0:int
                    jump 1
                1: ; for.cond <- 0, 3
                    %1 = *%0 : int
                    %2 = %1 < 3:int : bool
                    if %2 goto 2 else 4
                2: ; for.body <- 1
                    %3 = *%0 : int
                    %4 = %3 == 1:int : bool
                    if %4 goto 5 else 6
                3: ; for.post <- 5, 6
                    %5 = *%0 : int
                    %6 = %5 + 1:int : int
                    *%0 = %6
                    jump 1
                4: ; for.done <- 1
                    return
                5: ; if.then <- 2
                    jump 3
                6: ; if.done <- 2
                    %7 = *%0 : int
                    println(%7)
                    jump 3
                """, Printer.print(b.program().function("main.main")));
    }

    @Test
    void shortCircuitConditionsBranchWithoutBooleans() {
        SsaTesting.Built b = SsaTesting.build("""
                package main
                func f(a, b bool) int {
                	if a && !b {
                		return 1
                	}
                	return 0
                }
                func main() { println(f(true, false)) }
                """);
        String f = Printer.print(b.program().function("main.f"));
        assertFalse(f.contains("&&"), f);
        assertFalse(f.contains("!"), f);
        assertTrue(f.contains("and.rhs"), f);
    }

    @Test
    void onlyReachableFunctionsAreBuilt() {
        SsaTesting.Built b = SsaTesting.build("""
                package main
                func used() int { return 1 }
                func unused() int { return 2 }
                func main() { println(used()) }
                """);
        assertNotNull(b.program().function("main.used"));
        assertNull(b.program().function("main.unused"));
    }

    @Test
    void constantCompositeLiteralBecomesAStaticInitialiser() {
        SsaTesting.Built b = SsaTesting.build("""
                package main
                var table = [3]int{1, 2, 3}
                var n = 42
                func main() { println(table[1], n) }
                """);
        Global table = b.program().globals().stream().filter(g -> g.linkName().equals("main.table"))
                .findFirst().orElseThrow();
        assertNotNull(table.initializer());
        assertEquals(3, table.initializer().elements().size());
        Function init = b.program().function("main.init");
        // No stores: the initialisers are data, so the package initialiser only returns.
        assertEquals(List.of(Instr.Return.class), init.blocks().get(0).instrs().stream()
                .map(Object::getClass).toList());
    }

    @Test
    void addressTakenLocalsLiveOnTheHeap() {
        SsaTesting.Built b = SsaTesting.build("""
                package main
                func ptr() *int { x := 5; return &x }
                func main() { println(*ptr()) }
                """);
        String f = Printer.print(b.program().function("main.ptr"));
        assertTrue(f.contains("new int (x)"), f);
    }

    @Test
    void unsupportedConstructsArePositionedDiagnostics() {
        SsaTesting.Built b = SsaTesting.build("""
                package main
                func f() {}
                func main() {
                	go f()
                }
                """);
        // This program has no runtime, hence no scheduler to start goroutines with.
        assertEquals("test.go:4:2: not supported yet: go statement on this target (it has no goroutine scheduler)",
                b.diags().sorted().get(0).toString());
    }
}
