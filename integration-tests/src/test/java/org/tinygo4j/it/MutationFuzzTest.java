package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.api.Diagnostic;

/**
 * Layer 8 of TESTING.md through the whole compiler: the test programs and Go's own run
 * tests, mutated (lines dropped, duplicated or swapped, a token changed, bytes inserted),
 * compiled for the host through the public API. Every compilation must end in a
 * program or in diagnostics for the user, each with a position or a plain message, never
 * an internal compiler error, a Java class name, or a hang (each has a time limit).
 * Mutations come from a fixed seed (-Dtinygo4j.fuzz.seed, default 18) and their number
 * is -Dtinygo4j.fuzz.count (default 200: 300 took 87 s on a loaded 2-core machine); a longer local run:
 * {@code ./run-tests -o -pl integration-tests -am -Dtest=MutationFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtinygo4j.fuzz.count=5000}. A failing input
 * is kept under target/fuzz/ with its seed and index in the name.
 */
class MutationFuzzTest {
    private static final Path TESTDATA = Path.of("testdata");
    private static final Path GO_TESTS = Path.of("/usr/share/go-1.19/test");
    private static final Path KEEP = Path.of("target", "fuzz");
    private static final Duration LIMIT = Duration.ofSeconds(60);

    /** Changed tokens: what a typo or a half-finished edit puts where a token was. */
    private static final String[] TOKENS = {"(", ")", "{", "}", "[", "]", ",", ";", ":=", "=", "...", "func", "go",
        "defer", "chan", "map[", "interface{", "*", "&", "<-", "type", "var", "return", "0x", "1e9999", "\"", "`", "'",
        "[]", "nil", "T[", "any", "~int", "|", "range", "switch", "case", "select", "struct{"};

    @Test
    void mutatedProgramsEndInAProgramOrDiagnostics() throws Exception {
        long seed = Long.getLong("tinygo4j.fuzz.seed", 18);
        int count = Integer.getInteger("tinygo4j.fuzz.count", 200);
        List<String> seeds = seeds();
        assertTrue(seeds.size() >= 20, "seed programs found: " + seeds.size());
        Random r = new Random(seed);
        Compiler compiler = Compiler.builder().target("host").build();
        Path dir = Files.createDirectories(KEEP);
        int programs = 0;
        int refused = 0;
        List<String> problems = new ArrayList<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "fuzz-compile");
            t.setDaemon(true); // a hung compilation must not keep the JVM alive
            return t;
        });
        try {
            for (int i = 0; i < count && problems.size() < 5; i++) {
                String source = mutate(seeds.get(r.nextInt(seeds.size())), r);
                Path file = dir.resolve("seed" + seed + "-" + i + ".go");
                Future<CompileResult> f = worker.submit(() -> compiler.compile(CompileRequest.ofSource(file, source)));
                CompileResult result;
                try {
                    result = f.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    f.cancel(true);
                    Files.writeString(file, source);
                    problems.add(file + ": no result after " + LIMIT.toSeconds() + " s");
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor();
                    continue;
                }
                if (result.success()) {
                    programs++;
                    continue;
                }
                refused++;
                String problem = problem(result.diagnostics());
                if (problem != null) {
                    Files.writeString(file, source);
                    problems.add(file + ": " + problem);
                }
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.printf("mutation fuzz (seed %d): %d inputs, %d programs, %d refused with diagnostics, %d problems%n",
                seed, programs + refused + problems.size(), programs, refused, problems.size());
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    /** What is wrong with a failed compilation's diagnostics, or null if they are fit for the user. */
    private static String problem(List<Diagnostic> diags) {
        if (diags.isEmpty()) {
            return "failed without a diagnostic";
        }
        for (Diagnostic d : diags) {
            if (d.category() == Diagnostic.Category.INTERNAL || d.message().contains("internal compiler error")
                    || d.message().matches("(?s).*\\b(java|javax|com\\.google|org\\.bytedeco)\\.[a-z]+\\..*")) {
                return d.toString();
            }
        }
        return null;
    }

    private static List<String> seeds() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(TESTDATA)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".go")).sorted().toList()) {
                String text = Files.readString(p);
                if (text.startsWith("// targets:") && text.lines().findFirst().orElse("").contains("host")) {
                    out.add(text);
                }
            }
        }
        if (Files.isDirectory(GO_TESTS)) {
            try (Stream<Path> s = Files.list(GO_TESTS)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".go")).sorted().limit(400).toList()) {
                    String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                    if (text.startsWith("// run\n")) {
                        out.add(text);
                    }
                }
            }
        }
        return out;
    }

    /** One to three edits of the kinds a programmer's slip makes, at random places. */
    static String mutate(String source, Random r) {
        List<String> lines = new ArrayList<>(List.of(source.split("\n", -1)));
        int edits = 1 + r.nextInt(3);
        for (int e = 0; e < edits && !lines.isEmpty(); e++) {
            int i = r.nextInt(lines.size());
            switch (r.nextInt(6)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, lines.get(i));
                case 2 -> {
                    int j = r.nextInt(lines.size());
                    String t = lines.get(i);
                    lines.set(i, lines.get(j));
                    lines.set(j, t);
                }
                case 3 -> {
                    String line = lines.get(i);
                    int at = line.isEmpty() ? 0 : r.nextInt(line.length() + 1);
                    lines.set(i, line.substring(0, at) + TOKENS[r.nextInt(TOKENS.length)] + line.substring(at));
                }
                case 4 -> {
                    String line = lines.get(i);
                    String[] words = line.split("(?<=\\W)|(?=\\W)");
                    if (words.length > 0) {
                        words[r.nextInt(words.length)] = TOKENS[r.nextInt(TOKENS.length)];
                        lines.set(i, String.join("", words));
                    }
                }
                default -> {
                    String line = lines.get(i);
                    int at = line.isEmpty() ? 0 : r.nextInt(line.length() + 1);
                    lines.set(i, line.substring(0, at) + (char) (0x20 + r.nextInt(0x5f)) + line.substring(at));
                }
            }
        }
        return String.join("\n", lines);
    }
}
