package org.tinygo4j.codegen.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tinygo4j.boards.config.BuildConfig;
import org.tinygo4j.codegen.CodegenTesting;

/**
 * Golden tests of the lowering: each src/test/resources/golden-ir/NAME.go, a small
 * program about one construct, is compiled with the embedded runtime for
 * cortex-m-qemu, and the LLVM IR of package main as lowered (before any pass or
 * optimisation, see {@link #mainPackage}) must equal NAME.ll beside it. A change in
 * the lowering's output shows up as a diff to review. Run with
 * -Dtinygo4j.golden.update=true (the switch of the SSA golden tests) to rewrite the
 * expected files, then review the diff before committing.
 */
class GoldenIrTest {
    private static final Path DIR = Path.of("src/test/resources/golden-ir");
    private static final String TARGET = "cortex-m-qemu";

    @TestFactory
    Stream<DynamicTest> everyProgramLowersAsExpected() throws IOException {
        List<Path> sources;
        try (Stream<Path> s = Files.list(DIR)) {
            sources = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        assertFalse(sources.isEmpty(), "no golden programs under " + DIR.toAbsolutePath());
        boolean update = Boolean.getBoolean("tinygo4j.golden.update");
        BuildConfig config = CodegenTesting.config(TARGET);
        return sources.stream().map(src -> DynamicTest.dynamicTest(src.getFileName().toString(), () -> {
            String actual = mainPackage(CodegenTesting.lowered(config, CodegenTesting.program(config, src)));
            Path expectedFile = DIR.resolve(src.getFileName().toString().replaceFirst("\\.go$", ".ll"));
            if (update) {
                Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
                return;
            }
            String expected = Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8) : "";
            assertEquals(expected, actual, src + " (rerun with -Dtinygo4j.golden.update=true to rewrite)");
        }));
    }

    /**
     * The globals and function definitions of package main, in the module's order, then
     * the string constants and boxed values they use. Numbers that count over the whole
     * module, runtime included, would make every file change with any change to the
     * runtime: attribute groups and metadata nodes become {@code #_} and {@code !_}, and
     * the constants ({@code @.str.20}, {@code @box.22}) are numbered anew in the order
     * this text first uses them ({@code @.str.main0}).
     */
    static String mainPackage(String module) {
        Map<String, String> globals = new HashMap<>();
        StringBuilder out = new StringBuilder();
        boolean inMain = false;
        for (String line : module.split("\n", -1)) {
            if (line.startsWith("@")) {
                String name = line.substring(0, line.indexOf(" ="));
                globals.put(name, line);
                if (ofMain(name)) {
                    out.append(line).append('\n');
                }
                continue;
            }
            if (line.startsWith("define ")) {
                inMain = ofMain(line.substring(0, line.indexOf('(')));
            }
            if (inMain) {
                out.append(line).append('\n');
                if (line.equals("}")) {
                    out.append('\n');
                    inMain = false;
                }
            }
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder(renumber(out, renamed));
        // the constants' definitions, which may use more of them (a boxed string)
        List<String> done = new ArrayList<>();
        while (done.size() < renamed.size()) {
            String old = List.copyOf(renamed.keySet()).get(done.size());
            text.append(renumber(globals.get(old), renamed)).append('\n');
            done.add(old);
        }
        return text.toString().replaceAll("#\\d+", "#_").replaceAll("!\\d+", "!_");
    }

    /** The text with each constant renamed as renamed says, new ones added to it in order. */
    private static String renumber(CharSequence text, Map<String, String> renamed) {
        Matcher m = CONSTANT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = renamed.computeIfAbsent(m.group(), k -> "@" + m.group(1) + ".main" + renamed.size());
            m.appendReplacement(out, Matcher.quoteReplacement(name));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A module-wide numbered constant: a string's bytes or a boxed value. */
    private static final Pattern CONSTANT = Pattern.compile("@(\\.str|box)\\.\\d+\\b");

    /** Whether the symbol at the end of text (a "define" line up to its parameters, or a global) is main's. */
    private static boolean ofMain(String text) {
        int at = text.lastIndexOf('@');
        String name = text.substring(at + 1).replace("\"", "");
        return name.startsWith("main.") || name.contains(":main.");
    }
}
