package org.tinygo4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tinygo4j.codegen.image.ElfImage;

/**
 * TinyGo's build flags on the command line: -gc, -scheduler, -panic, -stack-size, -tags
 * and -ldflags change the program that is built, and a value the target cannot honour
 * ends the command with exit code 1 and one Go-style line, before anything is compiled.
 * Programs run on wasi (Chicory, in this JVM) or the host, which every machine has.
 */
class BuildFlagsTest {

    @TempDir
    Path dir;

    private Path program(String name, String source) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, source);
        return p;
    }

    private Path xvars() throws IOException {
        return program("xvars.go", """
                package main

                var version string
                var commit = "none"
                var count int

                func main() {
                \tprintln(version, commit, count)
                }
                """);
    }

    private static void assertFails(CliTest.Outcome o, String message) {
        assertEquals(1, o.code(), o.err());
        assertEquals(message + "\n", o.err());
        o.assertNoStackTrace();
    }

    @Test
    void ldflagsXSetsStringVariables() throws IOException {
        Path src = xvars();
        CliTest.Outcome plain = CliTest.tinygo("run", "-target=wasi", src.toString());
        assertEquals(" none 0\n", plain.out() + plain.err());
        CliTest.Outcome o = CliTest.tinygo("run", "-target=wasi", "-ldflags=-X main.version=1.2.3 -X 'main.commit=abc def'",
                src.toString());
        assertEquals(0, o.code(), o.err());
        assertEquals("1.2.3 abc def 0\n", o.out() + o.err());
    }

    @Test
    void ldflagsErrors() throws IOException {
        Path src = xvars();
        assertFails(CliTest.tinygo("build", "-target=wasi", "-ldflags=-X main.count=5", src.toString()),
                "main.count: cannot set with -X: not a var of type string (int)");
        assertFails(CliTest.tinygo("build", "-target=wasi", "-ldflags=-linkmode=external", src.toString()),
                "invalid -ldflags: unsupported linker flag -linkmode=external (only -X importpath.name=value, -s and -w"
                        + " are supported)");
        assertFails(CliTest.tinygo("build", "-target=wasi", "-ldflags", "-X version", src.toString()),
                "invalid -ldflags: -X flag requires argument of the form importpath.name=value, got version");
    }

    @Test
    void gcFlag() throws IOException {
        Path src = xvars();
        assertEquals(0, CliTest.tinygo("run", "-target=wasi", "-gc=leaking", src.toString()).code());
        assertEquals(0, CliTest.tinygo("run", "-target=wasi", "-gc=conservative", src.toString()).code());
        Path alloc = program("alloc.go", """
                package main

                var sink *int

                func leak(n int) {
                \tsink = new(int)
                \t*sink = n
                }

                func main() {
                \tleak(3)
                \tshow()
                }

                // out of line, so the optimiser cannot forward the stored pointer and
                // drop the allocation (stores into a global nothing reads go)
                //
                //go:noinline
                func show() {
                \tprintln(*sink)
                }
                """);
        Path out = alloc.resolveSibling("alloc.wasm");
        CliTest.Outcome none = CliTest.tinygo("build", "-target=wasi", "-gc=none", "-o", out.toString(),
                alloc.toString());
        assertEquals(1, none.code());
        assertTrue(none.err().contains("alloc.go:6:9: heap allocation in main.leak: not possible with -gc=none"),
                none.err());
        assertFalse(Files.exists(out), "no output file");
        assertEquals(0, CliTest.tinygo("build", "-target=wasi", "-gc=leaking", "-o", out.toString(),
                alloc.toString()).code());
        assertFails(CliTest.tinygo("build", "-target=wasi", "-gc=precise2", src.toString()),
                "invalid -gc=precise2: must be one of conservative, leaking, none");
    }

    @Test
    void schedulerFlag() throws IOException {
        Path src = program("goroutine.go", """
                package main

                func main() {
                \tc := make(chan int)
                \tgo func() { c <- 42 }()
                \tprintln(<-c)
                }
                """);
        CliTest.Outcome tasks = CliTest.tinygo("run", "-target=host", src.toString());
        assertEquals("42\n", tasks.out() + tasks.err());
        CliTest.Outcome none = CliTest.tinygo("run", "-target=host", "-scheduler=none", src.toString());
        assertEquals(1, none.code());
        assertTrue(none.err().contains("goroutine.go:5:2: not supported yet: go statement"), none.err());
        CliTest.Outcome coroutines = CliTest.tinygo("run", "-target=wasi", src.toString());
        assertEquals("42\n", coroutines.out() + coroutines.err());
        assertFails(CliTest.tinygo("run", "-target=wasi", "-scheduler=tasks", src.toString()),
                "-scheduler=tasks: not supported on target wasi (supported: none, coroutines)");
        assertFails(CliTest.tinygo("run", "-target=host", "-scheduler=threads", src.toString()),
                "invalid -scheduler=threads: must be one of none, tasks, coroutines, asyncify");
    }

    @Test
    void panicFlag() throws IOException {
        Path src = xvars();
        CliTest.Outcome print = CliTest.tinygo("run", "-target=wasi", "-panic=print", src.toString());
        assertEquals(0, print.code());
        CliTest.Outcome trap = CliTest.tinygo("run", "-target=wasi", "-panic=trap", src.toString());
        assertEquals(0, trap.code(), trap.err()); // this program does not panic: the same output
        assertEquals(print.out() + print.err(), trap.out() + trap.err());
        assertFails(CliTest.tinygo("run", "-target=wasi", "-panic=abort", src.toString()),
                "invalid -panic=abort: must be one of print, trap");
    }

    @Test
    void stackSizeFlagSetsTheGoroutineStackSymbol() throws IOException {
        Path src = xvars();
        Path out = dir.resolve("x.elf");
        CliTest.Outcome o = CliTest.tinygo("build", "-target=cortex-m-qemu", "-debug", "-stack-size=8KB", "-o",
                out.toString(), src.toString());
        assertEquals(0, o.code(), o.err());
        ElfImage elf = ElfImage.parse(Files.readAllBytes(out));
        assertEquals(8192, elf.symbol("_tinygo_default_stack_size").orElseThrow().value());
        CliTest.tinygo("build", "-target=cortex-m-qemu", "-debug", "-o", out.toString(), src.toString());
        assertEquals(4096, ElfImage.parse(Files.readAllBytes(out)).symbol("_tinygo_default_stack_size").orElseThrow()
                .value(), "cortex-m-qemu.json's default-stack-size");
        assertFails(CliTest.tinygo("build", "-target=host", "-stack-size=lots", src.toString()),
                "invalid -stack-size=lots: not a size in bytes (e.g. 2048, 4KB)");
        assertFails(CliTest.tinygo("build", "-target=host", "-stack-size=16", src.toString()),
                "invalid -stack-size=16: must be at least 64 bytes");
    }

    @Test
    void tagsFlagSelectsFiles() throws IOException {
        Path pkg = Files.createDirectory(dir.resolve("tagged"));
        Files.writeString(pkg.resolve("main.go"), "package main\n\nfunc main() {\n\tprintln(which)\n}\n");
        Files.writeString(pkg.resolve("on.go"), "//go:build mytag && other\n\npackage main\n\nconst which = \"tagged\"\n");
        Files.writeString(pkg.resolve("off.go"), "//go:build !(mytag && other)\n\npackage main\n\nconst which = \"plain\"\n");
        CliTest.Outcome plain = CliTest.tinygo("run", "-target=wasi", pkg.toString());
        assertEquals("plain\n", plain.out() + plain.err());
        CliTest.Outcome tagged = CliTest.tinygo("run", "-target=wasi", "-tags=mytag,other", pkg.toString());
        assertEquals("tagged\n", tagged.out() + tagged.err());
        CliTest.Outcome spaced = CliTest.tinygo("run", "-target=wasi", "-tags", "mytag other", pkg.toString());
        assertEquals("tagged\n", spaced.out() + spaced.err());
        assertFails(CliTest.tinygo("run", "-target=wasi", "-tags=a-b", pkg.toString()), "invalid -tags: bad build tag \"a-b\"");
    }

    @Test
    void defaultOutputNameComesFromTheConfiguration() throws IOException {
        Path src = xvars();
        Path cwd = Path.of("").toAbsolutePath();
        for (String[] t : new String[][] {{"wasi", "xvars.wasm"}, {"microbit", "xvars.elf"}}) {
            Path expected = cwd.resolve(t[1]);
            try {
                CliTest.Outcome o = CliTest.tinygo("build", "-target=" + t[0], src.toString());
                assertEquals(0, o.code(), o.err());
                assertTrue(Files.isRegularFile(expected), t[1]);
            } finally {
                Files.deleteIfExists(expected);
            }
        }
    }
}
