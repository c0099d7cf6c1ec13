package org.tinygo4j.testboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tinygo4j.boards.GoSourceRoot;
import org.tinygo4j.boards.TargetRegistry;
import org.tinygo4j.boards.TargetSpec;

/** The pack is found through ServiceLoader next to the built-in boards, and inherits from them. */
class TestBoardsTest {

    @Test
    void registryFindsThePackThroughServiceLoader() throws Exception {
        TargetRegistry registry = TargetRegistry.load();
        assertTrue(registry.names().contains("test-qemu-m3"), registry.names().toString());
        assertTrue(registry.names().contains("microbit"));
        TargetSpec t = registry.resolve("test-qemu-m3");
        assertEquals("thumbv7m-unknown-unknown-eabi", t.llvmTarget());
        assertEquals("cortex-m3", t.cpu());
        assertEquals("testboard", t.buildTags().getLast());
        assertTrue(t.hasTag("lm3s6965"));
        assertEquals(1024, t.defaultStackSize());
        assertEquals(List.of("cortex-m", "cortex-m3", "cortex-m-qemu"), t.inherits());
        // The linker script and start-up code come from the built-in pack's resources.
        assertTrue(t.linkerScriptText().contains("LENGTH = 64K"));
        assertTrue(t.extraFiles().getFirst().readText().contains("Reset_Handler"));
        assertTrue(t.emulator().startsWith("qemu-system-arm -M lm3s6965evb"));
    }

    @Test
    void packShipsItsGoSources() {
        GoSourceRoot root = TargetRegistry.load().goSourceRoots().stream()
                .filter(r -> r.base().startsWith("org/tinygo4j/testboards/"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("machine/machine_mps2.go", "machine/testboard.go"), root.filesOf("machine").stream().sorted().toList());
        assertTrue(root.read("machine/testboard.go").contains("package machine"));
        assertEquals(List.of("runtime/runtime_mps2.go"), root.filesOf("runtime"));
        assertEquals(List.of("device/mps2/mps2.go"), root.filesOf("device/mps2"));
    }

    /** A chip of the pack's own: its linker script INCLUDEs the built-in Cortex-M layout. */
    @Test
    void packChipInheritsBuiltInFiles() throws Exception {
        TargetSpec t = TargetRegistry.load().resolve("mps2-an385");
        assertEquals(List.of("cortex-m", "cortex-m3"), t.inherits());
        assertTrue(t.hasTag("mps2") && t.hasTag("systick") && !t.hasTag("lm3s6965"), t.buildTags().toString());
        String script = t.linkerScriptText();
        assertTrue(script.contains("LENGTH = 128K"), script);
        assertTrue(script.contains("ENTRY(Reset_Handler)"), "the built-in arm.ld was not included: " + script);
        assertTrue(t.emulator().startsWith("qemu-system-arm -M mps2-an385"));
    }
}
