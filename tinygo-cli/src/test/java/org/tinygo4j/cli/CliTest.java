package org.tinygo4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * The CLI in-process: TinyGo-style flags, diagnostics on stderr as {@code file.go:L:C:
 * message}, exit code 1 for every kind of bad input, never a Java stack trace, and a
 * pre-existing output file left untouched when a build fails.
 */
class CliTest {
    private static final byte[] OLD = "previous contents".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    record Outcome(int code, String out, String err) {
        void assertNoStackTrace() {
            assertFalse(err.contains("\tat ") || err.contains("Exception in thread") || err.matches("(?s).*\\bat [a-z]+\\.[a-z].*\\(.*"),
                    "stack trace in stderr:\n" + err);
        }
    }

    static Outcome tinygo(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path resource(String name) throws IOException {
        Path p = dir.resolve(Path.of(name).getFileName());
        try (InputStream in = CliTest.class.getResourceAsStream("/" + name)) {
            Files.copy(in, p);
        }
        return p;
    }

    private Path existingOutput(String name) throws IOException {
        Path out = dir.resolve(name);
        Files.write(out, OLD);
        return out;
    }

    @Test
    void internalErrorIsOneLineWithAHintNotAStackTrace() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io.internalError(new PrintStream(err, true, StandardCharsets.UTF_8), new IllegalStateException("boom"));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("internal compiler error: IllegalStateException: boom\n"), text);
        new Outcome(1, "", text).assertNoStackTrace();
    }

    @Test
    void outputThatIsNotARegularFileIsRefusedBeforeAnyWork() throws IOException, InterruptedException {
        Path src = dir.resolve("hello.go");
        Files.writeString(src, "package main\n\nfunc main() {\n\tprintln(\"hi\")\n}\n");
        Path folder = Files.createDirectory(dir.resolve("out.elf"));
        Outcome o = tinygo("build", "-o", folder.toString(), src.toString());
        assertEquals(1, o.code(), o.err());
        assertEquals("output " + folder + " is a directory\n", o.err());
        assertTrue(Files.isDirectory(folder));
        Path fifo = dir.resolve("fifo.elf");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        o = tinygo("build", "-o", fifo.toString(), src.toString());
        assertEquals(1, o.code(), o.err());
        assertEquals("output " + fifo + " is not a regular file\n", o.err());
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo) && !Files.isDirectory(fifo), "the FIFO is still there");
        // a FIFO as the source is refused rather than read (nothing would ever write to it)
        Path fifoSource = dir.resolve("src.go");
        assertEquals(0, new ProcessBuilder("mkfifo", fifoSource.toString()).start().waitFor());
        o = tinygo("build", "-o", dir.resolve("src.elf").toString(), fifoSource.toString());
        assertEquals(1, o.code(), o.err());
        assertEquals(fifoSource + ": not a regular file or a directory\n", o.err());
    }

    @Test
    void goModThatIsNotUtf8IsAnError() throws IOException {
        Path mod = Files.createDirectory(dir.resolve("m"));
        Files.write(mod.resolve("go.mod"), "module m\u00ff\n\ngo 1.19\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(mod.resolve("main.go"), "package main\n\nfunc main() {}\n");
        Path out = dir.resolve("m.elf");
        Outcome o = tinygo("build", "-o", out.toString(), mod.toString());
        assertEquals(1, o.code(), o.err());
        assertTrue(o.err().contains("go.mod:1: invalid UTF-8"), o.err());
        assertFalse(Files.exists(out));
        o.assertNoStackTrace();
    }

    @Test
    void wasmBuildWritesTheSupportFileWhenAsked() throws IOException {
        Path src = dir.resolve("hello.go");
        Files.writeString(src, "package main\n\nfunc main() {\n\tprintln(\"hi\")\n}\n");
        Path out = dir.resolve("app.wasm");
        Outcome o = tinygo("build", "-target=wasm", "-wasm-exec", "-o", out.toString(), src.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.size(out) > 0);
        String js = Files.readString(dir.resolve("wasm_exec.js"));
        assertTrue(js.contains("class Go") && js.contains("importObject"), "not the support file");
        Outcome wrong = tinygo("build", "-target=wasip1", "-wasm-exec", "-o", dir.resolve("w.wasm").toString(), src.toString());
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().contains("-wasm-exec is for the wasm target"), wrong.err());
        wrong.assertNoStackTrace();
    }

    @Test
    void versionNamesTheProjectInTinyGosFormat() {
        Outcome o = tinygo("version");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("tinygo version 0.") && o.out().contains("+tinygo4j "), o.out());
    }

    @Test
    void tinyGoStyleFlagsParse() {
        CommandLine cl = Main.commandLine(System.out, System.err);
        CommandLine.ParseResult pr = cl.parseArgs("build", "-target=wasi", "-o", "out.wasm", "-size", "short",
                "-opt=s", "-gc=leaking", "-no-debug", "main.go");
        BuildCommand b = (BuildCommand) pr.subcommand().commandSpec().userObject();
        assertEquals("wasi", b.flags.target);
        assertEquals(Path.of("out.wasm"), b.output);
        assertEquals("short", b.flags.size);
        assertEquals("s", b.flags.opt);
        assertEquals("leaking", b.flags.gc);
        assertEquals(Path.of("main.go"), b.source);

        pr = Main.commandLine(System.out, System.err).parseArgs("run", "--target", "microbit", "-opt", "1", "dir", "a", "b");
        RunCommand r = (RunCommand) pr.subcommand().commandSpec().userObject();
        assertEquals("microbit", r.flags.target);
        assertEquals("1", r.flags.opt);
        assertEquals(List.of("a", "b"), r.args);
        assertEquals(Path.of("dir"), r.source);
    }

    @Test
    void unknownFlagIsAUsageErrorWithExitCode1() {
        Outcome o = tinygo("build", "-frobnicate", "x.go");
        assertEquals(1, o.code());
        assertTrue(o.err().contains("-frobnicate"), o.err());
        o.assertNoStackTrace();
    }

    @Test
    void gorootFlagNamesAFolderWithoutGoSources() throws IOException {
        Path src = resource("hello.go");
        Outcome o = tinygo("build", "-goroot", dir.resolve("nogo").toString(), "-o", dir.resolve("x").toString(),
                src.toString());
        assertEquals(1, o.code());
        assertEquals("GOROOT " + dir.resolve("nogo") + " has no Go sources (src/runtime is missing)", o.err().strip());
        o.assertNoStackTrace();
    }

    @Test
    void badOptLevel() throws IOException {
        Path src = resource("hello.go");
        Outcome o = tinygo("build", "-opt=9", "-o", dir.resolve("x").toString(), src.toString());
        assertEquals(1, o.code());
        assertTrue(o.err().contains("invalid -opt=9"), o.err());
    }

    @Test
    void missingFile() throws IOException {
        Path out = existingOutput("out.wasm");
        Outcome o = tinygo("build", "-target=wasi", "-o", out.toString(), dir.resolve("nosuch.go").toString());
        assertEquals(1, o.code());
        assertTrue(o.err().contains("nosuch.go") && o.err().contains("no such file"), o.err());
        o.assertNoStackTrace();
        assertArrayEquals(OLD, Files.readAllBytes(out));
    }

    @Test
    void missingFileForRun() {
        Outcome o = tinygo("run", "-target=wasi", dir.resolve("nosuch.go").toString());
        assertEquals(1, o.code());
        assertTrue(o.err().contains("no such file"), o.err());
        o.assertNoStackTrace();
    }

    /** Each bad program must give a diagnostic at Go's line (and one of Go's columns: go/types and types2 differ). */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "bad/syntax.go     ; 4 ; 14       ; (?s).*(syntax error|unexpected|missing).*",
        "bad/undefined.go  ; 5 ; 14       ; .*(undefined|undeclared name): y.*",
        "bad/mismatched.go ; 6 ; 10       ; .*mismatched types int and string.*",
        "bad/argcount.go   ; 8 ; 14 15    ; .*not enough arguments in call to add.*",
    })
    void badProgramsGiveGoStyleDiagnostics(String file, int line, String columns, String message) throws IOException {
        Path src = resource(file);
        Path out = existingOutput("out.wasm");
        Outcome o = tinygo("build", "-target=wasi", "-o", out.toString(), src.toString());
        assertEquals(1, o.code(), o.err());
        o.assertNoStackTrace();
        assertArrayEquals(OLD, Files.readAllBytes(out), "the failed build clobbered the output file");
        String first = o.err().lines().findFirst().orElse("");
        Matcher m = Pattern.compile("(.*" + Pattern.quote(src.getFileName().toString()) + "):(\\d+):(\\d+): (.*)").matcher(first);
        assertTrue(m.matches(), "not a file.go:L:C: message line: " + o.err());
        assertEquals(line, Integer.parseInt(m.group(2)), o.err());
        assertTrue(List.of(columns.split(" ")).contains(m.group(3)), "column " + m.group(3) + " not in " + columns + ": " + o.err());
        assertTrue(m.group(4).matches(message), m.group(4));
    }

    @Test
    void unknownTargetNamesTheValidOnes() throws IOException {
        Path src = resource("hello.go");
        Path out = existingOutput("out.elf");
        Outcome o = tinygo("build", "-target=nosuchboard", "-o", out.toString(), src.toString());
        assertEquals(1, o.code());
        o.assertNoStackTrace();
        assertTrue(o.err().contains("nosuchboard"), o.err());
        for (String t : List.of("host", "wasi", "cortex-m-qemu", "microbit", "arduino-nano33", "arduino")) {
            assertTrue(o.err().contains(t), "message does not name target " + t + ": " + o.err());
        }
        assertArrayEquals(OLD, Files.readAllBytes(out));
    }

    @Test
    void targetsListsTheFirstTargets() {
        Outcome o = tinygo("targets");
        assertEquals(0, o.code(), o.err());
        List<String> names = o.out().lines().toList();
        assertTrue(names.containsAll(List.of("host", "wasi", "cortex-m-qemu", "microbit", "arduino-nano33", "arduino")),
                o.out());
    }

    @Test
    void buildWritesTheImageAndPrintsSizesLikeTinyGo() throws IOException {
        Path src = resource("hello.go");
        Path out = dir.resolve("hello.wasm");
        Outcome o = tinygo("build", "-target=wasi", "-size", "short", "-o", out.toString(), src.toString());
        assertEquals(0, o.code(), o.err());
        byte[] wasm = Files.readAllBytes(out);
        assertArrayEquals(new byte[] {0, 'a', 's', 'm'}, java.util.Arrays.copyOf(wasm, 4));
        List<String> lines = o.out().lines().toList();
        assertEquals("   code    data     bss |   flash     ram", lines.get(0));
        assertTrue(lines.get(1).matches(" *\\d+ +\\d+ +\\d+ \\| +\\d+ +\\d+"), lines.get(1));
    }

    @Test
    void runOnWasiForwardsOutputAndExitCode() throws IOException {
        Path src = resource("hello.go");
        Outcome o = tinygo("run", "-target=wasi", src.toString());
        assertEquals(0, o.code(), o.err());
        assertEquals("ok\n", o.out() + o.err());
    }

    @Test
    void runOnBuildOnlyTargetExplains() throws IOException {
        Path src = resource("hello.go");
        Outcome o = tinygo("run", "-target=arduino-nano33", src.toString());
        assertEquals(1, o.code());
        assertTrue(o.err().contains("no emulator"), o.err());
        o.assertNoStackTrace();
    }

    @ParameterizedTest
    @CsvSource({"-ocd-output,ocd-output", "-print-stacks,print-stacks"})
    void tinygoFlagsWeLackSaySoAndWriteNothing(String flag, String name) throws IOException {
        Path src = resource("hello.go");
        Path out = existingOutput("hello.elf");
        Outcome o = tinygo("build", flag, "-o", out.toString(), src.toString());
        assertEquals(1, o.code());
        assertEquals("tinygo: flag -" + name + " is not supported by tinygo4j yet\n", o.err());
        assertArrayEquals(OLD, Files.readAllBytes(out));
    }

    @Test
    void flashFlagsOnBuildSayWhereTheyBelongAndWriteNothing() throws IOException {
        Path src = resource("hello.go");
        Path out = existingOutput("hello.elf");
        Outcome o = tinygo("build", "-port=/dev/ttyACM0", "-o", out.toString(), src.toString());
        assertEquals(1, o.code());
        assertEquals("tinygo: flag -port is a flag of tinygo flash and tinygo monitor, not of tinygo build\n", o.err());
        assertEquals("tinygo: flag -monitor is a flag of tinygo flash, not of tinygo build\n",
                tinygo("build", "-monitor", "-o", out.toString(), src.toString()).err());
        assertArrayEquals(OLD, Files.readAllBytes(out));
    }

    @Test
    void runTimeoutIsAGoDuration() throws IOException {
        Path src = resource("hello.go");
        Outcome o = tinygo("run", "-target=wasi", "-timeout=1m30s", src.toString());
        assertEquals(0, o.code(), o.err());
        Outcome bad = tinygo("run", "-target=wasi", "-timeout=10x", src.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("time: unknown unit \"x\" in duration \"10x\""), bad.err());
        bad.assertNoStackTrace();
        Outcome zero = tinygo("run", "-target=wasi", "-timeout=0", src.toString());
        assertEquals(1, zero.code());
        assertTrue(zero.err().contains("invalid -timeout=0s: must be positive"), zero.err());
    }
}
