package org.tinygo4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * TinyGo users' commands, run as they type them: in-process with a chosen environment,
 * or, where the current directory matters, in a JVM of their own started in that
 * directory as the ./tinygo launcher starts one. Each checks what the user sees: the
 * output, the exit code, and the files written or removed.
 */
class TinyGoCommandsTest {
    private static final Path GO119 = Path.of("/usr/lib/go-1.19");

    @TempDir
    Path dir;

    /** The CLI in-process with these environment variables only. */
    static CliTest.Outcome tinygo(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return new CliTest.Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The CLI in a JVM of its own, started in cwd with this process's environment plus extra, as the launcher runs it. */
    static CliTest.Outcome launch(Path cwd, Map<String, String> extra, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.environment().putAll(extra);
        Path out = Files.createTempFile("tinygo-out", ".txt");
        Path err = Files.createTempFile("tinygo-err", ".txt");
        try {
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            p.getOutputStream().close();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("tinygo " + String.join(" ", args) + " did not finish in 120 s");
            }
            return new CliTest.Outcome(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** A package directory named name holding a main.go that prints "hi". */
    private Path program(String name) throws IOException {
        Path pkg = Files.createDirectories(dir.resolve(name));
        Files.writeString(pkg.resolve("main.go"), "package main\n\nfunc main() {\n\tprintln(\"hi\")\n}\n");
        return pkg;
    }

    /** A GOROOT that GorootSourceRoot accepts, with a VERSION of our choosing (no Go installation says go1.19.42). */
    private Path fakeGoroot() throws IOException {
        Path root = dir.resolve("fakegoroot");
        Files.createDirectories(root.resolve("src/runtime"));
        Files.writeString(root.resolve("src/runtime/extern.go"), "package runtime\n");
        Files.writeString(root.resolve("VERSION"), "go1.19.42\ntime 2026-01-01T00:00:00Z\n");
        return root;
    }

    private static byte[] magic(Path wasm) throws IOException {
        return Arrays.copyOf(Files.readAllBytes(wasm), 4);
    }

    private static boolean contains(Path file, String text) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
    }

    // 1. build and run without a package: the current directory, as go build and TinyGo do

    @Test
    void buildWithoutAPackageBuildsTheCurrentDirectoryNamedAfterIt() throws Exception {
        Path pkg = program("blinkapp");
        CliTest.Outcome o = launch(pkg, Map.of(), "build", "-target=wasi");
        assertEquals(0, o.code(), o.err());
        assertEquals("", o.out() + o.err());
        assertArrayEquals(new byte[] {0, 'a', 's', 'm'}, magic(pkg.resolve("blinkapp.wasm")));
    }

    @Test
    void runWithoutAPackageRunsTheCurrentDirectory() throws Exception {
        Path pkg = program("app");
        CliTest.Outcome o = launch(pkg, Map.of(), "run", "-target=wasi");
        assertEquals(0, o.code(), o.err());
        assertEquals("hi\n", o.out() + o.err());
    }

    @Test
    void buildWithoutAPackageInAFolderWithoutGoFilesSaysSo() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliTest.Outcome o = launch(empty, Map.of(), "build", "-target=wasi");
        assertEquals(1, o.code());
        assertEquals("no Go files in " + empty.toRealPath() + "\n", o.err());
        o.assertNoStackTrace();
    }

    // 2. -o x.wasm without -target

    @Test
    void wasmOutputWithoutTargetBuildsForTheWasmTarget() throws IOException {
        Path pkg = program("app");
        Path out = dir.resolve("app.wasm");
        CliTest.Outcome o = tinygo(Map.of(), "build", "-o", out.toString(), pkg.toString());
        assertEquals(0, o.code(), o.err());
        assertArrayEquals(new byte[] {0, 'a', 's', 'm'}, magic(out));
        // the wasm target's module (GOOS js) imports from wasm_exec.js's "gojs"; a wasi module does not
        assertTrue(contains(out, "gojs"), "not built for the wasm target");
    }

    @Test
    void goosAndGoarchChooseTheTargetAsTheyDoForTinyGo() throws IOException {
        Path pkg = program("app");
        Path out = dir.resolve("app.wasm");
        CliTest.Outcome o = tinygo(Map.of("GOOS", "wasip1", "GOARCH", "wasm"), "build", "-o", out.toString(), pkg.toString());
        assertEquals(0, o.code(), o.err());
        assertFalse(contains(out, "gojs"), "built for the wasm target, not wasip1");
        assertTrue(contains(out, "wasi_snapshot_preview1"));

        CliTest.Outcome unset = tinygo(Map.of("GOARCH", "wasm"), "build", "-o", out.toString(), pkg.toString());
        assertEquals(1, unset.code());
        assertEquals("GOARCH=wasm but GOOS is unset: set GOOS to js or wasip1, or use -target\n", unset.err());

        CliTest.Outcome darwin = tinygo(Map.of("GOOS", "darwin"), "build", "-o", dir.resolve("x").toString(), pkg.toString());
        assertEquals(1, darwin.code());
        assertTrue(darwin.err().startsWith("tinygo4j has no target for GOOS=darwin GOARCH="), darwin.err());
        assertEquals(1, darwin.err().lines().count(), darwin.err());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "wasi,   -,      -,    app.wasm, wasi",
        "-,      -,      -,    app.wasm, wasm",
        "-,      -,      -,    app.elf,  host",
        "-,      -,      -,    -,        host",
        "-,      js,     wasm, app,      wasm",
        "-,      wasip1, wasm, app.wasm, wasip1",
        "-,      linux,  -,    app.wasm, wasm",
    })
    void targetChoice(String flag, String goos, String goarch, String output, String expected) {
        CompileFlags.TargetChoice c = CompileFlags.chooseTarget(flag, goos, goarch, output == null ? null : Path.of(output));
        assertNull(c.problem());
        assertEquals(expected, c.target());
    }

    // 3. version

    @Test
    void versionPrintsTinyGosFormatWithTheGorootsGoAndTheLoadedLlvm() throws IOException {
        CliTest.Outcome o = tinygo(Map.of("GOROOT", fakeGoroot().toString()), "version");
        assertEquals(0, o.code(), o.err());
        Properties p = new Properties();
        try (InputStream in = VersionCommand.class.getResourceAsStream("version.properties")) {
            p.load(in);
        }
        // the binding's artifact version starts with the LLVM release it wraps (20.1.7-1.5.12)
        String llvm = p.getProperty("llvm").replaceAll("-.*", "");
        String ours = p.getProperty("version").replace("-SNAPSHOT", "-dev") + "+tinygo4j";
        assertEquals("tinygo version " + ours + " linux/" + CompileFlags.HOST_GOARCH
                + " (using go version go1.19.42 and LLVM version " + llvm + ")\n", o.out());
        assertTrue(o.out().matches("tinygo version 0\\.\\d+\\.\\d+\\S* linux/\\w+ \\(using go version go1\\.\\d+\\.\\d+ and"
                + " LLVM version \\d+\\.\\d+\\.\\d+\\)\n"), o.out());
    }

    // 4. env, info, clean, list

    @Test
    void envPrintsTinyGosKeysQuotedAndSingleValuesBare() throws IOException {
        Path goroot = fakeGoroot();
        Map<String, String> env = Map.of("GOROOT", goroot.toString(), "HOME", dir.toString(),
                "XDG_CACHE_HOME", dir.resolve("cache").toString());
        CliTest.Outcome o = tinygo(env, "env");
        assertEquals(0, o.code(), o.err());
        List<String> lines = o.out().lines().toList();
        assertEquals(List.of("GOOS=\"linux\"", "GOARCH=\"" + CompileFlags.HOST_GOARCH + "\"", "GOROOT=\"" + goroot + "\"",
                "GOPATH=\"" + dir.resolve("go") + "\"", "GOCACHE=\"" + dir.resolve("cache/tinygo4j") + "\"",
                "CGO_ENABLED=\"0\""), lines.subList(0, 6));
        assertTrue(lines.get(6).matches("TINYGOROOT=\".+\""), lines.get(6));
        Path root = Path.of(lines.get(6).substring(12, lines.get(6).length() - 1));
        assertTrue(Files.isRegularFile(root.resolve("tinygo")) && Files.isDirectory(root.resolve("tinygo-cli")),
                "TINYGOROOT is not the tinygo4j checkout: " + root);
        assertEquals(7, lines.size());

        CliTest.Outcome one = tinygo(env, "env", "GOROOT");
        assertEquals(goroot + "\n", one.out());
        CliTest.Outcome two = tinygo(Map.of("GOOS", "js", "GOARCH", "wasm"), "env", "GOOS", "GOARCH");
        assertEquals("js\nwasm\n", two.out());
    }

    @Test
    void infoPrintsTheTargetsConfigurationInTinyGosFields() throws IOException {
        Path goroot = fakeGoroot();
        CliTest.Outcome o = tinygo(Map.of("GOROOT", goroot.toString()), "info", "microbit");
        assertEquals(0, o.code(), o.err());
        List<String> lines = o.out().lines().toList();
        assertEquals("LLVM triple:       thumbv6m-unknown-unknown-eabi", lines.get(0));
        assertEquals("GOOS:              linux", lines.get(1));
        assertEquals("GOARCH:            arm", lines.get(2));
        assertTrue(lines.get(3).startsWith("build tags:        ") && List.of(lines.get(3).substring(19).split(" "))
                .containsAll(List.of("cortexm", "baremetal", "nrf51", "microbit", "tinygo", "gc.conservative")), lines.get(3));
        assertEquals("garbage collector: conservative", lines.get(4));
        assertEquals("scheduler:         tasks", lines.get(5));
        assertEquals("cached GOROOT:     " + goroot, lines.get(6));
        assertEquals(7, lines.size());

        CliTest.Outcome flag = tinygo(Map.of("GOROOT", goroot.toString()), "info", "-target=microbit", "-gc=leaking");
        assertEquals("garbage collector: leaking", flag.out().lines().toList().get(4));

        CliTest.Outcome json = tinygo(Map.of("GOROOT", goroot.toString()), "info", "-json", "-target", "wasi");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().startsWith("{\n  \"goroot\": \"" + goroot + "\",\n  \"goos\": \"wasip1\",\n  \"goarch\": \"wasm\",\n"
                + "  \"build_tags\": [\n    \"tinygo.wasm\",\n"), json.out());
        assertTrue(json.out().endsWith("  \"scheduler\": \"coroutines\",\n  \"llvm_triple\": \"wasm32-unknown-wasi\"\n}\n"),
                json.out());

        CliTest.Outcome bad = tinygo(Map.of(), "info", "nosuchboard");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("nosuchboard"), bad.err());
        bad.assertNoStackTrace();
    }

    @Test
    void cleanRemovesOurCacheFolderOnlyAndPrintsNothing() throws IOException {
        Path cache = dir.resolve("cache");
        Files.createDirectories(cache.resolve("tinygo4j/sub"));
        Files.writeString(cache.resolve("tinygo4j/sub/entry"), "x");
        Files.createDirectories(cache.resolve("tinygo"));
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
        CliTest.Outcome o = tinygo(env, "clean");
        assertEquals(new CliTest.Outcome(0, "", ""), o);
        assertFalse(Files.exists(cache.resolve("tinygo4j")));
        assertTrue(Files.isDirectory(cache.resolve("tinygo")), "TinyGo's own cache was removed");
        assertEquals(new CliTest.Outcome(0, "", ""), tinygo(env, "clean"), "nothing to clean is fine");
    }

    @Test
    void listWithoutAGoCommandSaysSo() throws IOException {
        Path noGo = Files.createDirectories(dir.resolve("bin"));
        CliTest.Outcome o = tinygo(Map.of("PATH", noGo.toString()), "list");
        assertEquals(1, o.code());
        assertEquals("tinygo list: needs the go command (go list does the work), and there is no go on PATH\n", o.err());
    }

    @Test
    void listRunsGoListWithTheTargetsTagsAndGoarch() throws Exception {
        assumeTrue(Files.isExecutable(GO119.resolve("bin/go")), "Go 1.19 is not installed at " + GO119);
        Path mod = program("app");
        Files.writeString(mod.resolve("go.mod"), "module example.com/app\n\ngo 1.19\n");
        // a file only the microbit target's tags select
        Files.writeString(mod.resolve("board_microbit.go"), "//go:build microbit\n\npackage main\n\nconst board = 1\n");
        Map<String, String> env = new HashMap<>(Map.of("PATH", GO119.resolve("bin") + ":/usr/bin:/bin",
                "HOME", dir.toString(), "GOCACHE", dir.resolve("gocache").toString()));
        CliTest.Outcome o = launch(mod, env, "list");
        assertEquals(0, o.code(), o.err());
        assertEquals("example.com/app\n", o.out());
        CliTest.Outcome board = launch(mod, env, "list", "-target=microbit", "-json");
        assertEquals(0, board.code(), board.err());
        assertTrue(board.out().contains("\"ImportPath\": \"example.com/app\""), board.out());
        assertEquals(List.of("board_microbit.go", "main.go"), goFiles(board.out()), "microbit's build tags were not passed");
        CliTest.Outcome host = launch(mod, env, "list", "-json");
        assertEquals(List.of("main.go"), goFiles(host.out()));
    }

    /** The GoFiles of go list -json's output for one package. */
    private static List<String> goFiles(String json) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"GoFiles\": \\[([^\\]]*)\\]").matcher(json);
        assertTrue(m.find(), "no GoFiles in " + json);
        return java.util.regex.Pattern.compile("\"([^\"]+)\"").matcher(m.group(1)).results().map(r -> r.group(1)).toList();
    }

    // 5. -x, -work, -json

    @Test
    void xPrintsTheLinkerCommandAndWorkKeepsItsFolder() throws IOException {
        Path pkg = program("app");
        Path out = dir.resolve("app.hex");
        CliTest.Outcome o = tinygo(Map.of(), "build", "-x", "-work", "-target=microbit", "-o", out.toString(), pkg.toString());
        assertEquals(0, o.code(), o.err());
        java.util.regex.Matcher work = java.util.regex.Pattern.compile("WORK=(\\S+)\n").matcher(o.out());
        assertTrue(work.matches(), "stdout is not one WORK= line: " + o.out());
        Path kept = Path.of(work.group(1));
        try {
            // the folder holds what the printed command read and wrote
            assertTrue(Files.isRegularFile(kept.resolve("main.o")) && Files.isRegularFile(kept.resolve("main.elf"))
                    && Files.isRegularFile(kept.resolve("target.ld")), "kept folder lacks the link's files");
            List<String> lines = o.err().lines().toList();
            assertEquals(1, lines.size(), o.err());
            List<String> argv = List.of(lines.get(0).split(" "));
            assertTrue(argv.get(0).endsWith("/ld.lld"), lines.get(0));
            assertTrue(argv.containsAll(List.of("-T", kept.resolve("target.ld").toString(), "-o",
                    kept.resolve("main.elf").toString(), kept.resolve("main.o").toString())), lines.get(0));
            assertTrue(Files.readString(out).startsWith(":"), "no Intel HEX written");
        } finally {
            try (var files = Files.walk(kept)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        // without -work the folder goes away, and nothing is printed
        CliTest.Outcome quiet = tinygo(Map.of(), "build", "-target=microbit", "-o", out.toString(), pkg.toString());
        assertEquals(new CliTest.Outcome(0, "", ""), quiet);
    }

    @Test
    void xPrintsTheCommandThatRunsTheProgram() throws IOException {
        Path pkg = program("app");
        CliTest.Outcome o = tinygo(Map.of(), "run", "-x", "-target=host", pkg.toString());
        assertEquals(0, o.code(), o.err());
        List<String> lines = o.err().lines().toList();
        assertEquals(3, lines.size(), o.err());
        assertTrue(lines.get(0).startsWith("/") && lines.get(0).split(" ")[0].endsWith("/ld.lld"), lines.get(0));
        // the host binary, started by its path; then what it printed (println writes to stderr)
        assertTrue(lines.get(1).startsWith("/") && !lines.get(1).contains(" "), lines.get(1));
        assertEquals("hi", lines.get(2));
        assertEquals("", o.out());
    }

    @Test
    void xQuotesArgumentsAShellWouldSplit() {
        assertEquals("ld.lld -o '/tmp/my dir/a.elf' 'it'\\''s' --x=1", CompileFlags.shellQuote(
                List.of("ld.lld", "-o", "/tmp/my dir/a.elf", "it's", "--x=1")));
    }

    @Test
    void jsonPrintsDiagnosticsAsGoBuildJsonDoes() throws IOException {
        Path pkg = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(pkg.resolve("go.mod"), "module example.com/bad\n\ngo 1.19\n");
        Files.writeString(pkg.resolve("main.go"), "package main\n\nfunc main() {\n\tprintln(y < 2)\n}\n");
        Path out = dir.resolve("bad.wasm");
        CliTest.Outcome o = tinygo(Map.of(), "build", "-json", "-target=wasi", "-o", out.toString(), pkg.toString());
        assertEquals(1, o.code());
        assertEquals("", o.err());
        String file = pkg.resolve("main.go").toString();
        assertEquals(List.of(
                "{\"ImportPath\":\"example.com/bad\",\"Action\":\"build-output\",\"Output\":\"# example.com/bad\\n\"}",
                "{\"ImportPath\":\"example.com/bad\",\"Action\":\"build-output\",\"Output\":\"" + file
                        + ":4:10: undefined: y\\n\",\"StartPos\":\"" + file + ":4:10\",\"EndPos\":\"" + file + ":4:11\"}",
                "{\"ImportPath\":\"example.com/bad\",\"Action\":\"build-fail\"}"), o.out().lines().toList());
        assertFalse(Files.exists(out));

        Path single = dir.resolve("one.go");
        Files.writeString(single, "package main\n\nfunc main() {\n\tvar s string = 1 < 2 && \"<&>\" == \"\"\n}\n");
        CliTest.Outcome r = tinygo(Map.of(), "run", "-json", "-target=wasi", single.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().startsWith("{\"ImportPath\":\"command-line-arguments\",\"Action\":\"build-output\","), r.out());
        assertTrue(r.out().endsWith("{\"ImportPath\":\"command-line-arguments\",\"Action\":\"build-fail\"}\n"), r.out());
        assertFalse(r.out().contains("<") || r.out().contains("&"), "<, & not escaped as encoding/json does: " + r.out());
    }

    // -print-allocs: the allocations optimisation leaves on the heap, with why

    private static final String ALLOCS = """
            package main

            import "os"

            type point struct{ x, y int }

            var keep *point

            func newPoint(x, y int) *point {
            	return &point{x, y}
            }

            func sum(n int) int {
            	buf := make([]int, n)
            	t := 0
            	for i := range buf {
            		t += i
            	}
            	return t
            }

            func local() int {
            	p := &point{1, 2}
            	return p.x + p.y
            }

            func main() {
            	keep = newPoint(3, 4)
            	big := make([]byte, 10000)
            	big[0] = 1
            	println(keep.x, sum(len(os.Args)+9), local(), big[0])
            }
            """;

    @Test
    void printAllocsListsWhatStaysOnTheHeapAndWhy() throws IOException {
        Path src = dir.resolve("allocs.go");
        Files.writeString(src, ALLOCS);
        Path out = dir.resolve("allocs.wasm");
        CliTest.Outcome o = tinygo(Map.of(), "build", "-target=wasi", "-print-allocs=main\\.", "-o", out.toString(),
                src.toString());
        assertEquals(0, o.code(), o.err());
        assertEquals("", o.out());
        String f = src.toString();
        // &point{...} in newPoint (inlined into main, its address stored in keep; the
        // position is the composite literal's, one column after gc's), make with a
        // size known only at run time, a constant size over wasm's 1 KiB stack-object limit;
        // local's &point never leaves local, so it moved to the stack and is not listed
        assertEquals(List.of(
                f + ":10:10: object allocated on the heap: escapes: its address is stored",
                f + ":14:9: object allocated on the heap: size is not constant",
                f + ":29:9: object allocated on the heap: object size 10000 exceeds maximum stack allocation size 1024"),
                o.err().lines().toList());
        assertTrue(Files.exists(out));

        CliTest.Outcome none = tinygo(Map.of(), "build", "-target=wasi", "-print-allocs=^nothing$", "-o",
                out.toString(), src.toString());
        assertEquals(new CliTest.Outcome(0, "", ""), none);
        CliTest.Outcome only = tinygo(Map.of(), "build", "-target=wasi", "-print-allocs=main.sum", "-o",
                out.toString(), src.toString());
        assertEquals(List.of(f + ":14:9: object allocated on the heap: size is not constant"), only.err().lines().toList());

        CliTest.Outcome bad = tinygo(Map.of(), "build", "-target=wasi", "-print-allocs=(", "-o", out.toString(),
                src.toString());
        assertEquals(1, bad.code());
        assertEquals("invalid -print-allocs=(: Unclosed group\n", bad.err());
    }

    @Test
    void sizeFullHasARowPerPackageThatAddUpToTheImagesSizes() throws IOException {
        Path src = dir.resolve("hello.go");
        Files.writeString(src, "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hello\", 42) }\n");
        Path full = dir.resolve("full.elf");
        Path shortOut = dir.resolve("short.elf");
        CliTest.Outcome f = tinygo(Map.of(), "build", "-size", "full", "-target=cortex-m-qemu", "-o", full.toString(),
                src.toString());
        assertEquals(0, f.code(), f.err());
        CliTest.Outcome s = tinygo(Map.of(), "build", "-size", "short", "-target=cortex-m-qemu", "-o",
                shortOut.toString(), src.toString());
        assertEquals(0, s.code(), s.err());
        assertArrayEquals(Files.readAllBytes(shortOut), Files.readAllBytes(full), "the link map changes no byte");

        List<String> lines = f.out().lines().toList();
        assertEquals("   code  rodata    data     bss |   flash     ram | package", lines.get(0));
        assertEquals("------------------------------- | --------------- | -------", lines.get(1));
        assertEquals(lines.get(1), lines.get(lines.size() - 2));
        java.util.Map<String, long[]> rows = new java.util.LinkedHashMap<>();
        for (String l : lines.subList(2, lines.size() - 2)) {
            String[] c = l.trim().split("[\\s|]+", 7);
            long[] v = new long[6];
            for (int i = 0; i < 6; i++) {
                v[i] = Long.parseLong(c[i]);
            }
            assertEquals(v[0] + v[1] + v[2], v[4], l);
            assertEquals(v[2] + v[3], v[5], l);
            rows.put(c[6], v);
        }
        assertTrue(rows.keySet().containsAll(List.of("fmt", "runtime", "strconv", "unicode/utf8")), rows::toString);
        assertEquals(rows.keySet().stream().sorted().toList(), List.copyOf(rows.keySet()), "sorted by package");
        // the total is the short table's figures, which come from the ELF's section headers
        String[] total = lines.get(lines.size() - 1).trim().split("[\\s|]+");
        String[] shortFigures = s.out().lines().toList().get(1).trim().split("[\\s|]+");
        assertEquals("total", total[6]);
        assertEquals(Long.parseLong(shortFigures[0]), Long.parseLong(total[0]) + Long.parseLong(total[1]), "code");
        assertEquals(shortFigures[1], total[2], "data");
        assertEquals(shortFigures[2], total[3], "bss");
        assertEquals(shortFigures[3], total[4], "flash");
        assertEquals(shortFigures[4], total[5], "ram");
        long[] sum = new long[4];
        rows.values().forEach(v -> {
            for (int i = 0; i < 4; i++) {
                sum[i] += v[i];
            }
        });
        for (int i = 0; i < 4; i++) {
            assertEquals(Long.parseLong(total[i]), sum[i], "column " + i);
        }
    }

    @Test
    void testAndOtherCommandsSayJsonIsNotSupportedYet() {
        CliTest.Outcome o = tinygo(Map.of(), "test", "-json", ".");
        assertEquals(new CliTest.Outcome(1, "", "tinygo: flag -json is not supported by tinygo4j yet\n"), o);
    }

    // bad input: one line, exit 1, no stack trace

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "frobnicate;                 tinygo: unknown command \"frobnicate\" (run 'tinygo help' for usage)",
        "build -opt;                 tinygo: Missing required parameter for option '--opt' (LEVEL) (run 'tinygo build -help' for usage)",
        "build -size=huge x.go;      invalid -size=huge: must be one of none, short, full",
        "run -timeout=10q x.go;      tinygo: Invalid value for option '--timeout': time: unknown unit \"q\" in duration \"10q\" (run 'tinygo run -help' for usage)",
        "build a.go b.go;            tinygo: Unmatched argument at index 2: 'b.go' (run 'tinygo build -help' for usage)",
        "info a b;                   tinygo: Unmatched argument at index 2: 'b' (run 'tinygo info -help' for usage)",
    })
    void badInputIsOneLineAndExitCode1(String args, String message) {
        CliTest.Outcome o = tinygo(Map.of(), args.split(" "));
        assertEquals(1, o.code());
        assertEquals(message + "\n", o.err());
        assertEquals("", o.out());
    }

    @Test
    void aProgramTooLargeForTheJavaHeapIsAPlainErrorAndWritesNothing() throws Exception {
        // 20,000 functions (about 900 KB) in a JVM of 64 MiB: the compilation runs out of
        // heap, which the user can fix, so it is no internal error and names no Java class
        StringBuilder src = new StringBuilder("package main\n\n");
        for (int i = 0; i < 20_000; i++) {
            src.append("func f").append(i).append("(x int) int { return x*3 + ").append(i).append(" }\n");
        }
        src.append("func main() { println(f0(1)) }\n");
        Path pkg = Files.createDirectories(dir.resolve("huge"));
        Files.writeString(pkg.resolve("main.go"), src);
        Path out = pkg.resolve("huge.elf");
        Files.writeString(out, "old");
        CliTest.Outcome o = launch(pkg, Map.of("JAVA_TOOL_OPTIONS", "-Xmx64m"), "build", "-o", out.toString(), ".");
        assertEquals(1, o.code(), o.err());
        String err = o.err().replace("Picked up JAVA_TOOL_OPTIONS: -Xmx64m\n", "");
        assertTrue(err.matches("out of memory: compiling this program needs more than the compiler's \\d+ MiB of Java heap; "
                + "give the JVM more, for example JAVA_TOOL_OPTIONS=-Xmx2g\n"), err);
        assertEquals("", o.out());
        assertEquals("old", Files.readString(out));
    }

    @Test
    void aPackageOfGosSourcesWhoseRuntimeHooksWeLackIsAPlainErrorAndWritesNothing() throws IOException {
        assumeTrue(Files.isExecutable(GO119.resolve("bin/go")), "Go 1.19 is not installed at " + GO119);
        // runtime/metrics declares runtime_readMetrics without a body: gc's runtime
        // supplies it, ours does not (yet)
        Path pkg = Files.createDirectories(dir.resolve("metrics"));
        Files.writeString(pkg.resolve("main.go"), """
                package main

                import "runtime/metrics"

                func main() {
                	s := []metrics.Sample{{Name: "/gc/heap/goal:bytes"}}
                	metrics.Read(s)
                	println(len(s))
                }
                """);
        Path out = pkg.resolve("metrics.elf");
        CliTest.Outcome o = tinygo(Map.of("GOROOT", GO119.toString()), "build", "-o", out.toString(), pkg.toString());
        assertEquals(1, o.code(), o.err());
        assertEquals("package runtime/metrics is not supported on this target yet: the runtime does not provide "
                + "runtime/metrics.runtime_readMetrics (declared without a body in Go's sources; gc's runtime "
                + "supplies it)\n", o.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void helpNamesTheNewCommands() {
        CliTest.Outcome o = tinygo(Map.of(), "help");
        assertEquals(0, o.code(), o.err());
        for (String c : List.of("build", "run", "test", "info", "env", "list", "clean", "version", "targets")) {
            assertTrue(o.out().contains("  " + c + " "), "help does not list " + c + ":\n" + o.out());
        }
    }
}
