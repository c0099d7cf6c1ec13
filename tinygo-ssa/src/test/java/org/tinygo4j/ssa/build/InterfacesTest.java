package org.tinygo4j.ssa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tinygo4j.ssa.ir.InterfaceTypes;
import org.tinygo4j.ssa.ir.Printer;

/**
 * Conversions to interfaces in the SSA builder: which types are recorded, the method
 * keys of their method sets (Go's method-set rules for T, *T and embedding), and that
 * methods are built only when some interface call can reach them.
 */
class InterfacesTest {

    private static final String TYPES = """
            package main
            type Base struct{}
            func (Base) Get() int { return 1 }
            func (*Base) set(int) {}
            type T struct{ Base }
            func (T) Unused() {}
            """;

    @Test
    void methodSetsFollowReceiverKindsAndEmbedding() {
        SsaTesting.Built b = SsaTesting.build(TYPES + """
                func main() {
                	var x, y interface{} = T{}, &T{}
                	_, _ = x, y
                }
                """);
        assertTrue(b.diags().sorted().isEmpty(), b.diags().sorted()::toString);
        List<InterfaceTypes.Entry> entries = b.program().interfaceTypes().entries();
        assertEquals(2, entries.size());
        assertEquals(List.of("Get()(int)", "Unused()()"), List.copyOf(entries.get(0).methodKeys()).stream().sorted().toList());
        assertEquals(List.of("Get()(int)", "Unused()()", "main.set(int)()"),
                List.copyOf(entries.get(1).methodKeys()).stream().sorted().toList());
        // Nothing calls a method through an interface: no method is built.
        assertNull(b.program().function("main.Base.Get"));
        assertNull(b.program().function("main.T.Unused"));
    }

    @Test
    void conversionIsMakeInterfaceAndOnlyInvokedMethodsAreBuilt() {
        SsaTesting.Built b = SsaTesting.build(TYPES + """
                type Getter interface{ Get() int }
                func use(g Getter) { println(g.Get()) }
                func main() { use(T{}) }
                """);
        // The test program has no runtime, so the invoke's nil-interface panic hook is missing.
        assertEquals("test.go:8:30: not supported yet: this runtime has no panicNilMethod",
                b.diags().sorted().get(0).toString());
        String main = Printer.print(b.program().function("main.main"));
        assertTrue(main.contains("make main.Getter <- "), main);
        // Get is called through an interface: built, with a wrapper for the promotion
        // through T's embedded Base; Unused is not.
        InterfaceTypes.Entry t = b.program().interfaceTypes().entries().get(0);
        assertEquals("Get()(int)", String.join(",", t.methods().keySet()));
        assertNotNull(b.program().function("main.Base.Get"));
        assertTrue(t.methods().get("Get()(int)").linkName().contains("$promoted"));
        assertNull(b.program().function("main.T.Unused"));
    }

    @Test
    void methodKeysQualifyUnexportedNames() {
        SsaTesting.Built b = SsaTesting.build(TYPES + """
                func main() { var x interface{} = &T{}; _ = x }
                """);
        InterfaceTypes.Entry e = b.program().interfaceTypes().entries().get(0);
        assertTrue(e.methodKeys().contains("main.set(int)()"), e.methodKeys()::toString);
    }
}
