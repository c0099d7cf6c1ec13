package org.tinygo4j.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Target descriptions, and board packs found through a class loader the caller gives. */
class TargetsTest {
    @TempDir
    Path dir;

    private static TargetDescription find(List<TargetDescription> list, String name) {
        return list.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + list));
    }

    @Test
    void targetsAreDescribed() {
        List<TargetDescription> all = Compiler.targets();
        TargetDescription wasi = find(all, "wasi");
        assertEquals(List.of(OutputFormat.WASM), wasi.formats());
        assertEquals("chicory {}", wasi.emulator());
        assertEquals("wasip1", wasi.goos());
        TargetDescription microbit = find(all, "microbit");
        assertEquals("cortex-m0", microbit.chip());
        assertEquals(List.of(OutputFormat.ELF, OutputFormat.HEX, OutputFormat.BIN), microbit.formats());
        assertTrue(microbit.emulator().startsWith("qemu-system-arm"), microbit.emulator());
        assertTrue(find(all, "arduino-nano33").formats().contains(OutputFormat.UF2));
        assertTrue(all.stream().allMatch(TargetDescription::board), "base JSONs are left out");
        assertTrue(all.stream().noneMatch(t -> t.name().equals("cortex-m")), "base JSONs are left out");
    }

    @Test
    void aBoardPackSeenOnlyByAChildClassLoader() throws Exception {
        assertTrue(Compiler.targets().stream().noneMatch(t -> t.name().equals("api-test-m3")));
        assertThrows(InvalidConfigurationException.class, () -> Compiler.builder().target("api-test-m3").build());

        URL pack = TargetsTest.class.getClassLoader().getResource("childpack/");
        try (URLClassLoader child = new URLClassLoader(new URL[] {pack}, TargetsTest.class.getClassLoader())) {
            TargetDescription d = find(Compiler.targets(child), "api-test-m3");
            assertEquals("cortex-m3", d.chip());
            Path src = dir.resolve("hello.go");
            Files.writeString(src, "package main\n\nfunc main() { println(\"hi\") }\n");
            CompileResult r = Compiler.builder().target("api-test-m3").classLoader(child).build()
                    .compile(CompileRequest.of(src));
            assertTrue(r.success(), r.diagnostics()::toString);
            assertEquals(OutputFormat.ELF, r.artifact().format());
        }
    }
}
