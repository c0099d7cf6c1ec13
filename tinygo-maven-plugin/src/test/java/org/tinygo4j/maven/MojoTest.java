package org.tinygo4j.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goals run directly, as Maven would after injecting their parameters: what they
 * write, what they log and how they fail. (MavenPluginTest in integration-tests runs
 * the plugin inside a real Maven build.)
 */
class MojoTest {
    @TempDir
    Path tmp;

    /** Keeps what a goal logs, by level. */
    static final class Captured extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(CharSequence s) {
            lines.add("INFO " + s);
        }

        @Override
        public void warn(CharSequence s) {
            lines.add("WARN " + s);
        }

        @Override
        public void error(CharSequence s) {
            lines.add("ERROR " + s);
        }
    }

    private <M extends CompilerMojo> M configure(M mojo, Path src, Captured log) {
        MavenProject p = new MavenProject();
        Build b = new Build();
        b.setDirectory(tmp.resolve("target").toString());
        b.setFinalName("app-1.0");
        p.setBuild(b);
        mojo.project = p;
        mojo.sourceDirectory = src.toFile();
        mojo.target = "wasip1";
        mojo.opt = "z";
        mojo.ldflags = "";
        mojo.setLog(log);
        return mojo;
    }

    private Path source(String dir, String name, String text) throws Exception {
        Path d = Files.createDirectories(tmp.resolve(dir));
        Files.writeString(d.resolve(name), text);
        return d;
    }

    @Test
    void buildWritesTheTargetsDefaultOutput() throws Exception {
        Path src = source("go", "main.go",
                "package main\n\nvar v = \"dev\"\nvar w = \"dev\"\n\nfunc main() { println(v, w) }\n");
        Captured log = new Captured();
        BuildMojo m = configure(new BuildMojo(), src, log);
        m.linkerStrings.put("main.v", "v1.0.7");
        m.ldflags = "-X main.w=xyzzy";
        m.execute();
        Path wasm = tmp.resolve("target/app-1.0.wasm");
        assertTrue(Files.size(wasm) > 0);
        String bytes = new String(Files.readAllBytes(wasm), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(bytes.contains("v1.0.7") && bytes.contains("xyzzy"), "the -X strings are not in the module");
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("INFO tinygo: wrote " + wasm)), log.lines::toString);
    }

    @Test
    void errorsAreLoggedWithTheirPositionAndCounted() throws Exception {
        Path src = source("bad", "main.go", "package main\n\nfunc main() {\n\tx := 1\n\tvar s string = 2\n}\n");
        Captured log = new Captured();
        BuildMojo m = configure(new BuildMojo(), src, log);
        MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
        assertEquals("compilation failed: 2 errors", e.getMessage());
        List<String> errors = log.lines.stream().filter(l -> l.startsWith("ERROR ")).toList();
        assertEquals(2, errors.size(), log.lines::toString);
        assertTrue(errors.get(0).startsWith("ERROR " + src.resolve("main.go") + ":4:2: "), errors::toString);
        assertTrue(errors.get(1).startsWith("ERROR " + src.resolve("main.go") + ":5:17: "), errors::toString);
        assertTrue(Files.notExists(tmp.resolve("target/app-1.0.wasm")));
    }

    @Test
    void environmentProblemsFailClearly() throws Exception {
        BuildMojo none = configure(new BuildMojo(), tmp.resolve("missing"), new Captured());
        assertTrue(assertThrows(MojoFailureException.class, none::execute).getMessage()
                .startsWith("tinygo: no Go sources: " + tmp.resolve("missing")));
        Path src = source("go", "main.go", "package main\n\nfunc main() {}\n");
        BuildMojo board = configure(new BuildMojo(), src, new Captured());
        board.target = "no-such-board";
        assertTrue(assertThrows(MojoFailureException.class, board::execute).getMessage()
                .startsWith("tinygo: unknown target \"no-such-board\""));
        BuildMojo skipped = configure(new BuildMojo(), tmp.resolve("missing"), new Captured());
        skipped.skip = true;
        skipped.execute();
    }

    @Test
    void testGoalRunsEachPackagesTestsInChicory() throws Exception {
        source("t", "go.mod", "module example.com/t\n\ngo 1.19\n");
        source("t", "main.go", "package main\n\nfunc main() {}\n");
        source("t/ok", "ok.go", "package ok\n\nfunc Two() int { return 2 }\n");
        source("t/ok", "ok_test.go", "package ok\n\nimport \"testing\"\n\n"
                + "func TestTwo(t *testing.T) {\n\tif Two() != 2 {\n\t\tt.Fatal(\"two\")\n\t}\n}\n");
        source("t/bad", "bad.go", "package bad\n\nfunc Three() int { return 4 }\n");
        source("t/bad", "bad_test.go", "package bad\n\nimport \"testing\"\n\n"
                + "func TestThree(t *testing.T) {\n\tif Three() != 3 {\n\t\tt.Fatal(\"not three\")\n\t}\n}\n");
        Captured log = new Captured();
        TestMojo m = configure(new TestMojo(), tmp.resolve("t"), log);
        m.run = "";
        m.timeoutSeconds = 60;
        MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
        assertEquals("tinygo: tests failed in bad", e.getMessage());
        assertTrue(log.lines.contains("INFO ?   \texample.com/t\t[no test files]"), log.lines::toString);
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("INFO ok  \texample.com/t/ok\t")), log.lines::toString);
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("ERROR FAIL\texample.com/t/bad\t")), log.lines::toString);
        assertTrue(log.lines.stream().anyMatch(l -> l.contains("not three")), log.lines::toString);
    }
}
