package org.tinygo4j.ssa.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tinygo4j.ssa.abi.RuntimeAbi;
import org.tinygo4j.ssa.ir.Function;
import org.tinygo4j.ssa.ir.Program;

/**
 * The call graph's edges (direct calls, calls of function values by class, interface
 * calls by key, intrinsics) and what reachable() follows from them. The package is
 * named runtime so that its body-less pause is the runtime's intrinsic.
 */
class CallGraphTest {
    private static final String SOURCE = """
            package runtime

            func pause()

            type I interface{ M() int }
            type A struct{}

            func (A) M() int { return 1 }

            type B struct{}

            func (B) M() int { return helperB() }

            func helperB() int { return 2 }

            func direct() int          { return leaf() }
            func leaf() int            { pause(); return 3 }
            func byValue(f func() int) { f() }
            func byIface(i I) int      { return i.M() }
            func byValueTarget() int   { return 4 }
            func lonely() int          { return 5 }
            func otherClass(s string)  {}

            func panicNilMethod()                {}
            func panicwrap(pkg, typ, meth string) {}

            //export root
            func root() {
            	direct()
            	byValue(byValueTarget)
            	byIface(A{})
            	var g func(string) = otherClass
            	_ = g
            }

            //export second
            func second() { _ = I(B{}); lonely() }
            """;

    /** A function's name here: its export name if it has one, else its link name. */
    private static String name(Function f) {
        return f.exportName() != null ? f.exportName() : f.linkName();
    }

    private static Function fn(Program p, String name) {
        return p.functions().stream().filter(f -> name(f).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in "
                        + p.functions().stream().map(CallGraphTest::name).toList()));
    }

    private static Set<String> names(Set<Function> fs) {
        return fs.stream().map(CallGraphTest::name).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void edgesOfEachKind() {
        Program p = Programs.build("runtime", SOURCE);
        CallGraph g = CallGraph.of(p);
        CallGraph.Node root = g.node(fn(p, "root"));
        assertTrue(root.direct().contains(fn(p, "runtime.direct")), root.toString());
        assertTrue(g.node(fn(p, "runtime.byValue")).valueClasses().contains("func()(int)"),
                g.node(fn(p, "runtime.byValue")).toString());
        assertEquals(Set.of("M()(int)"), g.node(fn(p, "runtime.byIface")).invokeKeys());
        assertEquals(Set.of(RuntimeAbi.PAUSE), g.node(fn(p, "runtime.leaf")).intrinsics());
        assertTrue(g.nodes().stream().noneMatch(n -> n.function().linkName().equals("runtime.pause")),
                "an intrinsic has no node");
        assertTrue(g.valuesOf().values().stream().anyMatch("func()(int)"::equals), g.valuesOf().toString());
        assertTrue(g.valuesOf().values().stream().anyMatch("func(string)()"::equals), g.valuesOf().toString());
        assertEquals(List.of("M()(int)"), List.copyOf(g.methodsOf().keySet()));
        assertEquals(2, g.methodsOf().get("M()(int)").size(), "A.M and B.M: both converted");
    }

    @Test
    void reachableFollowsCallsValuesAndInterfaces() {
        Program p = Programs.build("runtime", SOURCE);
        CallGraph g = CallGraph.of(p);
        Set<String> fromRoot = names(g.reachable(List.of(fn(p, "root"))));
        for (String n : List.of("root", "runtime.direct", "runtime.leaf", "runtime.byValue", "runtime.byIface",
                "runtime.A.M", "runtime.B.M", "runtime.helperB")) {
            assertTrue(fromRoot.contains(n), n + " in " + fromRoot);
        }
        // byValueTarget is reached only through its wrapper, the value of class func()(int)
        assertTrue(fromRoot.stream().anyMatch(n -> n.startsWith("runtime.byValueTarget")), fromRoot.toString());
        assertTrue(!fromRoot.contains("runtime.lonely") && !fromRoot.contains("second"), fromRoot.toString());
        assertTrue(fromRoot.stream().noneMatch(n -> n.startsWith("runtime.otherClass")),
                "func(string) values are made but never called: " + fromRoot);
        Set<String> fromSecond = names(g.reachable(List.of(fn(p, "second"))));
        assertEquals(Set.of("second", "runtime.lonely"), fromSecond);
    }
}
