package org.tinygo4j.boards.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tinygo4j.boards.TargetException;
import org.tinygo4j.boards.TargetRegistry;

/**
 * The resolved configuration: defaults from the target JSON (through inherits),
 * options overriding them, the answers derived from both, and the messages for
 * options a target cannot honour.
 */
class BuildConfigTest {

    private final TargetRegistry registry = TargetRegistry.load();

    private BuildConfig config(String target, BuildOptions options) throws TargetException, ConfigException {
        return BuildConfig.resolve(registry.resolve(target), options);
    }

    private BuildConfig config(String target) throws Exception {
        return config(target, BuildOptions.defaults());
    }

    private static BuildOptions with(String gc, String scheduler, String panic, long stack, List<String> tags) {
        return new BuildOptions("z", gc, scheduler, panic, stack, tags, false, Map.of());
    }

    private String error(String target, BuildOptions options) {
        return assertThrows(ConfigException.class, () -> config(target, options)).getMessage();
    }

    @Test
    void defaultsComeFromTheTargetJsonThroughInherits() throws Exception {
        BuildConfig microbit = config("microbit");
        assertEquals("conservative", microbit.gc());
        assertEquals("tasks", microbit.scheduler(), "cortex-m.json");
        assertEquals(2048, microbit.stackSize(), "cortex-m.json's default-stack-size");
        assertEquals("msd", microbit.flashMethod());
        BuildConfig qemu = config("cortex-m-qemu");
        assertEquals(4096, qemu.stackSize(), "its own default-stack-size overrides cortex-m's");
        assertEquals("coroutines", config("wasi").scheduler());
        assertTrue(config("wasi").coroutines());
        assertFalse(microbit.coroutines());
        assertEquals(192, config("arduino").stackSize(), "atmega328p.json's overrides avr.json's");
        assertEquals(256, config("arduino-mega2560").stackSize(), "avr.json's default-stack-size");
    }

    @Test
    void buildTagsAddTinygoOsArchCollectorSchedulerAndUserTags() throws Exception {
        BuildConfig c = config("microbit", with(null, "none", null, 0, List.of("extra", "more")));
        List<String> tags = List.copyOf(c.buildTags());
        assertEquals(List.of("cortexm", "baremetal", "linux", "arm", "armv6m", "nrf51822", "nrf51", "nrf",
                "serialconsole", "microbit", "tinygo", "gc.conservative", "scheduler.none", "panic.print", "extra", "more"), tags);
    }

    @Test
    void typeSizesPerArchitecture() throws Exception {
        BuildConfig avr = config("arduino");
        assertEquals(List.of(2, 4, 1), List.of(avr.pointerSize(), avr.intSize(), avr.maxAlign()));
        BuildConfig host = config("host");
        assertEquals(List.of(8, 8, 8), List.of(host.pointerSize(), host.intSize(), host.maxAlign()));
        BuildConfig wasi = config("wasi");
        assertEquals(List.of(4, 4, 8), List.of(wasi.pointerSize(), wasi.intSize(), wasi.maxAlign()));
        assertEquals("wasip1", wasi.goos());
        assertEquals("amd64", host.goarch());
    }

    @Test
    void whatTheChipDoesInHardware() throws Exception {
        assertEquals(0, config("arduino").nativeDivisionBits());
        assertEquals(0, config("microbit").nativeDivisionBits(), "Cortex-M0 has no divider");
        assertEquals(32, config("cortex-m-qemu").nativeDivisionBits());
        assertEquals(64, config("host").nativeDivisionBits());
        assertTrue(config("host").hasHardwareFloat() && config("wasi").hasHardwareFloat());
        assertFalse(config("microbit").hasHardwareFloat() || config("arduino").hasHardwareFloat());
        assertEquals(32, config("arduino").stackObjectLimit());
        assertEquals(256, config("arduino-nano33").stackObjectLimit());
    }

    @Test
    void outputsAndHowToRun() throws Exception {
        BuildConfig wasi = config("wasi");
        assertEquals(List.of(".wasm"), wasi.outputExtensions());
        assertEquals("hello.wasm", wasi.defaultOutputName("hello"));
        assertEquals(List.of("chicory {}"), wasi.emulators());
        assertEquals("hello", config("host").defaultOutputName("hello"));
        assertTrue(config("host").emulators().isEmpty());
        BuildConfig nano = config("arduino-nano33");
        assertEquals(List.of(".elf", ".hex", ".bin", ".uf2"), nano.outputExtensions());
        assertEquals("hello.elf", nano.defaultOutputName("hello"));
        assertTrue(nano.emulators().isEmpty() && nano.endMarker() && !nano.runsNatively());
        assertEquals(List.of(".elf", ".hex", ".bin"), config("microbit").outputExtensions());
        BuildConfig uno = config("arduino");
        assertEquals(2, uno.emulators().size());
        assertTrue(uno.endMarker());
        assertFalse(config("cortex-m-qemu").endMarker(), "semihosting ends qemu itself");
        assertEquals(List.of("qemu-system-arm", "-M", "microbit"),
                BuildConfig.command(config("microbit").emulators().get(0), Path.of("/tmp/x.elf")).subList(0, 3));
        List<String> cmd = BuildConfig.command(config("microbit").emulators().get(0), Path.of("/tmp/x.elf"));
        assertEquals("/tmp/x.elf", cmd.get(cmd.size() - 1));
    }

    @Test
    void optionsOverrideTheTarget() throws Exception {
        BuildConfig c = config("cortex-m-qemu", with("leaking", "none", "print", 8192, List.of()));
        assertEquals("none", c.scheduler());
        assertEquals(8192, c.stackSize());
        assertEquals("print", c.panicStrategy());
    }

    @Test
    void theTargetsGcIsTheDefaultAndTheFlagWins() throws Exception {
        Path json = Path.of(getClass().getResource("/targets/no-heap-board.json").toURI());
        BuildConfig none = BuildConfig.resolve(registry.resolve(json.toString()), BuildOptions.defaults());
        assertEquals("none", none.gc());
        assertTrue(none.buildTags().contains("gc.none"), "selects runtime/gc_none.go");
        BuildConfig leaking = BuildConfig.resolve(registry.resolve(json.toString()),
                with("leaking", null, null, 0, List.of()));
        assertEquals("leaking", leaking.gc());
        assertEquals("none", config("host", with("none", null, null, 0, List.of())).gc());
    }

    @Test
    void valuesATargetCannotHonourAreErrors() throws Exception {
        assertEquals("invalid -gc=precise2: must be one of conservative, leaking, none",
                error("host", with("precise2", null, null, 0, List.of())));
        assertEquals("-scheduler=tasks: not supported on target wasi (supported: none, coroutines)",
                error("wasi", with(null, "tasks", null, 0, List.of())));
        assertEquals("-scheduler=none: not supported on target wasm (supported: coroutines)",
                error("wasm", with(null, "none", null, 0, List.of())));
        assertEquals("-scheduler=asyncify: not supported on target host (supported: none, tasks)",
                error("host", with(null, "asyncify", null, 0, List.of())));
        assertEquals("invalid -scheduler=threads: must be one of none, tasks, coroutines, asyncify",
                error("host", with(null, "threads", null, 0, List.of())));
        assertEquals("invalid -panic=abort: must be one of print, trap",
                error("host", with(null, null, "abort", 0, List.of())));
        BuildConfig trap = config("host", with(null, null, "trap", 0, List.of()));
        assertEquals("trap", trap.panicStrategy());
        assertTrue(trap.buildTags().contains("panic.trap"), "selects runtime/panic_trap.go");
        assertEquals("invalid -stack-size=16: must be at least 64 bytes",
                error("host", with(null, null, null, 16, List.of())));
        assertEquals("invalid -tags: bad build tag \"a-b\"", error("host", with(null, null, null, 0, List.of("a-b"))));
        assertEquals("invalid -opt=3: must be one of 0, 1, 2, s, z",
                error("host", new BuildOptions("3", null, null, null, 0, List.of(), false, Map.of())));
    }

    @Test
    void ldflagsGiveTheXSettings() throws ConfigException {
        assertEquals(Map.of("main.version", "1.2", "example.com/p.Name", "a b"),
                BuildOptions.parseLdflags("-X main.version=1.2 -X='example.com/p.Name=a b' -s -w"));
        assertEquals(Map.of("main.v", ""), BuildOptions.parseLdflags("--X main.v="));
        assertEquals("invalid -ldflags: unsupported linker flag -extldflags (only -X importpath.name=value, -s and -w "
                + "are supported)", assertThrows(ConfigException.class,
                        () -> BuildOptions.parseLdflags("-extldflags -static")).getMessage());
        assertEquals("invalid -ldflags: -X flag requires argument of the form importpath.name=value, got version",
                assertThrows(ConfigException.class, () -> BuildOptions.parseLdflags("-X version")).getMessage());
        assertThrows(ConfigException.class, () -> BuildOptions.parseLdflags("-X"));
        assertThrows(ConfigException.class, () -> BuildOptions.parseLdflags("-X 'main.v=x"));
    }
}
