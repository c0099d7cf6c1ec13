package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tinygo4j.run.RunOptions;
import org.tinygo4j.run.RunResult;
import org.tinygo4j.run.WasiRunner;

/**
 * tinygo-maven-plugin used as a Maven user uses it: the real {@code mvn} (Debian's
 * 3.8.7 in CI) builds examples/maven-wasm and a project with a type error, with the
 * plugin and the tinygo4j modules of this reactor; and examples/api-embed, a Java
 * project that depends on tinygo-api and tinygo-run as a tool would.
 *
 * <p>The inner builds get a local repository of their own under target/ holding this
 * reactor's jars and poms (laid out as {@code mvn install} lays them, so nothing of
 * ours goes into ~/.m2), and a settings file whose only repository is the outer
 * build's local repository as a file:// URL: third-party artifacts (LLVM's natives
 * among them) are copied from there on first use, never downloaded; {@code -o} with
 * {@code aether.offline.protocols=file} keeps the builds offline. The example's
 * .wasm is run in Chicory and its output compared with what Go 1.19 printed for the
 * same program (examples/maven-wasm/expected.out, made with {@code go run -ldflags
 * "-X main.version=1.0.0" .}); the failing build must log Go 1.19's diagnostic at
 * error level with its position and end in "compilation failed: 1 error".
 */
class MavenPluginTest {
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    static final Path WORK = Path.of("target/maven-plugin-it").toAbsolutePath();
    static final String VERSION = System.getProperty("tinygo4j.version", "0.1.0-SNAPSHOT");
    static final List<String> MODULES = List.of("tinygo-frontend", "tinygo-ssa", "tinygo-runtime", "tinygo-boards",
            "tinygo-codegen", "tinygo-api", "tinygo-run", "tinygo-maven-plugin");

    @BeforeAll
    static void repository() throws IOException {
        Emulators.requireProgramOrSkip("mvn", "maven");
        Path repo = WORK.resolve("repo");
        Path ours = repo.resolve("org/tinygo4j");
        deleteTree(ours); // this reactor's artifacts anew; third-party copies are kept between runs
        install(ROOT.resolve("pom.xml"), null, "tinygo4j");
        for (String m : MODULES) {
            Path jar = ROOT.resolve(m).resolve("target").resolve(m + "-" + VERSION + ".jar");
            assertTrue(Files.isRegularFile(jar), () -> jar + " is missing: build the reactor through package first");
            install(ROOT.resolve(m).resolve("pom.xml"), jar, m);
        }
        String m2 = System.getProperty("tinygo4j.m2", System.getProperty("user.home") + "/.m2/repository");
        String repoXml = "<id>central</id><url>" + Path.of(m2).toUri() + "</url>"
                + "<releases><checksumPolicy>ignore</checksumPolicy></releases><snapshots><enabled>false</enabled></snapshots>";
        Files.writeString(WORK.resolve("settings.xml"), """
                <settings>
                  <profiles>
                    <profile>
                      <id>outer-local-repository</id>
                      <repositories><repository>%s</repository></repositories>
                      <pluginRepositories><pluginRepository>%s</pluginRepository></pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>outer-local-repository</activeProfile></activeProfiles>
                </settings>
                """.formatted(repoXml, repoXml));
    }

    private static void install(Path pom, Path jar, String artifactId) throws IOException {
        Path dir = WORK.resolve("repo/org/tinygo4j").resolve(artifactId).resolve(VERSION);
        Files.createDirectories(dir);
        Files.copy(pom, dir.resolve(artifactId + "-" + VERSION + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (jar != null) {
            Files.copy(jar, dir.resolve(artifactId + "-" + VERSION + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void exampleBuildsTestsAndRunsAsGoDoes() throws Exception {
        Path project = copyProject(ROOT.resolve("examples/maven-wasm"), "maven-wasm");
        Build b = mvn(project, "package");
        assertEquals(0, b.exitCode(), b::log);
        assertTrue(b.log().contains("[INFO] ok  \texample.com/mavenwasm/greet\t"), b::log);
        Path wasm = project.resolve("target/maven-wasm-example-1.0.0.wasm");
        assertTrue(Files.isRegularFile(wasm), () -> "no " + wasm + "\n" + b.log());
        RunResult r = new WasiRunner().run(Files.readAllBytes(wasm), RunOptions.defaults());
        assertEquals(0, r.exitCode(), r::output);
        assertEquals(Files.readString(ROOT.resolve("examples/maven-wasm/expected.out")), r.output());
    }

    /**
     * examples/api-embed, a Java project of a tool author: its test compiles a Go source
     * held in memory with tinygo-api and runs the module with tinygo-run, comparing the
     * output with Go 1.19's (its src/test/resources/hello.out).
     */
    @Test
    void externalProjectCompilesAnInMemorySourceAndRunsIt() throws Exception {
        Path project = copyProject(ROOT.resolve("examples/api-embed"), "api-embed");
        Build b = mvn(project, "test");
        assertEquals(0, b.exitCode(), b::log);
        assertTrue(b.log().contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0"), b::log);
    }

    @Test
    void typeErrorFailsTheBuildWithGosDiagnostic() throws Exception {
        Path fixture = Path.of("src/test/resources/maven/type-error").toAbsolutePath();
        Path project = copyProject(fixture, "type-error");
        Build b = mvn(project, "package");
        assertNotEquals(0, b.exitCode(), b::log);
        List<String> expected = Files.readAllLines(fixture.resolve("expected-diagnostic.txt")).stream()
                .filter(l -> !l.startsWith("#")).map(l -> l.startsWith("./") ? l.substring(2) : l).toList();
        assertEquals(1, expected.size());
        String line = "[ERROR] " + project.resolve("src/main/go").resolve(expected.get(0));
        assertTrue(b.log().lines().anyMatch(line::equals), () -> "no line\n" + line + "\nin\n" + b.log());
        assertTrue(b.log().contains("compilation failed: 1 error"), b::log);
        assertTrue(Files.notExists(project.resolve("target/type-error-1.0.0.wasm")));
        assertTrue(b.log().lines().noneMatch(l -> l.startsWith("\tat ") || l.startsWith("Caused by:")),
                () -> "a Java stack trace in\n" + b.log());
    }

    @Test
    void unknownTargetIsAClearFailure() throws Exception {
        Path project = copyProject(Path.of("src/test/resources/maven/type-error").toAbsolutePath(), "unknown-target");
        Build b = mvn(project, "package", "-Dtinygo.target=no-such-board");
        assertNotEquals(0, b.exitCode(), b::log);
        assertTrue(b.log().lines().anyMatch(l -> l.startsWith("[ERROR] Failed to execute goal org.tinygo4j:tinygo-maven-plugin")
                && l.contains("tinygo: ") && l.contains("no-such-board")), b::log);
    }

    record Build(int exitCode, String log) {
    }

    private static Build mvn(Path project, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("mvn", "-B", "-o", "-Daether.offline.protocols=file",
                "-s", WORK.resolve("settings.xml").toString(),
                "-Dmaven.repo.local=" + WORK.resolve("repo"), "-Dtinygo4j.version=" + VERSION));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(project.resolve("build.log").toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("MAVEN_OPTS", "--enable-native-access=ALL-UNNAMED");
        pb.environment().remove("MAVEN_ARGS");
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("mvn did not finish in 5 minutes in " + project);
        }
        return new Build(p.exitValue(), Files.readString(project.resolve("build.log"), StandardCharsets.UTF_8));
    }

    /** A fresh copy of a project (without its target/) to build in. */
    private static Path copyProject(Path from, String name) throws IOException {
        Path to = WORK.resolve("projects").resolve(name);
        deleteTree(to);
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path rel = from.relativize(p);
                if (rel.startsWith("target")) {
                    continue;
                }
                Path dest = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
        return to;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
