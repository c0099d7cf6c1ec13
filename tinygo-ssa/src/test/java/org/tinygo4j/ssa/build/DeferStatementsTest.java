package org.tinygo4j.ssa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tinygo4j.ssa.ir.Instr;
import org.tinygo4j.ssa.ir.Program;

/**
 * Where a defer statement's record and bound values live: in the frame when the
 * statement runs at most once per call (runtime.deferPushFrame with a frame slot, and a
 * closure marked inFrame), on the heap (runtime.deferPush) inside a loop or after a
 * label that a goto could jump back to. Built against MapsTest's runtime stubs.
 */
class DeferStatementsTest {

    private static List<String> pushes(Program p, String fn) {
        return MapsTest.calls(p.function(fn)).stream().filter(c -> c.startsWith("runtime.deferPush")).toList();
    }

    private static long inFrameClosures(Program p, String fn) {
        return p.function(fn).blocks().stream().flatMap(b -> b.instrs().stream())
                .filter(i -> i instanceof Instr.MakeClosure mc && mc.inFrame()).count();
    }

    @Test
    void aStatementOutsideLoopsKeepsItsRecordInTheFrame() {
        Program p = MapsTest.build("""
                package main
                func f(n int) { println(n) }
                func main() {
                	defer f(1)
                	if true {
                		defer f(2)
                	}
                }
                """);
        assertEquals(List.of("runtime.deferPushFrame", "runtime.deferPushFrame"), pushes(p, "main.main"));
        assertEquals(2, inFrameClosures(p, "main.main"));
    }

    @Test
    void aStatementInALoopOrAfterALabelAllocates() {
        Program p = MapsTest.build("""
                package main
                func f(n int) { println(n) }
                func main() {
                	for i := 0; i < 3; i++ {
                		defer f(i)
                	}
                	for _, v := range []int{1} {
                		defer f(v)
                	}
                	defer f(0)
                	n := 0
                again:
                	defer f(n)
                	if n++; n < 2 {
                		goto again
                	}
                }
                """);
        assertEquals(List.of("runtime.deferPush", "runtime.deferPush", "runtime.deferPushFrame", "runtime.deferPush"),
                pushes(p, "main.main"));
        assertEquals(1, inFrameClosures(p, "main.main"));
    }

    @Test
    void aFunctionLiteralInALoopHasItsOwnFrame() {
        Program p = MapsTest.build("""
                package main
                func f(n int) { println(n) }
                func main() {
                	for i := 0; i < 3; i++ {
                		func() {
                			defer f(i)
                		}()
                	}
                }
                """);
        assertEquals(List.of("runtime.deferPushFrame"), pushes(p, "main.main.func0"));
    }
}
