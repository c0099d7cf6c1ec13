package org.tinygo4j.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tinygo4j.boards.config.ConfigException;

/** Where the packages we do not embed come from: a GOROOT found, given, or absent. */
class GorootTest {
    private static final Path DEBIAN_GOROOT = Path.of("/usr/lib/go-1.19");

    @TempDir
    Path dir;

    private Path write(String name, String source) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, source);
        return p;
    }

    private Path fakeGoroot(String name, String version) throws IOException {
        Path root = dir.resolve(name);
        Files.createDirectories(root.resolve("src/runtime"));
        Files.writeString(root.resolve("VERSION"), version + "\n");
        return root;
    }

    @Test
    void withoutGorootAPackageWeDoNotEmbedIsNotBuiltIn() throws IOException {
        Path src = write("j.go", "package main\n\nimport \"encoding/json\"\n\nfunc main() { println(json.Valid(nil)) }\n");
        CompileResult r = Compiler.builder().target("wasi").noGoroot().build().compile(CompileRequest.of(src));
        assertFalse(r.success());
        assertEquals(List.of(src + ":3:8: package encoding/json is not built in; install Go (or set GOROOT) to"
                + " compile it from Go's sources"), r.diagnostics().stream().map(Object::toString).toList());
    }

    @Test
    void withoutGorootStringsMapsCaseByItsOwnRules() throws Exception {
        // no package unicode without Go's sources: strings and bytes map and fold the
        // scripts they know by rule (case_builtin.go); what this prints is Go 1.19's output
        Path src = write("c.go", """
                package main

                import (
                	"bytes"
                	"strings"
                )

                func main() {
                	println(strings.ToUpper("héllo, Ωμεγα straße жук"), strings.ToLower("ÀÉÎ ΣΑΣ ДОМ"),
                		strings.Title("ÿes élan"), strings.EqualFold("Kelvin", "\u212Aelvin"), strings.EqualFold("ΣΑΣ", "σας"),
                		string(bytes.ToUpper([]byte("ąę"))))
                }
                """);
        Path exe = dir.resolve("c");
        CompileResult r = Compiler.builder().target("host").noGoroot().build().compile(CompileRequest.of(src).withOutput(exe));
        assertTrue(r.success(), r.diagnostics()::toString);
        Process p = new ProcessBuilder(exe.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals("HÉLLO, ΩΜΕΓΑ STRAßE ЖУК àéî σασ дом Ÿes Élan true true ĄĘ\n",
                new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }

    private String runVersion(Compiler c) throws Exception {
        Path src = write("v.go", "package main\n\nimport \"runtime\"\n\nfunc main() { println(runtime.Version()) }\n");
        Path exe = dir.resolve("v");
        CompileResult r = c.compile(CompileRequest.of(src).withOutput(exe));
        assertTrue(r.success(), r.diagnostics()::toString);
        Process p = new ProcessBuilder(exe.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS));
        return new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
    }

    @Test
    void runtimeVersionIsTheGorootsReleaseOrWithoutOneTheEmbeddedPackagesRelease() throws Exception {
        assertEquals("go1.19", runVersion(Compiler.builder().target("host").noGoroot().build()));
        assumeTrue(Files.isRegularFile(DEBIAN_GOROOT.resolve("VERSION")), "needs golang-1.19-go");
        Compiler c = Compiler.builder().target("host").goroot(DEBIAN_GOROOT).build();
        String version = Files.readString(DEBIAN_GOROOT.resolve("VERSION")).lines().findFirst().orElseThrow();
        assertEquals(version, runVersion(c));
        assertEquals(version, c.goVersion().orElseThrow());
    }

    @Test
    void aGivenGorootCompilesGosOwnPackage() throws IOException, ConfigException {
        assumeTrue(Files.isDirectory(Path.of("/usr/share/go-1.19/src/hash/adler32")), "needs golang-1.19-src");
        Path src = write("a.go", "package main\n\nimport \"hash/adler32\"\n\n"
                + "func main() { println(adler32.Checksum([]byte(\"Wikipedia\"))) }\n");
        Compiler c = Compiler.builder().target("host").goroot(DEBIAN_GOROOT).build();
        assertEquals(DEBIAN_GOROOT, c.goroot().orElseThrow());
        CompileResult r = c.compile(CompileRequest.of(src));
        assertTrue(r.success(), r.diagnostics()::toString);
    }

    @Test
    void aGivenFolderThatIsNoGorootIsAnError() throws IOException {
        Path src = write("h.go", "package main\n\nfunc main() {}\n");
        Compiler c = Compiler.builder().goroot(dir.resolve("nothing")).build();
        ConfigException e = assertThrows(ConfigException.class, c::goroot);
        assertEquals("GOROOT " + dir.resolve("nothing") + " has no Go sources (src/runtime is missing)", e.getMessage());
        CompileResult r = c.compile(CompileRequest.of(src));
        assertEquals(List.of(e.getMessage()), r.diagnostics().stream().map(Object::toString).toList());
    }

    @Test
    void theSearchTakesGorootFirstThenTheUsualPlacesNewestFirst() throws IOException {
        Path usrLib = dir.resolve("usr/lib");
        fakeGoroot("usr/lib/go-1.19", "go1.19.8");
        fakeGoroot("usr/lib/go-1.21", "go1.21.0");
        fakeGoroot("usr/lib/go-1.9", "go1.9.7"); // too old: skipped
        List<Path> usual = GorootLocator.usualPlaces(usrLib, dir.resolve("usr/local/go"));
        assertEquals(List.of(usrLib.resolve("go"), usrLib.resolve("go-1.21"), usrLib.resolve("go-1.19"),
                usrLib.resolve("go-1.9"), dir.resolve("usr/local/go")), usual);
        Path env = fakeGoroot("env", "go1.20.1");
        assertEquals(env.toAbsolutePath(),
                new GorootLocator(Map.of("GOROOT", env.toString(), "PATH", ""), usual).locate().root().dir());
        assertEquals(usrLib.resolve("go-1.21"), new GorootLocator(Map.of("PATH", ""), usual).locate().root().dir());
        // without a usable candidate: no GOROOT and no problem; an unusable $GOROOT is a problem
        var none = new GorootLocator(Map.of("PATH", ""), List.of(usrLib.resolve("go-1.9"))).locate();
        assertNull(none.root());
        assertNull(none.problem());
        assertEquals("GOROOT " + usrLib.resolve("go-1.9") + " is go1.9.7; tinygo4j compiles the sources of go1.19"
                + " to go1.23", new GorootLocator(Map.of("GOROOT", usrLib.resolve("go-1.9").toString()), usual)
                .locate().problem());
    }
}
