package org.tinygo4j.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Compiler keeps the runtime and library packages it checked: the second compilation
 * of a fmt program takes every one of them from the cache (the listener hears
 * fromCache) and checks only the main package again, with the same bytes out.
 */
class CacheTest {
    @TempDir
    Path dir;

    private static final String FMT = "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hello\", 42) }\n";

    /** How each package was checked in one compilation: import path to fromCache. */
    private static Map<String, Boolean> checks(Compiler c, CompileRequest request, CompileResult[] result) {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        result[0] = c.compile(request.withListener(new CompileListener() {
            @Override
            public void packageChecked(String importPath, boolean fromCache) {
                seen.put(importPath, fromCache);
            }
        }));
        assertTrue(result[0].success(), result[0].diagnostics()::toString);
        return seen;
    }

    @Test
    void theSecondCompileDoesNotCheckTheCachedPackagesAgain() {
        Compiler c = Compiler.builder().target("wasi").build();
        CompileRequest request = CompileRequest.ofSource(dir.resolve("hello.go"), FMT);
        CompileResult[] first = new CompileResult[1];
        Map<String, Boolean> cold = checks(c, request, first);
        assertTrue(cold.keySet().containsAll(java.util.List.of("runtime", "fmt", "strconv", "main")), cold::toString);
        assertTrue(cold.values().stream().noneMatch(b -> b), "nothing is cached yet: " + cold);
        assertTrue(c.cachedPackages().containsAll(java.util.List.of("runtime", "fmt")), c.cachedPackages()::toString);

        CompileResult[] second = new CompileResult[1];
        Map<String, Boolean> warm = checks(c, request, second);
        assertEquals(cold.keySet(), warm.keySet());
        warm.forEach((pkg, cached) -> assertEquals(!pkg.equals("main"), cached, pkg));
        assertArrayEquals(first[0].artifact().bytes(), second[0].artifact().bytes());

        // an edit of main changes nothing for the rest
        CompileResult[] edited = new CompileResult[1];
        Map<String, Boolean> afterEdit = checks(c, CompileRequest.ofSource(dir.resolve("hello.go"),
                FMT.replace("42", "43")), edited);
        afterEdit.forEach((pkg, cached) -> assertEquals(!pkg.equals("main"), cached, pkg));

        // without the cache every package is checked every time
        Compiler uncached = Compiler.builder().target("wasi").cache(false).build();
        CompileResult[] u = new CompileResult[1];
        checks(uncached, request, u);
        assertTrue(checks(uncached, request, u).values().stream().noneMatch(b -> b));
        assertArrayEquals(first[0].artifact().bytes(), u[0].artifact().bytes());
    }
}
