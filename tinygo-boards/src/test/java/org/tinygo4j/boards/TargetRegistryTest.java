package org.tinygo4j.boards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in targets, inherits resolution, and the errors a user can cause. */
class TargetRegistryTest {

    private final TargetRegistry registry = TargetRegistry.load();

    @Test
    void listsTheBoardsButNotTheBaseJsons() {
        assertEquals(List.of("arduino", "arduino-mega2560", "arduino-nano33", "cortex-m-qemu", "feather-m0",
                "hifive1b", "host", "itsybitsy-m4", "microbit", "microbit-v2", "netduinoplus2", "pico", "wasi", "wasip1", "wasm",
                "wasm-unknown"), registry.names());
        assertTrue(registry.allNames().contains("cortex-m0"));
    }

    @Test
    void microbitInheritsThroughNrf51AndCortexM0() throws TargetException {
        TargetSpec t = registry.resolve("microbit");
        assertEquals("thumbv6m-unknown-unknown-eabi", t.llvmTarget());
        assertEquals("cortex-m0", t.cpu());
        assertEquals(List.of("cortexm", "baremetal", "linux", "arm", "armv6m", "nrf51822", "nrf51", "nrf", "serialconsole", "microbit"),
                t.buildTags());
        assertEquals(List.of("cortex-m", "cortex-m0", "nrf51"), t.inherits());
        assertEquals("targets/nrf51.ld", t.linkerScript().name());
        assertEquals(List.of("targets/cortex-m.s"), t.extraFiles().stream().map(TargetFile::name).toList());
        assertEquals("ld.lld", t.linker());
        assertEquals("tasks", t.scheduler());
        assertTrue(t.isBaremetal());
    }

    @Test
    void netduinoplus2IsACortexM4WithTheFpuAndTheSoftFloatAbi() throws TargetException {
        TargetSpec t = registry.resolve("netduinoplus2");
        assertEquals("thumbv7em-unknown-unknown-eabi", t.llvmTarget(), "eabi, not eabihf: the C ABI stays soft-float");
        assertEquals("cortex-m4", t.cpu());
        assertTrue(t.features().contains("+vfp4d16sp") && !t.features().contains("soft-float"), t.features());
        assertEquals(List.of("cortex-m", "cortex-m4", "stm32f405"), t.inherits());
        assertTrue(t.hasTag("fpu") && t.hasTag("systick") && t.hasTag("stm32f405") && t.hasTag("netduinoplus2"));
        // cortex-m-fpu.s defines the symbol that cortex-m.s tests, so it must come first
        assertEquals(List.of("targets/cortex-m-fpu.s", "targets/cortex-m.s"),
                t.extraFiles().stream().map(TargetFile::name).toList());
        assertTrue(t.linkerScriptText().contains("ORIGIN = 0x08000000, LENGTH = 1M"));
        assertTrue(t.emulator().startsWith("qemu-system-arm -M netduinoplus2 "), t.emulator());
    }

    @Test
    void theBoardsWithoutEmulatorAreCortexM4FChipsThatFlashByMassStorage() throws TargetException {
        TargetSpec itsy = registry.resolve("itsybitsy-m4");
        assertEquals(List.of("cortex-m", "cortex-m4", "atsamd51", "atsamd51g19a"), itsy.inherits());
        assertEquals(0x55114460L, itsy.uf2FamilyId());
        assertTrue(itsy.linkerScriptText().contains("ORIGIN = 0x00004000, LENGTH = 512K - 16K"));
        assertTrue(itsy.linkerScriptText().contains("LENGTH = 192K"));
        assertTrue(itsy.hasTag("sam") && itsy.hasTag("systick") && !itsy.hasTag("atsamd21"));
        TargetSpec v2 = registry.resolve("microbit-v2");
        assertEquals(List.of("cortex-m", "cortex-m4", "nrf52833"), v2.inherits());
        assertTrue(v2.hasTag("nrf") && v2.hasTag("nrf52") && !v2.hasTag("nrf51") && !v2.hasTag("systick"));
        assertTrue(v2.linkerScriptText().contains("ORIGIN = 0x00000000, LENGTH = 512K"));
        for (TargetSpec t : List.of(itsy, v2)) {
            assertEquals("cortex-m4", t.cpu());
            assertEquals(List.of("targets/cortex-m-fpu.s", "targets/cortex-m.s"),
                    t.extraFiles().stream().map(TargetFile::name).toList());
            assertEquals("msd", t.flashMethod());
            assertTrue(t.endMarker() && t.emulator().isEmpty() && t.isBoard(), t.name());
        }
    }

    @Test
    void picoIsAnRp2040WithBoot2BeforeItsVectorTable() throws TargetException {
        TargetSpec pico = registry.resolve("pico");
        assertEquals(List.of("cortex-m", "cortex-m0plus", "rp2040"), pico.inherits());
        assertEquals("cortex-m0plus", pico.cpu());
        assertEquals("thumbv6m-unknown-unknown-eabi", pico.llvmTarget());
        assertTrue(pico.hasTag("rp2040") && pico.hasTag("pico") && pico.hasTag("serialconsole") && !pico.hasTag("systick"));
        assertEquals(List.of("targets/cortex-m.s", "targets/rp2040-boot2.s"),
                pico.extraFiles().stream().map(TargetFile::name).toList());
        String script = pico.linkerScriptText();
        assertTrue(script.contains("BOOT2 (rx)      : ORIGIN = 0x10000000, LENGTH = 256"), script);
        assertTrue(script.contains("FLASH_TEXT (rx) : ORIGIN = 0x10000100, LENGTH = 2048K - 256"), script);
        assertTrue(script.contains("RAM (rwx)       : ORIGIN = 0x20000000, LENGTH = 256K"), script);
        assertEquals(0xe48bff56L, pico.uf2FamilyId());
        assertEquals("msd", pico.flashMethod());
        assertEquals(new FlashSettings("", false, List.of("2e8a:000a"), List.of("RPI-RP2"), "firmware.uf2"), pico.flash());
        assertTrue(pico.endMarker() && pico.emulator().isEmpty() && pico.isBoard());
    }

    @Test
    void childScalarsOverrideParents() throws TargetException {
        TargetSpec qemu = registry.resolve("cortex-m-qemu");
        assertEquals(4096, qemu.defaultStackSize());
        assertEquals(2048, registry.resolve("cortex-m3").defaultStackSize());
        assertEquals("cortex-m3", qemu.cpu());
    }

    @Test
    void arduinoIsAvrWith16BitPointersAnd32BitInt() throws TargetException {
        TargetSpec t = registry.resolve("arduino");
        assertEquals("avr", t.llvmTarget());
        assertEquals("atmega328p", t.cpu());
        assertEquals(List.of("targets/avr.s", "targets/avr5.s"),
                t.extraFiles().stream().map(TargetFile::name).toList());
        assertTrue(t.hasTag("atmega328p") && t.hasTag("avr") && t.hasTag("arduino"));
        assertTrue(t.endMarker(), "avr.json's end-marker is inherited");
        assertTrue(t.emulator().startsWith("qemu-system-avr "), t.emulator());
        assertTrue(t.emulatorFallback().startsWith("simavr "), t.emulatorFallback());
    }

    @Test
    void everyBuiltinTargetCollectsWithTheConservativeCollector() throws TargetException {
        for (String name : registry.allNames()) {
            assertEquals("conservative", registry.resolve(name).gc(), name);
        }
    }

    @Test
    void aBaseJsonIsOneThatCannotBeRunOrFlashed() throws TargetException {
        assertFalse(registry.resolve("atmega328p").isBoard());
        assertFalse(registry.resolve("cortex-m").isBoard());
        assertTrue(registry.resolve("arduino-nano33").isBoard(), "flash-method msd");
        assertTrue(registry.resolve("host").isBoard(), "runs on an operating system");
    }

    @Test
    void hostAndWasi() throws TargetException {
        TargetSpec host = registry.resolve("host");
        assertEquals("amd64", host.goarch());
        assertNull(host.linkerScript());
        TargetSpec wasi = registry.resolve("wasi");
        assertTrue(wasi.isWasm());
        assertEquals("wasm-ld", wasi.linker());
        assertTrue(wasi.hasTag("wasip1"));
        assertFalse(wasi.isBaremetal());
    }

    @Test
    void nano33HasItsUf2FamilyAndABootloaderOffset() throws TargetException {
        TargetSpec t = registry.resolve("arduino-nano33");
        assertEquals(0x68ed2b88L, t.uf2FamilyId());
        assertEquals("cortex-m0plus", t.cpu());
        assertTrue(t.hasTag("sam") && t.hasTag("atsamd21g18a") && t.hasTag("arduino_nano33"));
        assertTrue(t.linkerScriptText().contains("ORIGIN = 0x00002000"));
    }

    @Test
    void linkerScriptIncludesAreInlined() throws TargetException {
        String script = registry.resolve("microbit").linkerScriptText();
        assertTrue(script.contains("LENGTH = 16K"));
        assertTrue(script.contains("KEEP(*(.isr_vector))"));
        assertFalse(script.contains("INCLUDE \""));
    }

    @Test
    void unknownTargetNamesTheValidOnes() {
        TargetException e = assertThrows(TargetException.class, () -> registry.resolve("pdp11"));
        assertEquals("unknown target \"pdp11\"; valid targets: arduino, arduino-mega2560, arduino-nano33, "
                + "cortex-m-qemu, feather-m0, hifive1b, host, itsybitsy-m4, microbit, microbit-v2, netduinoplus2, pico, wasi, wasip1, "
                + "wasm, wasm-unknown", e.getMessage());
    }

    @Test
    void jsonFileInheritsBuiltinsAndBindsItsOwnFiles() throws Exception {
        TargetSpec t = registry.resolve(resource("targets/my-board.json").toString());
        assertEquals("my-board", t.name());
        assertEquals(1024, t.defaultStackSize());
        assertEquals("myboard", t.buildTags().getLast());
        assertTrue(t.linkerScriptText().contains("LENGTH = 8K"));
        // The start-up file comes from the built-in cortex-m JSON, so from the classpath.
        assertTrue(t.extraFiles().getFirst().readText().contains("Reset_Handler"));
    }

    @Test
    void theJsonsGcIsTheDefaultAndConservativeWhenNoneIsNamed() throws Exception {
        assertEquals("none", registry.resolve(resource("targets/no-heap-board.json").toString()).gc());
        assertEquals("conservative", registry.resolve(resource("targets/no-gc-named.json").toString()).gc());
    }

    @Test
    void missingJsonFileAndUnknownParentAreReported() throws Exception {
        TargetException missing = assertThrows(TargetException.class, () -> registry.resolve("no/such.json"));
        assertEquals("target file not found: no/such.json", missing.getMessage());
        TargetException parent = assertThrows(TargetException.class,
                () -> registry.resolve(resource("targets/loop-a.json").toString()));
        assertEquals("target loop-a inherits from unknown target loop-b.json", parent.getMessage());
    }

    @org.junit.jupiter.api.io.TempDir
    Path tmp;

    private String refusal(String json) throws java.io.IOException {
        Path f = tmp.resolve("board.json");
        java.nio.file.Files.writeString(f, json);
        return assertThrows(TargetException.class, () -> registry.resolve(f.toString())).getMessage();
    }

    @Test
    void brokenJsonFilesAreRefusedInWords() throws Exception {
        assertEquals("target board: invalid JSON: end of input at line 2 column 1 path $.llvm-target",
                refusal("{\"inherits\": [\"cortex-m0\"], \"llvm-target\": \n"));
        assertEquals("target board: the JSON is not an object", refusal("[1, 2]"));
        assertEquals("target board: the JSON is not an object", refusal(""));
        assertEquals("target board: unknown key \"linkerscrpt\"",
                refusal("{\"inherits\": [\"cortex-m-qemu\"], \"linkerscrpt\": \"x.ld\"}"));
        assertEquals("target board: \"build-tags\" must be a list of strings",
                refusal("{\"inherits\": [\"cortex-m-qemu\"], \"build-tags\": \"a\"}"));
        assertEquals("target board: \"default-stack-size\" must be a number",
                refusal("{\"inherits\": [\"cortex-m-qemu\"], \"default-stack-size\": \"big\"}"));
        assertEquals("target board inherits from unknown target no-such-board", refusal("{\"inherits\": [\"no-such-board\"]}"));
        assertEquals("target board: linker script not found: " + tmp.resolve("nothere.ld"),
                refusal("{\"inherits\": [\"cortex-m-qemu\"], \"linkerscript\": \"nothere.ld\"}"));
        assertEquals("target board: extra file not found: " + tmp.resolve("gone.s"),
                refusal("{\"inherits\": [\"cortex-m-qemu\"], \"extra-files\": [\"gone.s\"]}"));
        // TinyGo's keys we do not use are accepted
        java.nio.file.Files.writeString(tmp.resolve("quiet.json"), "{\"inherits\": [\"cortex-m-qemu\"], \"openocd-interface\": \"x\"}");
        assertEquals("cortex-m-qemu", registry.resolve(tmp.resolve("quiet.json").toString()).inherits().getLast());
    }

    @Test
    void flashingKeysAreReadAsTinyGoWritesThem() throws Exception {
        TargetSpec microbit = registry.resolve("microbit");
        assertEquals("msd", microbit.flashMethod());
        assertEquals(new FlashSettings("", false, List.of(), List.of("MICROBIT"), "firmware.hex"), microbit.flash());
        TargetSpec uno = registry.resolve("arduino");
        assertEquals("command", uno.flashMethod(), "a flash-command and no flash-method, as TinyGo decides");
        assertEquals("avrdude -c arduino -p atmega328p -b 115200 -P {port} -U flash:w:{hex}:i", uno.flash().command());
        assertTrue(uno.flash().serialPorts().contains("2341:0043"));
        TargetSpec nano = registry.resolve("arduino-nano33");
        assertTrue(nano.flash().reset1200Bps(), "\"flash-1200-bps-reset\": \"true\", a string in TinyGo's files");
        assertTrue(nano.flash().command().startsWith("bossac "));
        assertEquals(FlashSettings.NONE, registry.resolve("host").flash());
        // a board's USB IDs replace its parent's; upper-case hex is read as lower-case
        java.nio.file.Files.writeString(tmp.resolve("uno-clone.json"),
                "{\"inherits\": [\"arduino\"], \"serial-port\": [\"1A86:7523\"], \"flash-1200-bps-reset\": false}");
        TargetSpec clone = registry.resolve(tmp.resolve("uno-clone.json").toString());
        assertEquals(List.of("1a86:7523"), clone.flash().serialPorts());
        assertEquals("target board: \"flash-1200-bps-reset\" must be true or false",
                refusal("{\"inherits\": [\"arduino\"], \"flash-1200-bps-reset\": \"yes\"}"));
    }

    @Test
    void aFileNamedLikeABuiltinInheritsIt() throws Exception {
        Path f = tmp.resolve("cortex-m-qemu.json");
        java.nio.file.Files.writeString(f, "{\"inherits\": [\"cortex-m-qemu\"], \"default-stack-size\": 4096}");
        TargetSpec t = registry.resolve(f.toString());
        assertEquals(4096, t.defaultStackSize());
        assertEquals("thumbv7m-unknown-unknown-eabi", t.llvmTarget());
    }

    @Test
    void inheritanceCyclesAreRefused() {
        java.util.Map<String, String> jsons = java.util.Map.of("a", "{\"inherits\": [\"b\"]}", "b", "{\"inherits\": [\"c\"]}",
                "c", "{\"inherits\": [\"a\"]}", "self", "{\"inherits\": [\"self\"]}");
        TargetJson.Lookup boards = n -> jsons.containsKey(n)
                ? new TargetJson.Source(n, jsons.get(n), new TargetFile.OnDisk(Path.of("/boards"), n + ".json")) : null;
        TargetJson json = new TargetJson(boards);
        assertEquals("target a inherits from itself: a -> b -> c -> a",
                assertThrows(TargetException.class, () -> json.resolve(boards.find("a"))).getMessage());
        assertEquals("target self inherits from itself: self -> self",
                assertThrows(TargetException.class, () -> json.resolve(boards.find("self"))).getMessage());
    }

    @Test
    void goSourceRootsListDevicePackages() {
        GoSourceRoot root = registry.goSourceRoots().getFirst();
        assertEquals(List.of("device/arm/arm.go", "device/arm/nvic.go"), root.filesOf("device/arm"));
        assertTrue(root.read("device/avr/avr.go").contains("func Asm(asm string)"));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(TargetRegistryTest.class.getClassLoader().getResource(name).toURI());
    }
}
