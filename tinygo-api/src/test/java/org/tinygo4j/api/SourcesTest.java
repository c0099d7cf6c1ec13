package org.tinygo4j.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sources from anywhere: a file, several files, a directory, and in-memory contents
 * (the overlay) that replace or add to the disk's, as an editor's unsaved buffers do.
 * The programs are compiled for the host and run, so the output shows which contents
 * were compiled.
 */
class SourcesTest {
    @TempDir
    Path dir;

    private final Compiler host = Compiler.builder().target("host").build();

    private Path write(String name, String source) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, source);
        return p;
    }

    /** Compiles for the host, runs the program and returns what it printed (println writes to stderr). */
    private String run(CompileRequest request) throws Exception {
        Path exe = dir.resolve("prog-" + System.nanoTime());
        CompileResult r = host.compile(request.withOutput(exe));
        assertTrue(r.success(), r.diagnostics()::toString);
        Process p = new ProcessBuilder(exe.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        return new String(p.getInputStream().readAllBytes());
    }

    @Test
    void anInMemorySourceThatIsNotOnDisk() throws Exception {
        Path path = dir.resolve("buffer.go");
        String out = run(CompileRequest.ofSource(path, "package main\n\nfunc main() { println(\"from memory\") }\n"));
        assertEquals("from memory\n", out);
        assertFalse(Files.exists(path));
    }

    @Test
    void theOverlayReplacesTheFileOnDisk() throws Exception {
        Path src = write("main.go", "package main\n\nfunc main() { println(\"saved\") }\n");
        String out = run(CompileRequest.of(src).withFile(src, "package main\n\nfunc main() { println(\"unsaved\") }\n"));
        assertEquals("unsaved\n", out);
    }

    @Test
    void aDirectoryWithAnOverlayFileAddedAndOneReplaced() throws Exception {
        write("app/main.go", "package main\n\nfunc main() { println(greeting(), name) }\n");
        Path g = write("app/greet.go", "package main\n\nfunc greeting() string { return \"hello\" }\n");
        String out = run(CompileRequest.of(dir.resolve("app")).withOverlay(Map.of(
                g, "package main\n\nfunc greeting() string { return \"hi\" }\n",
                dir.resolve("app/name.go"), "package main\n\nvar name = \"editor\"\n")));
        assertEquals("hi editor\n", out);
    }

    @Test
    void namedFilesAreThePackageWithoutTheRestOfTheirDirectory() throws Exception {
        Path a = write("pkg/a.go", "package main\n\nfunc main() { println(b()) }\n");
        Path b = write("pkg/b.go", "package main\n\nfunc b() int { return 42 }\n");
        write("pkg/c.go", "package main\n\nfunc b() int { return 7 }\n"); // would redeclare b
        assertEquals("42\n", run(CompileRequest.ofFiles(a, b)));
    }

    @Test
    void theOverlayReachesThePackagesOfTheModule() throws Exception {
        write("mod/go.mod", "module example.com/m\n\ngo 1.19\n");
        Path main = write("mod/main.go", "package main\n\nimport \"example.com/m/lib\"\n\n"
                + "func main() { println(lib.Name()) }\n");
        // lib exists only in memory
        String out = run(CompileRequest.of(main).withFile(dir.resolve("mod/lib/lib.go"),
                "package lib\n\nfunc Name() string { return \"lib in memory\" }\n"));
        assertEquals("lib in memory\n", out);
    }

    @Test
    void filesOfTwoDirectoriesAreRefusedBeforeAnyWork() throws IOException {
        Path a = write("x/a.go", "package main\n\nfunc main() {}\n");
        Path b = write("y/b.go", "package main\n");
        CompileResult r = host.compile(CompileRequest.ofFiles(a, b));
        assertFalse(r.success());
        assertEquals(Diagnostic.Category.ENVIRONMENT, r.diagnostics().get(0).category());
        assertTrue(r.diagnostics().get(0).message().contains("one directory"), r.diagnostics()::toString);
    }
}
