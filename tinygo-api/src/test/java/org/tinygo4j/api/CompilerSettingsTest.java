package org.tinygo4j.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tinygo4j.boards.config.BuildConfig;

/**
 * The builder's build settings reach the resolved configuration, and a setting the
 * target cannot honour (or an unknown target) fails at {@link Compiler.Builder#build()}
 * with the user's message, never silently ignored.
 */
class CompilerSettingsTest {
    @TempDir
    Path dir;

    @Test
    void settingsReachTheConfiguration() {
        BuildConfig c = Compiler.builder().target("cortex-m-qemu").opt("s").scheduler("none").stackSize(8192)
                .tags(List.of("extra")).ldflags("-X main.a=1").linkerString("main.b", "2").debug(true).build().config();
        assertEquals("s", c.opt());
        assertEquals("none", c.scheduler());
        assertEquals("conservative", c.gc(), "from the target JSON");
        assertEquals(8192, c.stackSize());
        assertTrue(c.buildTags().contains("extra") && c.buildTags().contains("scheduler.none"));
        assertEquals(java.util.Map.of("main.a", "1", "main.b", "2"), c.linkerStrings());
        assertTrue(c.debug());
    }

    @Test
    void anUnhonourableSettingIsAnErrorNotIgnored() {
        Compiler.Builder b = Compiler.builder().target("wasi").scheduler("tasks");
        assertEquals("-scheduler=tasks: not supported on target wasi (supported: none, coroutines)",
                assertThrows(InvalidConfigurationException.class, b::build).getMessage());
        assertThrows(InvalidConfigurationException.class, () -> Compiler.builder().gc("nosuch").build());
        assertThrows(InvalidConfigurationException.class, () -> Compiler.builder().ldflags("-X nonsense").build());
    }

    @Test
    void linkerStringSetsAVariable() throws IOException {
        Path src = dir.resolve("v.go");
        Files.writeString(src, "package main\n\nvar version = \"dev\"\n\nfunc main() { println(version) }\n");
        CompileResult r = Compiler.builder().target("host").linkerString("main.version", "v9").build()
                .compile(CompileRequest.of(src));
        assertTrue(r.success(), r.diagnostics()::toString);
        String image = new String(r.artifact().bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(image.contains("v9") && !image.contains("dev"), "the image holds the -X value, not the initialiser");
    }

    @Test
    void anOutputFormatTheTargetCannotHaveIsNamed() throws IOException {
        Path src = dir.resolve("hello.go");
        Files.writeString(src, "package main\n\nfunc main() { println(\"hi\") }\n");
        CompileResult r = Compiler.builder().target("microbit").build()
                .compile(CompileRequest.of(src).withOutput(dir.resolve("hello.uf2")));
        assertEquals(List.of("target microbit cannot produce a .uf2 file (it produces .elf, .hex, .bin)"),
                r.diagnostics().stream().map(Object::toString).toList());
    }
}
