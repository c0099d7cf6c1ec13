package org.tinygo4j.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Compiler gives a program built again from the same sources its earlier image
 * without SSA, code generation or link; an edit of any package the program is made of
 * (main, another package of the module, an in-memory buffer) misses, and every image it
 * returns equals what a Compiler without caches builds from the same sources.
 */
class ImageBySourcesTest {
    @TempDir
    Path dir;

    private static final String MAIN = "package main\n\nimport \"example.com/m/greet\"\n\n"
            + "func main() { println(greet.Hello()) }\n";
    private static final String GREET = "package greet\n\nfunc Hello() string { return \"hello\" }\n";

    private void write(String greeting) throws Exception {
        Files.writeString(dir.resolve("greet/greet.go"), GREET.replace("hello", greeting));
    }

    private static byte[] bytes(Compiler c, CompileRequest r) {
        CompileResult result = c.compile(r);
        assertTrue(result.success(), result.diagnostics()::toString);
        return result.artifact().bytes();
    }

    @Test
    void sameSourcesHitAndEveryEditMisses() throws Exception {
        Files.writeString(dir.resolve("go.mod"), "module example.com/m\n\ngo 1.19\n");
        Files.createDirectories(dir.resolve("greet"));
        Files.writeString(dir.resolve("main.go"), MAIN);
        write("hello");
        Compiler c = Compiler.builder().target("wasi").build();
        Compiler fresh = Compiler.builder().target("wasi").cache(false).build();
        CompileRequest request = CompileRequest.of(dir);

        byte[] first = bytes(c, request);
        assertEquals(0, c.imagesBySources());
        assertArrayEquals(first, bytes(c, request), "the same sources again");
        assertEquals(1, c.imagesBySources());

        // another package of the module edited: a miss, and the new program's bytes
        write("bonjour");
        byte[] edited = bytes(c, request);
        assertEquals(1, c.imagesBySources());
        assertFalse(Arrays.equals(first, edited));
        assertArrayEquals(bytes(fresh, request), edited);

        // back as it was: the first program's image again, by its sources
        write("hello");
        assertArrayEquals(first, bytes(c, request));
        assertEquals(2, c.imagesBySources());

        // main replaced by an in-memory buffer: a miss
        CompileRequest buffer = request.withFile(dir.resolve("main.go"), MAIN.replace("println(", "print("));
        byte[] fromBuffer = bytes(c, buffer);
        assertEquals(2, c.imagesBySources());
        assertFalse(Arrays.equals(first, fromBuffer));
        assertArrayEquals(bytes(fresh, buffer), fromBuffer);

        // a listener that hears the link always gets a link
        List<List<String>> commands = new java.util.ArrayList<>();
        CompileRequest heard = request.withListener(new CompileListener() {
            @Override
            public void commandStarted(List<String> argv) {
                commands.add(argv);
            }
        });
        assertArrayEquals(first, bytes(c, heard));
        assertEquals(2, c.imagesBySources());
        assertFalse(commands.isEmpty(), "the link's command was heard");
    }
}
