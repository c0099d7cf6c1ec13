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
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.run.EmulatorRunner;
import org.tinygo4j.run.RunOptions;
import org.tinygo4j.run.RunResult;
import org.tinygo4j.run.Runner;

/**
 * Programs in Go modules: a module cache built in a temporary folder (extracted module
 * directories plus the cache/download .mod and .ziphash files the go command wants, so
 * Go 1.19 itself builds the same module with GOPROXY=off), the program compiled by us
 * for host, wasi and cortex-m-qemu and its output compared with what Go 1.19's
 * `go run` prints for the same folder. Covered: the main module's own packages,
 * upper-case module paths (the cache's "!x" encoding), minimal version selection of a
 * requirement of a requirement, a directory replacement, a version replacement by
 * another module, vendor/ with vendor/modules.txt, and a missing module's error.
 */
class ModulesTest {
    private static final Path GO = Path.of("/usr/lib/go-1.19/bin/go");

    @TempDir
    Path tmp;

    /** Writes files (relative path to content) under dir. */
    private static void write(Path dir, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** Puts module path@version into the cache as `go mod download` leaves it. */
    private static void cacheModule(Path cache, String path, String version, String goMod, Map<String, String> files)
            throws IOException {
        String esc = escape(path);
        Path dir = cache.resolve(esc + "@" + escape(version));
        write(dir, files);
        Files.writeString(dir.resolve("go.mod"), goMod);
        Path dl = cache.resolve("cache/download").resolve(esc).resolve("@v");
        Files.createDirectories(dl);
        Files.writeString(dl.resolve(escape(version) + ".mod"), goMod);
        // the go command takes an extracted module as complete when its .ziphash exists;
        // with GOSUMDB=off and -mod=mod the hash is recorded in go.sum, not verified
        Files.writeString(dl.resolve(escape(version) + ".ziphash"), "h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n");
    }

    /** The cache's case encoding, written here independently of the compiler's. */
    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isUpperCase(c)) {
                b.append('!').append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A main module using every kind of dependency; returns its folder. */
    private Path moduleCacheProgram(Path cache) throws IOException {
        cacheModule(cache, "example.com/Greeter", "v1.1.0",
                "module example.com/Greeter\n\ngo 1.19\n\nrequire example.com/util v0.3.0\n",
                Map.of("greet/greet.go", """
                        package greet

                        import "example.com/util"

                        func Hello(name string) string { return util.Wrap("hello, " + name) }
                        """));
        cacheModule(cache, "example.com/Greeter", "v1.0.0", "module example.com/Greeter\n\ngo 1.19\n",
                Map.of("greet/greet.go", """
                        package greet

                        func Hello(name string) string { return "old greeter " + name }
                        """));
        for (String v : List.of("v0.2.0", "v0.3.0")) {
            cacheModule(cache, "example.com/util", v, "module example.com/util\n\ngo 1.19\n", Map.of("util.go", """
                    package util

                    func Wrap(s string) string { return "[" + s + " (util %s)]" }
                    """.formatted(v)));
        }
        cacheModule(cache, "example.com/fork", "v1.0.0", "module example.com/fork\n\ngo 1.19\n",
                Map.of("shout/shout.go", """
                        package shout

                        import "strings"

                        func Loud(s string) string { return strings.Repeat("!", 3) + s + " (from the fork)" }
                        """));
        Path local = tmp.resolve("local");
        write(local, Map.of("go.mod", "module example.com/local\n\ngo 1.19\n", "local.go", """
                package local

                // Name is defined by the local replacement.
                func Name() string { return "local module" }
                """));
        Path app = tmp.resolve("work/app");
        write(app, Map.of("go.mod", """
                module example.com/app

                go 1.19

                require (
                	example.com/Greeter v1.1.0
                	example.com/local v0.0.0 // replaced below
                	example.com/old v1.0.0
                	example.com/util v0.2.0 // indirect: Greeter v1.1.0 needs v0.3.0, which minimal version selection picks
                )

                replace example.com/local => ../../local

                replace example.com/old v1.0.0 => example.com/fork v1.0.0
                """, "internal/calc/calc.go", """
                package calc

                func Double(x int) int { return 2 * x }
                """, "cmd/hello/main.go", """
                package main

                import (
                	"fmt"

                	"example.com/Greeter/greet"
                	"example.com/app/internal/calc"
                	"example.com/local"
                	"example.com/old/shout"
                )

                func main() {
                	fmt.Println(greet.Hello("modules"))
                	fmt.Println(calc.Double(21), local.Name())
                	fmt.Println(shout.Loud("replaced"))
                }
                """));
        return app;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"host", "wasi", "cortex-m-qemu"})
    void moduleCacheProgramRunsLikeGo(String target) throws Exception {
        Path cache = tmp.resolve("gomodcache");
        Path app = moduleCacheProgram(cache);
        String ours = runOurs(target, cache, app.resolve("cmd/hello"));
        String go = goRun(app, "./cmd/hello", cache, "mod");
        assertEquals(go, ours);
        // a file of the package, named alone, finds the same module
        assertEquals(go, runOurs(target, cache, app.resolve("cmd/hello/main.go")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"host", "wasi", "cortex-m-qemu"})
    void vendoredProgramRunsLikeGo(String target) throws Exception {
        Path app = tmp.resolve("vendored");
        write(app, Map.of("go.mod", """
                module example.com/vend

                go 1.19

                require example.com/Colors v0.1.0
                """, "vendor/modules.txt", """
                # example.com/Colors v0.1.0
                ## explicit; go 1.19
                example.com/Colors/palette
                """, "vendor/example.com/Colors/palette/palette.go", """
                package palette

                var Names = []string{"red", "green", "blue"}
                """, "main.go", """
                package main

                import (
                	"fmt"

                	"example.com/Colors/palette"
                )

                func main() {
                	for i, n := range palette.Names {
                		fmt.Println(i, n)
                	}
                }
                """));
        // an empty module cache: everything must come from vendor/
        Path cache = tmp.resolve("emptycache");
        Files.createDirectories(cache);
        String ours = runOurs(target, cache, app);
        assertEquals(goRun(app, ".", cache, "vendor"), ours);
    }

    @Test
    void missingModuleIsAnErrorNamingIt() throws Exception {
        Path app = tmp.resolve("missing");
        write(app, Map.of("go.mod", "module example.com/m\n\ngo 1.19\n\nrequire example.com/gone v1.0.0\n",
                "main.go", """
                package main

                import "example.com/gone/pkg"

                func main() { pkg.F() }
                """));
        Path cache = tmp.resolve("nocache");
        Files.createDirectories(cache);
        Compiler c = Compiler.builder().target("host").modCache(cache).build();
        CompileResult r = c.compile(CompileRequest.of(app));
        assertFalse(r.success());
        String msgs = r.diagnostics().stream().map(Object::toString).collect(Collectors.joining("\n"));
        assertTrue(msgs.contains("main.go:3:8: example.com/gone@v1.0.0: module not in the module cache"), msgs);
        assertTrue(msgs.contains("run 'go mod download example.com/gone'"), msgs);
        assertEquals(1, r.diagnostics().size(), msgs);

        // a package no requirement provides
        Files.writeString(app.resolve("main.go"), "package main\n\nimport \"example.org/nobody/x\"\n\nfunc main() { x.F() }\n");
        r = c.compile(CompileRequest.of(app));
        String msgs2 = r.diagnostics().stream().map(Object::toString).collect(Collectors.joining("\n"));
        assertTrue(msgs2.contains("main.go:3:8: no required module provides package example.org/nobody/x"), msgs2);
    }

    private static String runOurs(String target, Path cache, Path source) throws Exception {
        Compiler c = Compiler.builder().target(target).modCache(cache).build();
        Runner runner = Runner.forConfig(c.config()).orElseThrow();
        Emulators.requireOrSkip(runner);
        CompileResult r = c.compile(CompileRequest.of(source));
        assertTrue(r.success(), () -> "compile failed:\n" + r.diagnostics().stream()
                .map(Object::toString).collect(Collectors.joining("\n")));
        byte[] image = r.artifact().image() != null ? r.artifact().image() : r.artifact().bytes();
        RunResult run = runner.run(image, RunOptions.defaults());
        assertFalse(run.timedOut(), () -> "timed out; output so far:\n" + run.output() + run.stderr());
        assertEquals(0, run.exitCode(), () -> "exit code; stderr: " + run.stderr());
        return runner instanceof EmulatorRunner ? run.output().replace("\r\n", "\n") : run.output();
    }

    /** What Go 1.19 prints for `go run pkg` in dir, offline, with the given -mod mode. */
    private static String goRun(Path dir, String pkg, Path cache, String mode) throws Exception {
        assumeTrue(Files.isExecutable(GO), "Go 1.19 not installed (Debian package golang-1.19-go)");
        ProcessBuilder pb = new ProcessBuilder(GO.toString(), "run", pkg).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("GOFLAGS", "-mod=" + mode);
        env.put("GOMODCACHE", cache.toString());
        env.put("GOPROXY", "off");
        env.put("GOSUMDB", "off");
        env.put("GOWORK", "off");
        env.put("GOTOOLCHAIN", "local");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "go run timed out");
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), () -> "go run failed:\n" + text);
        return text;
    }
}
