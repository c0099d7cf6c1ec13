package org.tinygo4j.ssa.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.tinygo4j.ssa.ir.Function;
import org.tinygo4j.ssa.ir.Program;

/**
 * Which functions the blocking analysis finds async: through direct calls, function
 * values (by class: signature, or the defer thunks' own), interface methods (by key),
 * go statements' thunks; exported functions never are. The program is a package named
 * runtime, whose body-less pause is the blocking primitive.
 */
class BlockingTest {
    private static final String SOURCE = """
            package runtime

            func pause()

            type I interface{ M() int }
            type A struct{}

            func (A) M() int { pause(); return 1 }

            type B struct{}

            func (B) M() int { return 2 }

            type J interface{ N() int }

            func (A) N() int { return 3 }

            func leaf()         { pause() }
            func mid() int      { leaf(); return 1 }
            func plain(x int) int { return x + 1 }
            func other(x int) int { return x }
            func viaValue(f func()) { f() }
            func viaIface(i I) int  { return i.M() }
            func viaJ(j J) int      { return j.N() }
            func deferPlain()       { defer plain(1) }
            func goPlain()          { go plain(2) }
            func deferFunc()        { var f func(); defer f() }

            func startGoroutine(fn func()) {}
            func coroStart(fn func()) uintptr
            func deferArm(fn uintptr) {}
            func deferArmValue(fn func()) {}
            func panicNilMethod()      {}
            func panicwrap(pkg, typ, meth string) {}
            func deferPush(f *deferFrame, fn func()) {}
            type deferCall struct{ fn func(); next *deferCall }
            func deferPushFrame(f *deferFrame, d *deferCall, fn func()) {}
            func deferReturn(f *deferFrame) {}
            func deferEnter(f *deferFrame) {}
            func setjmp(buf uintptr) bool
            type deferFrame struct{ jb [2]uintptr }

            //export root
            func root() {
            	mid()
            	plain(1)
            	viaValue(leaf)
            	viaValue(func() {})
            	viaIface(A{})
            	viaIface(B{})
            	viaJ(A{})
            	g := other
            	g(1)
            	deferPlain()
            	goPlain()
            	mid2()
            }

            func mid2() { deferFunc() }
            """;

    private static Program build() {
        return Programs.build("runtime", SOURCE);
    }

    @Test
    void findsTheFunctionsThatCanBlock() {
        Program p = build();
        Blocking b = Blocking.analyze(p);
        TreeSet<String> async = new TreeSet<>();
        for (Function f : p.functions()) {
            if (b.isAsync(f)) {
                async.add(f.linkName());
            }
        }
        // leaf pauses; mid calls it; viaValue calls a func() value, a class that leaf's
        // wrapper makes async, so the closure of that class is async too; A.M pauses, so
        // the key M()(int) is async and B.M with it; viaIface invokes it; the go thunk
        // of goPlain is async (goroutines start as coroutines) but goPlain itself is not.
        for (String name : List.of("runtime.leaf", "runtime.mid", "runtime.viaValue", "runtime.A.M",
                "runtime.B.M", "runtime.viaIface")) {
            assertTrue(async.contains(name), name + " in " + async);
        }
        for (String name : List.of("runtime.root", "runtime.plain", "runtime.other", "runtime.viaJ", "runtime.A.N",
                "runtime.deferPlain", "runtime.goPlain", "runtime.mid2", "runtime.deferFunc")) {
            assertFalse(async.contains(name), name + " in " + async);
        }
        long closures = p.functions().stream()
                .filter(f -> f.context() != null && f.role() == Function.Role.PLAIN && b.isAsync(f)).count();
        assertEquals(2, closures, "leaf's wrapper and the func literal: " + async);
        long goThunks = p.functions().stream().filter(f -> f.role() == Function.Role.GO_THUNK && b.isAsync(f)).count();
        assertEquals(1, goThunks, async::toString);
        long deferThunks = p.functions().stream()
                .filter(f -> f.role() == Function.Role.DEFER_THUNK && b.isAsync(f)).count();
        // deferFunc's thunk calls a func() value (an async class), which makes the class of
        // defer thunks async, and with it deferPlain's thunk (though it only calls plain)
        assertEquals(2, deferThunks, async::toString);
    }
}
