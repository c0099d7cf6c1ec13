package org.tinygo4j.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestBuildTest {
    @TempDir
    Path tmp;

    private TestBuild prepare(Path dir, TestBuild.Options o) throws Exception {
        return TestBuild.prepare(dir, Compiler.builder().target("host").build().config(), o);
    }

    @Test
    void findsTestsBenchmarksAndTestMainByGoRules() throws Exception {
        Files.writeString(tmp.resolve("go.mod"), "module example.com/m\n\ngo 1.19\n");
        Path p = Files.createDirectories(tmp.resolve("a/b"));
        Files.writeString(p.resolve("b.go"), "package b\n");
        Files.writeString(p.resolve("b_test.go"), """
                package b

                import tt "testing"

                func Test(t *tt.T)            {}
                func TestX(t *tt.T)           {}
                func Test_y(t *tt.T)          {}
                func Testlower(t *tt.T)       {}
                func TestWrong(t tt.T)        {}
                func TestTwo(t *tt.T, x int)  {}
                func BenchmarkZ(b *tt.B)      {}
                func BenchmarkNot(t *tt.T)    {}
                func TestMain(m *tt.M)        { m.Run() }
                """);
        Files.writeString(p.resolve("x_test.go"), "package b_test\n\nimport \"testing\"\n\nfunc TestExt(t *testing.T) {}\n");
        TestBuild tb = prepare(p, new TestBuild.Options(true, "X|Ext", false, "", ""));
        assertEquals("example.com/m/a/b", tb.importPath());
        assertTrue(tb.hasTestFiles());
        String main = tb.mainSource();
        for (String listed : new String[] {"{\"Test\", _test.Test}", "{\"TestX\", _test.TestX}",
                "{\"Test_y\", _test.Test_y}", "{\"BenchmarkZ\", _test.BenchmarkZ}", "{\"TestExt\", _xtest.TestExt}",
                "_test.TestMain(m)", "\"-test.v=true\", \"-test.run=X|Ext\"", "_xtest \"example.com/m/a/b_test\""}) {
            assertTrue(main.contains(listed), () -> listed + " missing from\n" + main);
        }
        for (String absent : new String[] {"Testlower", "TestWrong", "TestTwo", "BenchmarkNot"}) {
            assertFalse(main.contains(absent), () -> absent + " listed in\n" + main);
        }
    }

    @Test
    void packagesWithoutTestsAndMainPackages() throws Exception {
        Path p = Files.createDirectories(tmp.resolve("plain"));
        Files.writeString(p.resolve("p.go"), "package plain\n");
        TestBuild tb = prepare(p, TestBuild.Options.DEFAULT);
        assertFalse(tb.hasTestFiles());
        assertEquals("command-line-arguments", tb.importPath());

        Path m = Files.createDirectories(tmp.resolve("cmd"));
        Files.writeString(m.resolve("main.go"), "package main\n\nfunc main() {}\n");
        Files.writeString(m.resolve("main_test.go"), "package main\n");
        TestBuild.TestBuildException e = assertThrows(TestBuild.TestBuildException.class,
                () -> prepare(m, TestBuild.Options.DEFAULT));
        assertTrue(e.getMessage().startsWith("cannot test package main"), e.getMessage());
    }
}
