package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.run.RunOptions;
import org.tinygo4j.run.RunResult;
import org.tinygo4j.run.Runner;
import org.tinygo4j.codegen.image.ElfImage;

/**
 * netduinoplus2, the STM32F405 (a Cortex-M4F) under qemu-system-arm -M netduinoplus2:
 * programs run with Go 1.19's output, the float ones among them checking every
 * float32 operation the FPU now does and every float64 one the soft-float routines
 * do; goroutine_floats and recover_floats fail when a task switch or a checkpoint
 * loses s16-s31. The image check shows where each width is computed: float32 add,
 * mul and div are VFP instructions and no soft-float float32 routine is linked, while
 * float64 arithmetic calls the runtime's __aeabi_d* routines (qemu's FPU, like the
 * chip's, is single precision: a double-precision VFP instruction would fault).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Stm32Test {
    static final String TARGET = "netduinoplus2";

    private final Compiler compiler = Compiler.builder().target(TARGET).build();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hello", "floatops32", "floatops64", "floats", "floatconv", "complex", "sleeporder",
        "goroutines", "goroutine_floats", "recover", "recover_floats", "recover_goroutines", "gc_churn"})
    void runsWithGosOutput(String name) throws Exception {
        Runner runner = Runner.forConfig(compiler.config()).orElseThrow();
        Emulators.requireOrSkip(runner);
        TestPrograms.Program p = program(name);
        assertTrue(p.runsOn(TARGET) || p.runsOn("cortex-m-qemu"), p + " is not meant for a Cortex-M with 64 KiB of RAM");
        CompileResult r = compiler.compile(CompileRequest.of(p.source()));
        assertTrue(r.success(), () -> p + ": " + r.diagnostics());
        RunResult run = runner.run(r.artifact().image(), RunOptions.defaults());
        assertFalse(run.timedOut(), () -> p + " timed out: " + run.output() + run.stderr());
        assertEquals(p.expectedOutput(), TestPrograms.comparable(run.output().replace("\r\n", "\n"), p.panics()), name);
        assertEquals(p.expectedExit(), run.exitCode(), name);
    }

    @Test
    void float32InTheFpuFloat64InSoftFloatRoutines() throws Exception {
        Compiler withSymbols = Compiler.builder().target(TARGET).debug(true).build();
        ElfImage f32 = image(withSymbols, "floatops32");
        Set<String> f32Symbols = names(f32);
        for (String routine : List.of("__aeabi_fadd", "__aeabi_fsub", "__aeabi_fmul", "__aeabi_fdiv", "__aeabi_fcmplt",
                "__aeabi_fcmpeq")) {
            assertFalse(f32Symbols.contains(routine), routine + " is linked: float32 should be done by the FPU");
        }
        byte[] text = f32.contents(f32.section(".text").orElseThrow());
        assertTrue(countVfp(text, 0xEE30, 0x0A00) > 0, "no vadd.f32 in floatops32");
        assertTrue(countVfp(text, 0xEE20, 0x0A00) > 0, "no vmul.f32 in floatops32");
        assertTrue(countVfp(text, 0xEE80, 0x0A00) > 0, "no vdiv.f32 in floatops32");

        Set<String> f64Symbols = names(image(withSymbols, "floatops64"));
        for (String routine : List.of("__aeabi_dadd", "__aeabi_dsub", "__aeabi_dmul", "__aeabi_ddiv")) {
            assertTrue(f64Symbols.contains(routine), routine + " is missing: float64 should call the soft-float routines");
        }
    }

    /**
     * The GPIO registers a pin program writes, as qemu logs them for its unimplemented
     * GPIO and RCC blocks (reads there return 0): the port's clock, PA10's mode bits
     * (21:20 = output), BSRR's set and then reset bit for PA10, and PB11's pull-down
     * bits (23:22 = 10). This checks the addresses and bits, not pin levels.
     */
    @Test
    void pinsWriteTheGpioRegisters(@TempDir Path dir) throws Exception {
        Emulators.requireProgramOrSkip("qemu-system-arm", "qemu-system-arm");
        Path elf = dir.resolve("pins.elf");
        CompileResult r = compiler.compile(CompileRequest.of(Path.of("src/test/resources/machine/stm32_pins.go"))
                .withOutput(elf));
        assertTrue(r.success(), () -> r.diagnostics().toString());
        Path log = dir.resolve("unimp.log");
        Process p = new ProcessBuilder("qemu-system-arm", "-M", "netduinoplus2", "-display", "none", "-monitor", "none",
                "-serial", "stdio", "-semihosting-config", "enable=on,target=native", "-d", "unimp", "-D",
                log.toString(), "-kernel", elf.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1).replace("\r", "");
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "qemu did not exit");
        assertEquals("done\n", out);
        List<String> writes = Files.readAllLines(log).stream().filter(l -> l.contains("device write")).toList();
        String w = "unimplemented device write (size 4, ";
        int clock = writes.indexOf("RCC: " + w + "offset 0x030, value 0x00000001)");
        int mode = writes.indexOf("GPIOA: " + w + "offset 0x000, value 0x00100000)");
        int high = writes.indexOf("GPIOA: " + w + "offset 0x018, value 0x00000400)");
        int low = writes.indexOf("GPIOA: " + w + "offset 0x018, value 0x04000000)");
        int pull = writes.indexOf("GPIOB: " + w + "offset 0x00c, value 0x00800000)");
        assertTrue(clock >= 0 && clock < mode && mode < high && high < low && low < pull,
                () -> "GPIO writes: " + String.join("\n", writes));
    }

    private ElfImage image(Compiler c, String name) {
        TestPrograms.Program p = program(name);
        CompileResult r = c.compile(CompileRequest.of(p.source()));
        assertTrue(r.success(), () -> p + ": " + r.diagnostics());
        return ElfImage.parse(r.artifact().image());
    }

    private static Set<String> names(ElfImage elf) {
        assertFalse(elf.symbols().isEmpty(), "the image has no symbol table");
        return elf.symbols().stream().map(ElfImage.Symbol::name).collect(Collectors.toSet());
    }

    /**
     * Counts the 32-bit Thumb instructions whose first halfword masked with 0xFFB0 is
     * first and whose second masked with 0x0F50 is second: a VFP data-processing
     * instruction of the opcode in first (0xEE30 vadd, 0xEE20 vmul, 0xEE80 vdiv) on
     * single-precision registers (sz, bit 8 of the second halfword, clear).
     */
    static int countVfp(byte[] text, int first, int second) {
        int n = 0;
        for (int i = 0; i + 3 < text.length; i += 2) {
            int hw1 = (text[i] & 0xFF) | (text[i + 1] & 0xFF) << 8;
            int hw2 = (text[i + 2] & 0xFF) | (text[i + 3] & 0xFF) << 8;
            if ((hw1 & 0xFFB0) == first && (hw2 & 0x0F50) == second) {
                n++;
            }
        }
        return n;
    }

    private static TestPrograms.Program program(String name) {
        return TestPrograms.all().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no testdata program " + name));
    }
}
