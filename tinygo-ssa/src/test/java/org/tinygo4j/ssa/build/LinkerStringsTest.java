package org.tinygo4j.ssa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tinygo4j.frontend.types.Constant;
import org.tinygo4j.ssa.ir.Const;
import org.tinygo4j.ssa.ir.Global;
import org.tinygo4j.ssa.ir.Program;

/**
 * -ldflags=-X importpath.name=value in the SSA builder: the string variable's static
 * initialiser is the given value, in place of its own constant initialiser; an
 * initialiser that runs code keeps its store in main.init; settings for other names
 * are ignored; a variable of another type is an error.
 */
class LinkerStringsTest {

    private static final String SOURCE = """
            package main

            var version string
            var commit = "none"
            var computed = pick("x")
            var count int
            var untouched = "same"

            //go:noinline
            func pick(s string) string { return s }

            func main() {
            \tprintln(version, commit, computed, count, untouched)
            }
            """;

    private static String initial(Program p, String name) {
        Global g = p.globals().stream().filter(x -> x.linkName().equals(name)).findFirst().orElseThrow();
        Const c = g.initializer();
        if (c == null || c.value() == null) {
            return null;
        }
        return new String(((Constant.StringVal) c.value()).bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void settingsBecomeStaticInitialisers() {
        SsaTesting.Built b = SsaTesting.build(SOURCE, Map.of("main.version", "1.2", "main.commit", "abc",
                "main.computed", "set", "main.nosuch", "x", "other/pkg.version", "y"));
        assertFalse(b.diags().hasErrors(), () -> b.diags().sorted().toString());
        Program p = b.program();
        assertEquals("1.2", initial(p, "main.version"));
        assertEquals("abc", initial(p, "main.commit"), "the -X value replaces the constant initialiser");
        assertEquals("same", initial(p, "main.untouched"));
        assertEquals("set", initial(p, "main.computed"), "set before init runs...");
        String init = org.tinygo4j.ssa.ir.Printer.print(p.functions().stream()
                .filter(f -> f.linkName().equals("main.init")).findFirst().orElseThrow());
        assertTrue(init.contains("main.pick"), "...and main.init still overwrites it, as in Go:\n" + init);
    }

    @Test
    void withoutSettingsNothingChanges() {
        Program p = SsaTesting.build(SOURCE).program();
        assertEquals("none", initial(p, "main.commit"));
        assertEquals(null, initial(p, "main.version"), "zero: the empty string");
    }

    @Test
    void aVariableOfAnotherTypeIsAnError() {
        SsaTesting.Built b = SsaTesting.build(SOURCE, Map.of("main.count", "5"));
        assertEquals(List.of("main.count: cannot set with -X: not a var of type string (int)"),
                b.diags().sorted().stream().map(Object::toString).toList());
    }
}
