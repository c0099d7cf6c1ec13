package org.tinygo4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI finds board packs that are not on its class path: jars in ~/.tinygo4j/boards,
 * in a -boards folder, and on $CLASSPATH. The pack is made here (a provider class
 * compiled with the JDK's compiler, a target JSON and a Go file of package machine), so
 * that nothing else could have put it on the class path.
 */
class BoardPacksTest {
    private static final String TARGET = "plugin-m3";

    @TempDir
    static Path dir;

    private static Path jar;

    @BeforeAll
    static void makePack() throws IOException {
        Path src = dir.resolve("src/plugintest/PluginBoards.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, """
                package plugintest;

                public final class PluginBoards implements org.tinygo4j.boards.BoardProvider {
                    @Override
                    public String resourceBase() {
                        return "plugintest/";
                    }
                }
                """);
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"), src.toString());
        assertEquals(0, rc, "javac");
        jar = dir.resolve("packs/plugin-pack.jar");
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            entry(out, "plugintest/PluginBoards.class", Files.readAllBytes(classes.resolve("plugintest/PluginBoards.class")));
            entry(out, "META-INF/services/org.tinygo4j.boards.BoardProvider", "plugintest.PluginBoards\n");
            entry(out, "plugintest/targets/" + TARGET + ".json",
                    "{\"inherits\": [\"cortex-m-qemu\"], \"build-tags\": [\"pluginboard\"]}\n");
            entry(out, "plugintest/src/machine/pluginboard.go", """
                    //go:build pluginboard

                    package machine

                    // PluginName is the name of the board a plugin jar added.
                    const PluginName = "plugin-m3"
                    """);
        }
    }

    private static void entry(JarOutputStream out, String name, Object content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content instanceof byte[] b ? b : ((String) content).getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    private static String run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
        assertEquals(0, code, () -> String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The environment of this JVM with HOME set to a fresh folder and CLASSPATH unset. */
    private static Map<String, String> env(Path home) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("HOME", home.toString());
        env.remove("CLASSPATH");
        return env;
    }

    private static List<String> lines(String s) {
        return s.lines().toList();
    }

    @Test
    void withoutThePackItsTargetIsUnknown(@TempDir Path home) {
        assertFalse(lines(run(env(home), "targets")).contains(TARGET));
    }

    @Test
    void jarsInTheHomePluginsFolderAreFound(@TempDir Path home) throws IOException {
        Path plugins = home.resolve(BoardPacks.HOME_FOLDER);
        Files.createDirectories(plugins);
        Files.copy(jar, plugins.resolve(jar.getFileName()));
        List<String> targets = lines(run(env(home), "targets"));
        assertTrue(targets.contains(TARGET), targets.toString());
        assertTrue(targets.contains("microbit"), targets.toString());
    }

    @Test
    void jarsOfABoardsFolderAndOfClasspathAreFound(@TempDir Path home) {
        assertTrue(lines(run(env(home), "targets", "-boards", jar.getParent().toString())).contains(TARGET));
        Map<String, String> env = env(home);
        env.put("CLASSPATH", jar.toString());
        assertTrue(lines(run(env, "targets")).contains(TARGET));
        env.put("CLASSPATH", jar.getParent() + "/*");
        assertTrue(lines(run(env, "targets")).contains(TARGET));
    }

    /** The pack's Go file joins the built-in package machine of the target it inherits from. */
    @Test
    void buildForAPluginTarget(@TempDir Path work) throws IOException {
        Path main = work.resolve("main.go");
        Files.writeString(main, """
                package main

                import "machine"

                func main() {
                	machine.LED.High()
                	println(machine.PluginName)
                }
                """);
        Path out = work.resolve("main.elf");
        run(env(work), "build", "-boards", jar.getParent().toString(), "-target=" + TARGET, "-o", out.toString(),
                main.toString());
        assertTrue(Files.size(out) > 0);
    }
}
