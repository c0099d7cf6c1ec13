package org.tinygo4j.boards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A provider's targets and Go sources are found by listing its resource folders, in a
 * classes directory and inside a jar alike, so adding a board needs no Java change.
 */
class ResourceListingTest {

    @TempDir
    Path dir;

    /** A board pack with one board and one Go file: a provider that only names its base. */
    record JarBoards(ClassLoader loader) implements BoardProvider {
        @Override
        public String resourceBase() {
            return "com/example/boards/";
        }

        @Override
        public ClassLoader classLoader() {
            return loader;
        }
    }

    private static void put(JarOutputStream jar, String name, String text) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(text.getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
    }

    @Test
    void listsABoardPackJar() throws IOException, TargetException {
        Path jarFile = dir.resolve("pack.jar");
        try (OutputStream out = Files.newOutputStream(jarFile); JarOutputStream jar = new JarOutputStream(out)) {
            // as a build tool may write it: no directory entries, only files
            put(jar, "META-INF/services/org.tinygo4j.boards.BoardProvider", "com.example.boards.Pack\n");
            put(jar, "com/example/boards/targets/my-qemu.json",
                    "{\"inherits\": [\"cortex-m-qemu\"], \"build-tags\": [\"mine\"]}");
            put(jar, "com/example/boards/targets/my-base.json", "{\"inherits\": [\"cortex-m3\"]}");
            put(jar, "com/example/boards/targets/notes.txt", "not a target");
            put(jar, "com/example/boards/src/machine/mine.go", "package machine\n");
            put(jar, "com/example/boards/src/machine/README", "not Go");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jarFile.toUri().toURL()},
                ResourceListingTest.class.getClassLoader())) {
            JarBoards pack = new JarBoards(loader);
            assertEquals(List.of("my-base", "my-qemu"), pack.targetNames());
            assertEquals(List.of("machine/mine.go"), pack.goSourceFiles());
            TargetRegistry registry = TargetRegistry.of(List.of(pack, new BuiltinBoards()));
            assertTrue(registry.names().contains("my-qemu"), registry.names().toString());
            assertTrue(!registry.names().contains("my-base"), "a base JSON (nothing to run or flash) is not listed");
            assertTrue(registry.resolve("my-qemu").hasTag("mine"));
        }
    }

    @Test
    void theBuiltinBoardsAreListedFromTheirFolder() {
        BuiltinBoards builtin = new BuiltinBoards();
        assertTrue(builtin.targetNames().containsAll(List.of("host", "wasi", "cortex-m", "atmega328p", "microbit")),
                builtin.targetNames().toString());
        assertTrue(builtin.goSourceFiles().containsAll(List.of("device/arm/arm.go", "device/avr/avr.go")),
                builtin.goSourceFiles().toString());
    }
}
