package org.tinygo4j.codegen.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tinygo4j.boards.config.BuildConfig;
import org.tinygo4j.codegen.Codegen;
import org.tinygo4j.codegen.CodegenTesting;
import org.tinygo4j.codegen.LinkObserver;
import org.tinygo4j.ssa.ir.Program;

/**
 * A code generator builds a program it built before (the same lowered module) from its
 * image cache: the same bytes, without the optimiser and the linker, unless an observer
 * wants to see the link; a program whose code differs is built anew.
 */
class CachedImagesTest {
    @TempDir
    Path dir;

    private Program program(BuildConfig config, String name, String text) throws Exception {
        Path p = Files.createDirectories(dir.resolve(name)).resolve("main.go");
        Files.writeString(p, "package main\n\nfunc main() {\n\tfor i := 0; i < 3; i++ {\n\t\tprintln(" + text
                + ", i)\n\t}\n}\n");
        return CodegenTesting.program(config, p);
    }

    @Test
    void theSameProgramAgainComesFromTheCacheWithTheSameBytes() throws Exception {
        BuildConfig config = CodegenTesting.config("cortex-m-qemu");
        Program a = program(config, "a", "\"a\"");
        Program b = program(config, "b", "\"b\"");
        byte[] fresh = new Codegen(false).compile(a, config, "main").bytes();
        Codegen codegen = new Codegen();
        byte[] first = codegen.compile(a, config, "main").bytes();
        assertEquals(0, codegen.cachedImageHits());
        byte[] again = codegen.compile(program(config, "a2", "\"a\""), config, "main").bytes();
        assertEquals(1, codegen.cachedImageHits(), "the same code from another file is a hit");
        assertArrayEquals(fresh, first);
        assertArrayEquals(fresh, again);
        byte[] other = codegen.compile(b, config, "main").bytes();
        assertFalse(Arrays.equals(first, other), "another string, another image");
        assertArrayEquals(new Codegen(false).compile(b, config, "main").bytes(), other);
        assertEquals(1, codegen.cachedImageHits(), "another string is a miss");
        assertArrayEquals(fresh, codegen.compile(a, config, "main").bytes());
        assertEquals(2, codegen.cachedImageHits());
    }

    @Test
    void anObservedBuildLinksEvenWhenCached() throws Exception {
        BuildConfig config = CodegenTesting.config("wasi");
        Program a = program(config, "a", "\"a\"");
        Codegen codegen = new Codegen();
        byte[] first = codegen.compile(a, config, "main").bytes();
        List<List<String>> commands = new ArrayList<>();
        byte[] observed = codegen.withObserver(new LinkObserver() {
            @Override
            public void command(List<String> argv) {
                commands.add(argv);
            }
        }).compile(a, config, "main").bytes();
        assertEquals(1, commands.size());
        assertArrayEquals(first, observed);
    }
}
