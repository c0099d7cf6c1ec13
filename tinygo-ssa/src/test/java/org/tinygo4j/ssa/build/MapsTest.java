package org.tinygo4j.ssa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tinygo4j.frontend.ast.File;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.source.FileSet;
import org.tinygo4j.frontend.syntax.SourceParser;
import org.tinygo4j.frontend.types.Checker;
import org.tinygo4j.frontend.types.Info;
import org.tinygo4j.frontend.types.Package;
import org.tinygo4j.frontend.types.TypeSizes;
import org.tinygo4j.frontend.types.Universe;
import org.tinygo4j.ssa.ir.BasicBlock;
import org.tinygo4j.ssa.ir.Function;
import org.tinygo4j.ssa.ir.Instr;
import org.tinygo4j.ssa.ir.Program;

/**
 * Map operations as runtime calls, checked on the order of the calls a function makes
 * (against stubs of the runtime's hashmap API): when the address of a map element is
 * taken, and that a key temporary is shared.
 */
class MapsTest {
    private static final String RUNTIME = """
            package runtime
            import "unsafe"
            type hashmap struct{ n int }
            type hashmapIterator struct{ i int }
            func hashmapMake(keySize, valueSize uintptr, hint int, keyKind uint8, hash func(unsafe.Pointer, uint32) uint32, equal func(unsafe.Pointer, unsafe.Pointer) bool) *hashmap { return nil }
            func hashmapLen(m *hashmap) int { return 0 }
            func hashmapLookup(m *hashmap, key, value unsafe.Pointer, valueSize uintptr) bool { return false }
            func hashmapAssign(m *hashmap, key unsafe.Pointer) unsafe.Pointer { return nil }
            func hashmapDelete(m *hashmap, key unsafe.Pointer) {}
            func hashmapClear(m *hashmap) {}
            func hashmapNext(m *hashmap, it *hashmapIterator, key, value unsafe.Pointer) bool { return false }
            type deferFrame struct{ defers unsafe.Pointer }
            func deferEnter(f *deferFrame) {}
            func setjmp(buf unsafe.Pointer) bool
            func deferPush(f *deferFrame, fn func()) {}
            type deferCall struct{ fn func(); next *deferCall }
            func deferPushFrame(f *deferFrame, d *deferCall, fn func()) {}
            func deferReturn(f *deferFrame) {}
            func deferArm(fn unsafe.Pointer) {}
            func deferArmValue(fn func()) {}
            """;

    static Program build(String main) {
        FileSet fs = new FileSet();
        Diagnostics diags = new Diagnostics(fs);
        Universe universe = new Universe();
        Info info = new Info();
        TypeSizes sizes = new TypeSizes(8, 8, 8);
        List<Package> pkgs = new ArrayList<>();
        for (String[] src : new String[][] {{"runtime", RUNTIME}, {"main", main}}) {
            File f = SourceParser.parse(fs, src[0] + ".go", src[1].getBytes(StandardCharsets.UTF_8), diags);
            Package p = new Package(src[0], src[0], universe.scope());
            new Checker(universe, p, info, diags, sizes, (path, pos) -> universe.unsafe()).checkFiles(List.of(f));
            pkgs.add(p);
        }
        assertFalse(diags.hasErrors(), () -> diags.sorted().toString());
        Program prog = new ProgramBuilder(pkgs, info, sizes, diags).build();
        assertFalse(diags.hasErrors(), () -> diags.sorted().toString());
        return prog;
    }

    /** The functions f calls, in block and instruction order, by link name. */
    static List<String> calls(Function f) {
        List<String> out = new ArrayList<>();
        for (BasicBlock b : f.blocks()) {
            for (Instr in : b.instrs()) {
                if (in instanceof Instr.Call c) {
                    out.add(c.callee().linkName());
                }
            }
        }
        return out;
    }

    @Test
    void anElementsAddressIsTakenAfterTheRightHandSide() {
        Program p = build("""
                package main
                var memo = map[int]int{}
                func fib(n int) int {
                	if n < 2 {
                		return n
                	}
                	memo[n] = fib(n-1) + fib(n-2)
                	return memo[n]
                }
                func main() { println(fib(10)) }
                """);
        // fib, fib, then the insertion (which may move the table), then the read.
        assertEquals(List.of("main.fib", "main.fib", "runtime.hashmapAssign", "runtime.hashmapLookup"),
                calls(p.function("main.fib")));
    }

    @Test
    void opAssignmentReadsThenEvaluatesThenInserts() {
        Program p = build("""
                package main
                func g() int { return 1 }
                func main() {
                	m := map[string]int{}
                	m["a"] += g()
                }
                """);
        assertEquals(List.of("runtime.hashmapMake", "runtime.hashmapLookup", "main.g", "runtime.hashmapAssign"),
                calls(p.function("main.main")));
    }

    @Test
    void keysOfOneTypeShareOneTemporary() {
        Program p = build("""
                package main
                func main() {
                	m := map[string]int{}
                	m["a"] = 1
                	m["b"] = m["a"] + 1
                	delete(m, "a")
                	println(m["b"])
                }
                """);
        long keyTemps = p.function("main.main").blocks().get(0).instrs().stream()
                .filter(i -> i instanceof Instr.Alloc a && a.comment().equals("map.key")).count();
        assertEquals(1, keyTemps);
    }

    @Test
    void rangeLoopCallsNextUntilItReportsNoEntry() {
        Program p = build("""
                package main
                func main() {
                	n := 0
                	for k, v := range map[int]int{1: 2} {
                		n += k + v
                	}
                	println(n)
                }
                """);
        List<String> calls = calls(p.function("main.main"));
        assertTrue(calls.contains("runtime.hashmapNext"), calls::toString);
        assertEquals(1, calls.stream().filter("runtime.hashmapNext"::equals).count());
    }

    @Test
    void deferredDeleteEvaluatesItsKeyAtTheDeferStatement() {
        Program p = build("""
                package main
                func g() string { return "k" }
                func main() {
                	m := map[string]int{"k": 1}
                	defer delete(m, g())
                	m["x"] = 2
                }
                """);
        List<String> calls = calls(p.function("main.main"));
        assertTrue(calls.indexOf("main.g") < calls.indexOf("runtime.deferPushFrame")
                && calls.indexOf("runtime.deferPushFrame") < calls.lastIndexOf("runtime.hashmapAssign"), calls::toString);
        assertFalse(calls.contains("runtime.hashmapDelete"), "the delete is in the deferred thunk");
    }
}
