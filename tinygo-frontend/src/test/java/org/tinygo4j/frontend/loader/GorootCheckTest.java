package org.tinygo4j.frontend.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tinygo4j.frontend.diag.Diagnostic;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.source.FileSet;
import org.tinygo4j.frontend.types.TypeSizes;

/**
 * Loads and checks real packages of the reference Go 1.19 tree (when installed): a
 * program importing them must check without any diagnostic.
 */
class GorootCheckTest {
    private static final Path GOROOT_SRC = Path.of("/usr/lib/go-1.19/src");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"unicode/utf8", "strconv", "sync/atomic", "fmt", "math/big", "encoding/json",
        "text/template"})
    void checksCleanly(String pkg) throws IOException {
        assumeTrue(Files.isDirectory(GOROOT_SRC));
        String name = pkg.substring(pkg.lastIndexOf('/') + 1);
        Files.writeString(tmp.resolve("main.go"), "package main\n\nimport _ \"" + pkg + "\"\n\nfunc main() {}\n");
        Diagnostics d = new Diagnostics(new FileSet());
        Loader.load(new LoadConfig(List.of(new DirectorySourceRoot(GOROOT_SRC)), tmp.resolve("main.go"), Set.of("gc"),
                "linux", "amd64", new TypeSizes(8, 8, 8), List.of()), d);
        String errs = d.sorted().stream().map(Diagnostic::toString).limit(60).collect(Collectors.joining("\n"));
        assertEquals("", errs, name);
    }
}
