package org.tinygo4j.ssa.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tinygo4j.ssa.ir.InterfaceTypes;
import org.tinygo4j.ssa.ir.Program;

/**
 * The reachability of methods through interface calls: in a built program every
 * converted type has a function for each invoked key of its method set, no more (the
 * builder's fixpoint left nothing unbuilt), and a key invoked late (by a method that is
 * itself reached only through an interface) is followed too.
 */
class InvokedMethodsTest {
    private static final String SOURCE = """
            package runtime

            type Shape interface{ Area() int }
            type Namer interface{ Name() string }

            type Sq struct{ s int }

            func (q Sq) Area() int      { return q.s * q.s }
            func (q Sq) Name() string   { return "sq" }
            func (q Sq) Unused() string { return "never" }

            type Holder struct{ n Namer }

            func panicNilMethod()                {}
            func panicwrap(pkg, typ, meth string) {}

            func (h Holder) Area() int { return len(h.n.Name()) }

            //export run
            func run() int {
            	var s Shape = Holder{Sq{2}}
            	return s.Area()
            }
            """;

    @Test
    void everyInvokedMethodOfEveryConvertedTypeIsBuilt() {
        Program p = Programs.build("runtime", SOURCE);
        InterfaceTypes table = p.interfaceTypes();
        Set<String> built = new TreeSet<>();
        for (InterfaceTypes.Entry e : table.entries()) {
            assertEquals(List.of(), InvokedMethods.unbuiltKeys(table, e), "left unbuilt on " + e.type());
            e.methods().forEach((k, f) -> built.add(f.linkName()));
        }
        // Holder.Area is invoked through Shape; it invokes Name through Namer, which
        // reaches Sq.Name (Sq is converted to Namer). Keys match whatever interface
        // the call goes through, so Sq.Area is reachable too (conservatively); Unused,
        // whose key nobody invokes, is not.
        assertTrue(built.contains("runtime.Holder.Area"), built.toString());
        assertTrue(built.contains("runtime.Sq.Name"), built.toString());
        assertTrue(built.contains("runtime.Sq.Area"), built.toString());
        assertTrue(built.stream().noneMatch(n -> n.contains("Unused")), built.toString());
        assertEquals(Set.of("Area()(int)", "Name()(string)"),
                table.invoked().stream().collect(Collectors.toCollection(TreeSet::new)));
    }
}
