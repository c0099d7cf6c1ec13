package org.tinygo4j.frontend.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tinygo4j.frontend.diag.Diagnostic;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.source.FileSet;
import org.tinygo4j.frontend.types.Package;
import org.tinygo4j.frontend.types.TypeSizes;

class LoaderTest {
    @TempDir
    Path tmp;

    private static void write(Path p, String s) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, s);
    }

    private LoadedProgram load(Path main, List<SourceRoot> roots, List<String> implicit, Diagnostics d) {
        return Loader.load(new LoadConfig(roots, main, Set.of("tinygo"), "linux", "amd64", new TypeSizes(8, 8, 8), implicit), d);
    }

    private static String errors(Diagnostics d) {
        return d.sorted().stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void loadsModulePackagesAndRootsInDependencyOrder() throws IOException {
        write(tmp.resolve("app/go.mod"), "module example.com/app\n\ngo 1.19\n");
        write(tmp.resolve("app/main.go"), """
                package main

                import (
                	"example.com/app/util"
                	"runtime/volatile"
                )

                func main() {
                	var x uint32
                	volatile.StoreUint32(&x, uint32(util.Double(2)))
                	println(helper())
                }
                """);
        write(tmp.resolve("app/helper.go"), "package main\n\nfunc helper() int { return 1 }\n");
        write(tmp.resolve("app/helper_test.go"), "package main\n\nthis is not Go\n");
        write(tmp.resolve("app/util/util.go"), "package util\n\nfunc Double(x int) int { return 2 * x }\n");
        write(tmp.resolve("std/runtime/volatile/volatile.go"), """
                package volatile

                func StoreUint32(addr *uint32, val uint32)
                """);
        write(tmp.resolve("std/runtime/runtime.go"), "package runtime\n\nvar heap [16]byte\n");
        Diagnostics d = new Diagnostics(new FileSet());
        LoadedProgram p = load(tmp.resolve("app"), List.of(new DirectorySourceRoot(tmp.resolve("std"))), List.of("runtime"), d);
        assertEquals("", errors(d));
        List<String> paths = p.packages().stream().map(Package::path).toList();
        assertEquals(List.of("runtime", "example.com/app/util", "runtime/volatile", "main"), paths);
        assertEquals("main", p.main().name());
        assertNotNull(p.main().scope().lookup("helper"));
    }

    @Test
    void buildConstraintsSelectFiles() throws IOException {
        write(tmp.resolve("m/main.go"), "package main\n\nfunc main() { println(which()) }\n");
        write(tmp.resolve("m/a_linux.go"), "package main\n\nfunc which() int { return 1 }\n");
        write(tmp.resolve("m/a_windows.go"), "package main\n\nfunc which() int { return 2 }\n");
        write(tmp.resolve("m/b.go"), "//go:build !tinygo || (arm && !linux)\n\npackage main\n\nfunc which() int { return 3 }\n");
        write(tmp.resolve("m/c.go"), "// Copyright\n\n//go:build tinygo && (linux || darwin)\n\npackage main\n\nfunc extra() {}\n");
        Diagnostics d = new Diagnostics(new FileSet());
        LoadedProgram p = load(tmp.resolve("m"), List.of(), List.of(), d);
        assertEquals("", errors(d));
        assertNotNull(p.main().scope().lookup("extra"));
        assertEquals(3, p.main().files().size());
    }

    @Test
    void missingPackageIsReportedAtTheImport() throws IOException {
        write(tmp.resolve("m/main.go"), "package main\n\nimport \"example.com/bar\"\n\nfunc main() { bar.X() }\n");
        Diagnostics d = new Diagnostics(new FileSet());
        load(tmp.resolve("m/main.go"), List.of(), List.of(), d);
        assertEquals(tmp.resolve("m/main.go") + ":3:8: could not import example.com/bar (cannot find package)",
                errors(d));
    }

    @Test
    void standardPackageWithoutGorootIsNotBuiltIn() throws IOException {
        write(tmp.resolve("m/main.go"), "package main\n\nimport (\n\t\"fmt\"\n\t\"encoding/json\"\n)\n\n"
                + "func main() { fmt.X(); json.Valid(nil) }\n");
        write(tmp.resolve("std/fmt/fmt.go"), "package fmt\n\nfunc X() {}\n");
        Diagnostics d = new Diagnostics(new FileSet());
        load(tmp.resolve("m/main.go"), List.of(new DirectorySourceRoot(tmp.resolve("std"))), List.of(), d);
        assertEquals(tmp.resolve("m/main.go") + ":5:2: package encoding/json is not built in; install Go (or set"
                + " GOROOT) to compile it from Go's sources", errors(d));
    }

    @Test
    void goModsGoDirectiveSetsTheLanguageVersionOfTheMainModule() throws IOException {
        // gc's -lang comes from go.mod: slice to array conversions need go1.20
        String main = "package main\n\nfunc main() {\n\ts := []int{1}\n\t_ = [1]int(s)\n}\n";
        write(tmp.resolve("old/go.mod"), "module old\n\ngo 1.19\n");
        write(tmp.resolve("old/main.go"), main);
        Diagnostics d = new Diagnostics(new FileSet());
        load(tmp.resolve("old"), List.of(), List.of(), d);
        assertTrue(errors(d).endsWith("main.go:5:13: cannot convert s (variable of type []int) to type [1]int:"
                + " conversion of slices to arrays requires go1.20 or later"), errors(d));
        write(tmp.resolve("new/go.mod"), "module new\n\ngo 1.20\n");
        write(tmp.resolve("new/main.go"), main);
        Diagnostics d2 = new Diagnostics(new FileSet());
        load(tmp.resolve("new"), List.of(), List.of(), d2);
        assertEquals("", errors(d2));
    }

    @Test
    void importCycleIsReported() throws IOException {
        write(tmp.resolve("m/go.mod"), "module m\n");
        write(tmp.resolve("m/main.go"), "package main\n\nimport \"m/a\"\n\nfunc main() { a.A() }\n");
        write(tmp.resolve("m/a/a.go"), "package a\n\nimport \"m/b\"\n\nfunc A() { b.B() }\n");
        write(tmp.resolve("m/b/b.go"), "package b\n\nimport \"m/a\"\n\nfunc B() { a.A() }\n");
        Diagnostics d = new Diagnostics(new FileSet());
        load(tmp.resolve("m"), List.of(), List.of(), d);
        // go build's words (Go 1.19): the chain from the main package, without a position
        assertEquals("package m\n\timports m/a\n\timports m/b\n\timports m/a: import cycle not allowed", errors(d));
    }

    @Test
    void missingMainIsAPlainDiagnostic() {
        Diagnostics d = new Diagnostics(new FileSet());
        LoadedProgram p = load(Path.of("nofile.go"), List.of(), List.of(), d);
        assertEquals("stat nofile.go: no such file or directory", errors(d));
        assertTrue(p.packages().isEmpty());
    }

    @Test
    void typeErrorsInImportedPackagesAreReported() throws IOException {
        write(tmp.resolve("m/go.mod"), "module m\n");
        write(tmp.resolve("m/main.go"), "package main\n\nimport \"m/a\"\n\nfunc main() { a.A(1) }\n");
        write(tmp.resolve("m/a/a.go"), "package a\n\nfunc A() { x := 1 }\n");
        Diagnostics d = new Diagnostics(new FileSet());
        load(tmp.resolve("m"), List.of(), List.of(), d);
        String e = errors(d);
        assertTrue(e.contains("a.go:3:12: x declared but not used"), e);
        assertTrue(e.contains("main.go:5:19: too many arguments in call to a.A\n\thave (number)\n\twant ()"), e);
    }

    @Test
    void unexportedMethodNamesOfDifferentPackagesAreDifferentMethods() throws IOException {
        // expected message from go 1.19 (go build) on the same two packages
        write(tmp.resolve("m/go.mod"), "module m\n");
        write(tmp.resolve("m/lib/lib.go"), "package lib\n\ntype T struct{}\n\nfunc (t *T) m() string { return \"lib\" }\n");
        write(tmp.resolve("m/main.go"), """
                package main

                import "m/lib"

                type localI interface{ m() string }

                type localT struct{}

                func (t *localT) m() string { return "main" }

                type both struct {
                	localT
                	lib.T
                }

                func main() {
                	var i localI = new(both)
                	println(i.m())
                	i = new(lib.T)
                }
                """);
        Diagnostics d = new Diagnostics(new FileSet());
        load(tmp.resolve("m"), List.of(), List.of(), d);
        assertEquals(tmp.resolve("m/main.go") + ":19:6: cannot use new(lib.T) (value of type *lib.T) as type localI in assignment:\n"
                + "\t*lib.T does not implement localI (missing m method)", errors(d));
    }

    @Test
    void classpathRootInDirectoryAndInJar() throws IOException {
        Path res = tmp.resolve("res");
        write(res.resolve("gosrc/ROOT"), "");
        write(res.resolve("gosrc/lib/lib.go"), "package lib\n\nconst N = 3\n");
        Path jar = tmp.resolve("go.jar");
        try (OutputStream os = Files.newOutputStream(jar); ZipOutputStream z = new ZipOutputStream(os)) {
            for (String name : List.of("gosrc/ROOT", "gosrc/lib/lib.go")) {
                z.putNextEntry(new ZipEntry(name));
                z.write(Files.readAllBytes(res.resolve(name)));
                z.closeEntry();
            }
        }
        for (URL url : List.of(res.toUri().toURL(), jar.toUri().toURL())) {
            try (URLClassLoader cl = new URLClassLoader(new URL[] {url}, null);
                 ClasspathSourceRoot root = new ClasspathSourceRoot(cl, "gosrc/ROOT")) {
                List<SourceFile> files = root.packageFiles("lib").orElseThrow();
                assertEquals(1, files.size());
                assertEquals("gosrc/lib/lib.go", files.get(0).displayPath());
                assertEquals("package lib\n\nconst N = 3\n", new String(files.get(0).content(), StandardCharsets.UTF_8));
                assertFalse(root.packageFiles("nope").isPresent());
            }
        }
    }

    @Test
    void buildExpressions() {
        BuildConstraints bc = new BuildConstraints(Set.of("tinygo", "baremetal"), "linux", "arm");
        assertTrue(bc.eval("tinygo && baremetal"));
        assertTrue(bc.eval("!wasm && (arm || avr)"));
        assertFalse(bc.eval("tinygo && !baremetal"));
        assertTrue(bc.eval("unix && go1.19"));
        assertFalse(bc.eval("go1.22"));
        assertFalse(bc.eval("(arm"));
        assertTrue(bc.matchName("x_linux_arm.go"));
        assertFalse(bc.matchName("x_linux_amd64.go"));
        assertFalse(bc.matchName("x_test.go"));
        assertTrue(bc.matchName("x_foo.go"));
    }
}
