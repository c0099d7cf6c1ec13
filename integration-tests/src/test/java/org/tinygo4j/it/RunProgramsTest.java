package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.run.EmulatorRunner;
import org.tinygo4j.run.RunOptions;
import org.tinygo4j.run.RunResult;
import org.tinygo4j.run.Runner;
import org.tinygo4j.it.TestPrograms.Program;

/**
 * Every testdata program compiled through the public API for every target that can run
 * it, run there (host, Chicory, qemu-system-arm, qemu-system-avr/simavr), its output and
 * exit code compared with what the reference Go toolchain printed. Microcontroller
 * output is one stream and may use CRLF line ends; it is compared with "\r\n" read as
 * "\n". One Compiler per target, linker flags and collector compiles all its programs, as a
 * build tool would, so the runtime and library packages are checked once per target
 * (the Compiler's cache) and every program after the first proves the cached packages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunProgramsTest {
    static final List<String> ALL_TARGETS = List.of("host", "wasi", "wasm", "cortex-m-qemu", "microbit", "arduino",
            "arduino-mega2560", "hifive1b");
    /** The targets to run: all, or those listed in -Dtinygo4j.run.targets=a,b for a focused local run. */
    static final List<String> TARGETS = System.getProperty("tinygo4j.run.targets", "").isBlank() ? ALL_TARGETS
            : List.of(System.getProperty("tinygo4j.run.targets").split(","));
    /**
     * The programs the Mega runs when all targets run: its chip is the Uno's with more
     * memory, so these are the ones that exercise what differs, the 3-byte return
     * address (arguments passed beyond the registers, calls through func values,
     * interface methods and method values, setjmp for recover and panics) and the
     * clock's other vector. Named on -Dtinygo4j.run.targets, it runs every program
     * without a targets line (81 passed in session 25).
     */
    static final List<String> MEGA_PROGRAMS = List.of("stackargs", "hello", "recover_small", "ifacepanic_missing",
            "typeswitch", "assert_scopes", "floatops64", "closures", "defer", "maps", "timerbasics");

    private final Map<String, Compiler> compilers = new ConcurrentHashMap<>();

    /** The programs of a run: all, or those whose names match -Dtinygo4j.programs=REGEX (e.g. gc_.*). */
    static Stream<Arguments> cases() {
        String only = System.getProperty("tinygo4j.programs", "");
        List<Program> programs = TestPrograms.all().stream().filter(p -> only.isEmpty() || p.name().matches(only))
                .toList();
        return TARGETS.stream().flatMap(t -> programs.stream().filter(p -> runs(t, p)).map(p -> Arguments.of(t, p)));
    }

    private static boolean runs(String target, Program p) {
        if (target.equals("arduino-mega2560") && TARGETS == ALL_TARGETS) {
            return MEGA_PROGRAMS.contains(p.name()) && p.runsOn("arduino");
        }
        return p.runsOn(target);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void runsLikeGo(String target, Program program) throws Exception {
        Compiler compiler = compilers.computeIfAbsent(target + " " + program.ldflags() + " " + program.gc() + " "
                + program.opt() + " " + program.noGoroot(), k -> {
                    Compiler.Builder b = Compiler.builder().target(target).ldflags(program.ldflags()).gc(program.gc());
                    if (program.noGoroot()) {
                        b.noGoroot();
                    }
                    return (program.opt() == null ? b : b.opt(program.opt())).build();
                });
        Runner runner = Runner.forConfig(compiler.config()).orElseThrow();
        Emulators.requireOrSkip(runner);

        CompileResult r = compiler.compile(CompileRequest.of(program.source()));
        assertTrue(r.success(), () -> "compile failed:\n" + r.diagnostics().stream()
                .map(Object::toString).collect(Collectors.joining("\n")));
        byte[] image = r.artifact().image() != null ? r.artifact().image() : r.artifact().bytes();

        RunOptions options = program.timeout() > 0
                ? RunOptions.defaults().withTimeout(java.time.Duration.ofSeconds(program.timeout()))
                : RunOptions.defaults();
        RunResult run = runner.run(image, options);
        assertFalse(run.timedOut(), () -> "timed out; output so far:\n" + run.output() + run.stderr());
        boolean serial = runner instanceof EmulatorRunner;
        String actual = serial ? run.output().replace("\r\n", "\n") : run.output();
        assertEquals(program.expectedOutput(), TestPrograms.comparable(actual, program.panics()),
                () -> "output differs (emulator said: " + run.stderr() + ")");
        if (!runner.reportsExitCode()) {
            return; // simavr cannot carry the program's exit code
        }
        assertEquals(program.expectedExit(), run.exitCode(), () -> "exit code; stderr: " + run.stderr());
    }
}
