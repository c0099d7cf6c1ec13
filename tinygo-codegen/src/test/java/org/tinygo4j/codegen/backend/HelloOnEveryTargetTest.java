package org.tinygo4j.codegen.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.Parser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tinygo4j.codegen.CodegenTesting;
import org.tinygo4j.codegen.image.ElfImage;
import org.tinygo4j.codegen.image.ImageSizes;
import org.tinygo4j.codegen.image.LinkedImage;

/**
 * Hand-written IR modules that print "hello" go through the whole backend (start-up
 * assembly, optimisation, lld, the target's linker script) and run where the target
 * runs: on this machine, in Chicory, in qemu, in simavr. A missing emulator skips its
 * test with a message naming the Debian package.
 */
class HelloOnEveryTargetTest {

    private final Toolchain toolchain = new Toolchain();

    @TempDir
    Path dir;

    @Test
    void hostExecutablePrintsAndExitsZero() throws Exception {
        LinkedImage image = CodegenTesting.image(toolchain, "host", "hello/host.ll", false);
        ElfImage elf = image.elf();
        assertEquals(ElfImage.EM_X86_64, elf.machine());
        assertTrue(elf.symbols().isEmpty(), "stripped");
        Path exe = dir.resolve("hello");
        Files.write(exe, image.bytes());
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwx------"));
        Emulator.Run run = Emulator.run(List.of(exe.toString()), null, 10);
        assertEquals(0, run.exitCode());
        assertEquals("hello\n", run.output());
        assertTrue(image.bytes().length < 2000, "a tiny static executable: " + image.bytes().length + " bytes");
    }

    @Test
    void wasiModuleRunsInChicory() throws Exception {
        LinkedImage image = CodegenTesting.image(toolchain, "wasi", "hello/wasi.ll", false);
        byte[] wasm = image.bytes();
        assertEquals(0x00, wasm[0]);
        assertEquals('a', wasm[1]);
        assertEquals('s', wasm[2]);
        assertEquals('m', wasm[3]);
        assertEquals(ImageSizes.ofWasm(wasm.length), image.sizes());
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        WasiOptions options = WasiOptions.builder().withStdout(stdout).build();
        int exit = 0;
        try (WasiPreview1 wasi = WasiPreview1.builder().withOptions(options).build()) {
            Instance instance = Instance.builder(Parser.parse(wasm))
                    .withImportValues(ImportValues.builder().addFunction(wasi.toHostFunctions()).build())
                    .withStart(false)
                    .build();
            instance.export("_start").apply();
        } catch (WasiExitException e) {
            exit = e.exitCode();
        }
        assertEquals(0, exit);
        assertEquals("hello\n", stdout.toString(StandardCharsets.UTF_8));
    }

    @Test
    void cortexMQemuPrintsThroughSemihosting() throws Exception {
        assumeTrue(Emulator.installed("qemu-system-arm"), "qemu-system-arm missing (Debian package qemu-system-arm)");
        LinkedImage image = CodegenTesting.image(toolchain, "cortex-m-qemu", "hello/semihosting.ll", false);
        Emulator.Run run = runQemu(image, "lm3s6965evb");
        assertEquals(0, run.exitCode(), run.output() + run.errors());
        assertEquals("hello\n", run.output());
    }

    @Test
    void microbitPrintsThroughTheUart() throws Exception {
        assumeTrue(Emulator.installed("qemu-system-arm"), "qemu-system-arm missing (Debian package qemu-system-arm)");
        LinkedImage image = CodegenTesting.image(toolchain, "microbit", "hello/nrf51-uart.ll", false);
        assertTrue(image.sizes().flash() < 400, "tiny: " + image.sizes());
        Emulator.Run run = runQemu(image, "microbit");
        assertEquals(0, run.exitCode(), run.output() + run.errors());
        assertEquals("hello\n", run.output());
    }

    @Test
    void arduinoPrintsThroughUsart0() throws Exception {
        LinkedImage image = CodegenTesting.image(toolchain, "arduino", "hello/avr-usart.ll", false);
        ElfImage elf = image.elf();
        assertEquals(ElfImage.EM_AVR, elf.machine());
        ImageSizes sizes = image.sizes();
        assertTrue(sizes.flash() < 400, "tiny: " + sizes);
        assertEquals(6, sizes.data(), "the constant is copied to RAM: " + sizes);
        assertEquals(1, sizes.bss());
        Path file = dir.resolve("hello.elf");
        Files.write(file, image.bytes());
        boolean simavr = Emulator.installed("simavr");
        boolean qemu = Emulator.installed("qemu-system-avr");
        assumeTrue(simavr || qemu,
                "neither simavr (Debian package simavr) nor qemu-system-avr (qemu-system-misc) is installed");
        if (simavr) {
            Emulator.Run run = Emulator.run(List.of("simavr", "-m", "atmega328p", "-f", "16000000", file.toString()),
                    null, 20);
            // simavr prints UART lines on stderr in colour codes, showing '\n' as '.'; it exits on cli; sleep.
            String text = run.errors().replaceAll("\u001b\\[[0-9;]*m", "");
            assertTrue(text.contains("hello.\n##.\n"), text);
            assertEquals(0, run.exitCode(), text);
        }
        if (qemu) {
            // qemu-system-avr never exits: stop it at the end marker.
            Emulator.Run run = Emulator.run(List.of("qemu-system-avr", "-M", "uno", "-bios", file.toString(),
                    "-display", "none", "-serial", "stdio", "-monitor", "none"), "##\n", 20);
            assertTrue(run.stopped());
            assertEquals("hello\n##\n", run.output());
        }
    }

    @Test
    void debugBuildsKeepSymbols() throws Exception {
        LinkedImage image = CodegenTesting.image(toolchain, "microbit", "hello/nrf51-uart.ll", true);
        ElfImage elf = image.elf();
        assertTrue(elf.symbol("Reset_Handler").isPresent());
        assertTrue(elf.symbol("main").isPresent());
        long stackTop = elf.symbol("_stack_top").orElseThrow().value();
        assertEquals(0x20000000L + 16 * 1024, stackTop);
        assertFalse(elf.symbol("_sidata").isEmpty());
    }

    private Emulator.Run runQemu(LinkedImage image, String machine) throws Exception {
        Path file = dir.resolve("hello.elf");
        Files.write(file, image.bytes());
        return Emulator.run(List.of("qemu-system-arm", "-M", machine, "-display", "none", "-monitor", "none",
                "-chardev", "stdio,id=con,mux=on", "-serial", "chardev:con",
                "-semihosting-config", "enable=on,target=native,chardev=con", "-kernel", file.toString()), null, 20);
    }
}
