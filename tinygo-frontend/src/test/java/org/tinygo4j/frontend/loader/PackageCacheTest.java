package org.tinygo4j.frontend.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.source.FileSet;
import org.tinygo4j.frontend.types.Package;
import org.tinygo4j.frontend.types.TypeSizes;

/**
 * The package cache: a second load takes unchanged packages without checking them, lists
 * them in the same dependency order with their Info, and checks again a package whose
 * files changed and every package that imports it.
 */
class PackageCacheTest {
    @TempDir
    Path tmp;

    private static void write(Path p, String s) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, s);
    }

    private record Load(LoadedProgram program, Map<String, Boolean> checked, Diagnostics diags) {}

    private Load load(PackageCache cache, Path main, SourceRoot std) {
        Map<String, Boolean> checked = new LinkedHashMap<>();
        LoadListener listener = new LoadListener() {
            @Override
            public void packageChecked(String importPath, boolean fromCache) {
                checked.put(importPath, fromCache);
            }
        };
        Diagnostics d = new Diagnostics(new FileSet(cache.fileSet()));
        LoadedProgram p = Loader.load(new LoadConfig(List.of(std), main, Set.of(), "linux", "amd64", new TypeSizes(8, 8, 8),
                List.of("runtime")), d, cache, new Loader.Options(Overlay.NONE, List.of(), listener));
        return new Load(p, checked, d);
    }

    @Test
    void unchangedPackagesComeFromTheCacheAndChangedOnesAreCheckedAgain() throws IOException {
        write(tmp.resolve("std/runtime/runtime.go"), "package runtime\n\nvar x int\n");
        write(tmp.resolve("std/b/b.go"), "package b\n\nconst N = 2\n");
        write(tmp.resolve("std/a/a.go"), "package a\n\nimport \"b\"\n\nfunc F() int { return b.N * 3 }\n");
        write(tmp.resolve("std/c/c.go"), "package c\n\nfunc G() int { return 1 }\n");
        Path main = tmp.resolve("main.go");
        write(main, "package main\n\nimport (\n\t\"a\"\n\t\"c\"\n)\n\nfunc main() { println(a.F() + c.G()) }\n");
        SourceRoot std = new DirectorySourceRoot(tmp.resolve("std"));
        PackageCache cache = new PackageCache(root -> true);

        Load cold = load(cache, main, std);
        assertEquals(List.of(), cold.diags().sorted());
        assertEquals(Map.of("runtime", false, "b", false, "a", false, "c", false, "main", false), cold.checked());
        assertEquals(Set.of("runtime", "a", "b", "c"), cache.paths());

        Load warm = load(cache, main, std);
        assertEquals(Map.of("runtime", true, "b", true, "a", true, "c", true, "main", false), warm.checked());
        List<String> order = cold.program().packages().stream().map(Package::path).toList();
        assertEquals(order, warm.program().packages().stream().map(Package::path).toList());
        Package a = warm.program().packages().get(order.indexOf("a"));
        assertSame(cold.program().packages().get(order.indexOf("a")), a);
        // the Info of the program covers the cached packages' syntax too
        var decl = a.files().get(0).decls().get(1);
        assertTrue(warm.program().info().defs.containsKey(((org.tinygo4j.frontend.ast.Decl.FuncDecl) decl).name()));

        write(tmp.resolve("std/b/b.go"), "package b\n\nconst N = 5\n");
        Load changed = load(cache, main, std);
        assertEquals(Map.of("runtime", true, "b", false, "a", false, "c", true, "main", false), changed.checked());
        assertEquals(List.of(), changed.diags().sorted());
    }

    @Test
    void aChildFileSetResolvesTheCachedPackagesPositions() throws IOException {
        write(tmp.resolve("std/runtime/runtime.go"), "package runtime\n\nvar x int\n");
        Path main = tmp.resolve("main.go");
        write(main, "package main\n\nfunc main() { println(y) }\n");
        PackageCache cache = new PackageCache(root -> true);
        Load l = load(cache, main, new DirectorySourceRoot(tmp.resolve("std")));
        assertEquals(main + ":3:23: undefined: y", l.diags().sorted().get(0).toString());
        int runtimePos = l.program().packages().get(0).files().get(0).pos();
        assertTrue(runtimePos < FileSet.CHILD_BASE);
        assertTrue(l.diags().fileSet().position(runtimePos).file().endsWith("runtime.go"));
    }
}
