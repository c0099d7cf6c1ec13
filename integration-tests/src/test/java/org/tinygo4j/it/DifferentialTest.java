package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.run.RunOptions;
import org.tinygo4j.run.RunResult;
import org.tinygo4j.run.Runner;

/**
 * Differential testing, layer 7 of TESTING.md: programs from {@link RandomGoPrograms},
 * built and run by Go 1.19 and by us, their output (stdout and stderr together; the
 * programs print with println only) and exit code compared. Where our target's int is 32
 * bits wide (wasi, Cortex-M) the reference is Go's linux/arm build (int as wide), run by qemu-arm in
 * user mode: the kernels of our CI machines need not run i386 binaries, and qemu-i386 7.2
 * cannot run gc's 386 runtime ("schedule: holding locks"). Seeds run from
 * -Dtinygo4j.diff.seed (default 1) for -Dtinygo4j.diff.count programs (default 20) on
 * the targets of -Dtinygo4j.diff.targets (default host,wasi,cortex-m-qemu). Each program is kept under
 * target/difftest/seed-N.go, named in the failure message, to be reproduced by hand.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DifferentialTest {
    private static final Path GO = ExpectedOutputsTest.GO;
    /** Runs the 32-bit reference (Debian's qemu-user). */
    private static final Path QEMU_ARM = Path.of("/usr/bin/qemu-arm");
    private static final Path PROGRAMS = Path.of("target", "difftest");

    private final Map<String, Compiler> compilers = new ConcurrentHashMap<>();
    /** The reference output of a program, per seed and GOARCH. */
    private final Map<String, RunResult> expected = new ConcurrentHashMap<>();
    private Path goWork;

    static Stream<Arguments> cases() {
        long first = Long.getLong("tinygo4j.diff.seed", 1);
        int count = Integer.getInteger("tinygo4j.diff.count", 20);
        List<String> targets = List.of(System.getProperty("tinygo4j.diff.targets", "host,wasi,cortex-m-qemu").split(","));
        return targets.stream().flatMap(t -> LongStream.range(first, first + count).mapToObj(s -> Arguments.of(t, s)));
    }

    @ParameterizedTest(name = "{0}: seed {1}")
    @MethodSource("cases")
    void runsLikeGo(String target, long seed) throws Exception {
        assumeTrue(Files.isExecutable(GO) || Emulators.required(),
                "skipped: " + GO + " not found (install the Debian package golang-1.19-go)");
        Compiler compiler = compilers.computeIfAbsent(target, t -> Compiler.builder().target(t).build());
        Runner runner = Runner.forConfig(compiler.config()).orElseThrow();
        Emulators.requireOrSkip(runner);
        Path source = write(seed);
        String goarch = compiler.config().intSize() == 4 ? "arm" : "amd64";
        assumeTrue(goarch.equals("amd64") || Files.isExecutable(QEMU_ARM) || Emulators.required(),
                "skipped: " + QEMU_ARM + " not found (install the Debian package qemu-user)");
        RunResult want = expected.computeIfAbsent(seed + " " + goarch, k -> reference(source, goarch));
        String where = "seed " + seed + " (" + source.toAbsolutePath() + ")";
        assertEquals(0, want.exitCode(), () -> "generator bug, Go's run failed for " + where + ":\n" + want.output());

        CompileResult r = compiler.compile(CompileRequest.of(source));
        assertTrue(r.success(), () -> "compile failed for " + where + ":\n" + r.diagnostics().stream()
                .map(Object::toString).collect(Collectors.joining("\n")));
        RunResult got = runner.run(r.artifact().image(), RunOptions.defaults());
        assertFalse(got.timedOut(), () -> "timed out: " + where);
        assertEquals(want.output(), got.output(), () -> "output differs on " + target + " for " + where);
        assertEquals(want.exitCode(), got.exitCode(), () -> "exit code differs on " + target + " for " + where);
    }

    private static Path write(long seed) throws IOException {
        Files.createDirectories(PROGRAMS);
        Path source = PROGRAMS.resolve("seed-" + seed + ".go");
        Files.writeString(source, RandomGoPrograms.generate(seed), StandardCharsets.UTF_8);
        return source;
    }

    /** Builds the program with Go 1.19 for linux/GOARCH and runs it; the output is both streams in one. */
    private RunResult reference(Path source, String goarch) {
        try {
            Path work = goWork();
            Path exe = work.resolve(source.getFileName().toString().replace(".go", "-" + goarch));
            ProcessBuilder build = new ProcessBuilder(GO.toString(), "build", "-o", exe.toString(),
                    source.toAbsolutePath().toString()).redirectErrorStream(true);
            Map<String, String> env = build.environment();
            env.put("GOCACHE", work.resolve("cache").toString());
            env.put("GOPATH", work.resolve("gopath").toString());
            env.put("GO111MODULE", "off");
            env.put("GOFLAGS", "");
            env.put("GOOS", "linux");
            env.put("GOARCH", goarch);
            env.put("GOARM", "5"); // soft float, as regen-expected.sh builds its arm references
            RunResult built = run(build);
            if (built.exitCode() != 0) {
                return new RunResult("go build failed:\n" + built.output(), "", "", -1);
            }
            List<String> cmd = goarch.equals("arm") ? List.of(QEMU_ARM.toString(), exe.toString())
                    : List.of(exe.toString());
            return run(new ProcessBuilder(cmd).redirectErrorStream(true));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("running Go 1.19 on " + source, e);
        }
    }

    private static RunResult run(ProcessBuilder pb) throws IOException, InterruptedException {
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new RunResult("timed out", "", "", -1);
        }
        String text = new String(out, StandardCharsets.UTF_8);
        return new RunResult(text, text, "", p.exitValue());
    }

    private synchronized Path goWork() throws IOException {
        if (goWork == null) {
            goWork = Files.createTempDirectory("tinygo4j-difftest");
        }
        return goWork;
    }

    @AfterAll
    void removeGoWork() throws IOException {
        if (goWork == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(goWork)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.deleteIfExists(p);
            }
        }
    }
}
