package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.api.Diagnostic;

/**
 * The "// compile" and "// build" files of Go's test suite (/usr/share/go-1.19/test,
 * outside the .dir directories), which gc must compile without error: each is compiled
 * for the host: a "// compile" file as gc's compile step takes it, as a library
 * ({@link Compiler#compileLibrary}: every function and method it declares through code
 * generation, nothing linked; package main need not have a main function), a
 * "// build" file of package main through the whole pipeline (linked), of another
 * package as a library. Prints how many
 * compiled and every "not supported yet" diagnostic; fails when there is one, or when
 * a file does not compile (all 454 do). GoTestSuiteRunTest counts the
 * same diagnostics over the "// run" files on each of its targets.
 */
class GoTestSuiteCompileTest {
    private static final Path TEST = Path.of("/usr/share/go-1.19/test");
    private static final Pattern PACKAGE_MAIN = Pattern.compile("(?m)^package main\\b");

    @Test
    void compileAndBuildFilesHaveNoUnsupportedConstruct() throws Exception {
        assumeTrue(Files.isDirectory(TEST), "Go's test suite missing: apt-get install golang-1.19-src");
        List<Path> files = GoTestSuiteRunTest.filesWithDirective(d -> d.equals("// compile")
                || d.startsWith("// compile ") || d.equals("// build"));
        Compiler compiler = Compiler.builder().target("host").build();
        Map<String, List<String>> unsupported = new ConcurrentHashMap<>();
        Map<String, Boolean> compiled = new ConcurrentHashMap<>();
        Map<String, String> firstError = new ConcurrentHashMap<>();
        files.parallelStream().forEach(f -> {
            String key = TEST.relativize(f).toString();
            try {
                boolean main = PACKAGE_MAIN.matcher(Files.readString(f, StandardCharsets.ISO_8859_1)).find()
                        && GoTestSuiteRunTest.directive(f).equals("// build");
                CompileResult r = main ? compiler.compile(CompileRequest.of(f)) : compiler.compileLibrary(CompileRequest.of(f));
                compiled.put(key, r.success());
                if (!r.success() && !r.diagnostics().isEmpty()) {
                    firstError.put(key, r.diagnostics().get(0).toString().replace(TEST + "/", ""));
                }
                List<String> found = new ArrayList<>();
                for (Diagnostic d : r.diagnostics()) {
                    if (d.category() == Diagnostic.Category.UNSUPPORTED) { // "not supported yet: ..."
                        found.add(d.toString().replace(TEST + "/", ""));
                    }
                }
                if (!found.isEmpty()) {
                    unsupported.put(key, found);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        long ok = compiled.values().stream().filter(b -> b).count();
        System.out.println("go test suite, // compile and // build on host: " + ok + " of " + files.size()
                + " compiled (// build of package main linked, the others compiled as libraries)");
        new TreeMap<>(firstError).forEach((file, d) -> System.out.println("NOT COMPILED " + file + ": " + d));
        List<String> all = new ArrayList<>();
        new TreeMap<>(unsupported).forEach((file, ds) -> all.addAll(ds));
        all.forEach(d -> System.out.println("UNSUPPORTED " + d));
        System.out.println("\"not supported yet\" diagnostics in // compile and // build files: " + all.size());
        assertEquals(List.of(), all, "constructs not supported yet");
        // every file compiles (gc compiles them all): one that stops compiling fails the test
        assertEquals(Map.of(), new TreeMap<>(firstError), "files that do not compile");
    }
}
