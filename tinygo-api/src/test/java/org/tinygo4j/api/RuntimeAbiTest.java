package org.tinygo4j.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tinygo4j.boards.GoSourceRoot;
import org.tinygo4j.boards.TargetRegistry;
import org.tinygo4j.boards.TargetSpec;
import org.tinygo4j.boards.config.BuildConfig;
import org.tinygo4j.boards.config.BuildOptions;
import org.tinygo4j.boards.config.ConfigException;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.loader.BuildConstraints;
import org.tinygo4j.frontend.loader.LoadConfig;
import org.tinygo4j.frontend.loader.Loader;
import org.tinygo4j.frontend.loader.SourceRoot;
import org.tinygo4j.frontend.source.FileSet;
import org.tinygo4j.frontend.types.Func;
import org.tinygo4j.frontend.types.Obj;
import org.tinygo4j.frontend.types.Package;
import org.tinygo4j.frontend.types.TypeSizes;
import org.tinygo4j.frontend.types.Types;
import org.tinygo4j.frontend.types.Var;
import org.tinygo4j.ssa.abi.RuntimeAbi;

/**
 * Checks the runtime ABI table against the Go sources compiled with every program: for
 * each built-in target and each scheduler and collector it accepts, the runtime (with
 * the board packages) is loaded and type-checked with that configuration's build tags,
 * and every entry whose build constraint holds must exist with the declared signature.
 * A function the compiler needs but a configuration's runtime lacks fails here, not as
 * an internal error in the middle of some program's compilation.
 */
class RuntimeAbiTest {
    private static final List<String> TARGETS = List.of("host", "wasi", "wasip1", "wasm", "wasm-unknown",
            "cortex-m-qemu", "microbit", "arduino-nano33", "arduino", "hifive1b");
    private static final List<String> GCS = List.of("conservative", "leaking", "none");
    /**
     * Configurations that BuildConfig refuses (with a message), so there is no runtime to
     * check: start_js.go (wasm's JavaScript entry) runs on the coroutine scheduler.
     */
    private static final Set<String> REFUSED = Set.of("wasm -scheduler=none");

    @TempDir
    Path dir;

    @Test
    void everyEntryExistsWithItsSignatureOnEveryTarget() throws Exception {
        Path main = dir.resolve("main.go");
        Files.writeString(main, "package main\n\nfunc main() {}\n");
        TargetRegistry registry = TargetRegistry.load(getClass().getClassLoader());
        List<String> problems = new ArrayList<>();
        Set<RuntimeAbi> seen = EnumSet.noneOf(RuntimeAbi.class);
        int configurations = 0;
        int checks = 0;
        for (String name : TARGETS) {
            TargetSpec target = registry.resolve(name);
            for (String scheduler : new LinkedHashSet<>(List.of(target.scheduler(), "none"))) {
                for (String gc : GCS) {
                    BuildOptions options = new BuildOptions("z", gc, scheduler, null, 0, List.of(), false,
                            java.util.Map.of());
                    BuildConfig config;
                    boolean refused = REFUSED.contains(name + " -scheduler=" + scheduler);
                    try {
                        config = BuildConfig.resolve(target, options);
                    } catch (ConfigException e) {
                        if (!refused) {
                            problems.add(name + " -scheduler=" + scheduler + " -gc=" + gc + ": " + e.getMessage());
                        }
                        continue;
                    }
                    if (refused) {
                        problems.add(name + " -scheduler=" + scheduler + " is accepted now: remove it from REFUSED");
                    }
                    String where = name + " (scheduler." + scheduler + ", gc." + gc + ")";
                    configurations++;
                    checks += check(config, registry, main, where, seen, problems);
                }
            }
        }
        Set<RuntimeAbi> never = EnumSet.complementOf(EnumSet.copyOf(seen));
        assertTrue(never.isEmpty(), () -> "entries whose build constraint holds on no configuration: " + never);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        System.out.println("runtime ABI: " + RuntimeAbi.values().length + " entries, " + TARGETS.size()
                + " targets, " + configurations + " configurations, " + checks + " entry checks");
    }

    /** Loads the runtime for one configuration and checks the entries that apply; the number checked. */
    private static int check(BuildConfig config, TargetRegistry registry, Path main, String where,
                             Set<RuntimeAbi> seen, List<String> problems) {
        BuildConstraints constraints = new BuildConstraints(config.buildTags(), config.goos(), config.goarch());
        List<RuntimeAbi> applying = new ArrayList<>();
        Set<String> packages = new LinkedHashSet<>(List.of(RuntimeAbi.RUNTIME));
        for (RuntimeAbi e : RuntimeAbi.values()) {
            if (e.when().isEmpty() || constraints.eval(e.when())) {
                applying.add(e);
                packages.add(e.pkg());
            }
        }
        List<SourceRoot> roots = new ArrayList<>();
        roots.add(new RuntimeSourceRoot());
        for (GoSourceRoot r : registry.goSourceRoots()) {
            roots.add(new BoardSourceRoot(r));
        }
        TypeSizes sizes = new TypeSizes(config.pointerSize(), config.intSize(), config.maxAlign());
        LoadConfig lc = new LoadConfig(roots, main, config.buildTags(), config.goos(), config.goarch(), sizes,
                List.copyOf(packages));
        Diagnostics diags = new Diagnostics(new FileSet());
        org.tinygo4j.frontend.loader.LoadedProgram loaded = Loader.load(lc, diags);
        assertFalse(diags.hasErrors(), () -> where + ":\n" + diags.sorted().stream().map(Object::toString)
                .collect(java.util.stream.Collectors.joining("\n")));
        for (RuntimeAbi e : applying) {
            seen.add(e);
            Package p = loaded.packages().stream().filter(q -> q.path().equals(e.pkg())).findFirst().orElse(null);
            Obj o = p == null ? null : p.scope().lookup(e.goName());
            String have = switch (o) {
                case Func f when e.role() != RuntimeAbi.Role.VARIABLE -> Types.typeString(f.signature(), p);
                case Var v when e.role() == RuntimeAbi.Role.VARIABLE -> Types.typeString(v.type(), p);
                case null -> null;
                default -> o.getClass().getSimpleName();
            };
            if (have == null) {
                problems.add(where + ": " + e + ": " + e.linkName() + " is missing");
            } else if (!have.equals(e.signature())) {
                problems.add(where + ": " + e + ": " + e.linkName() + " is " + have + ", the table says "
                        + e.signature());
            }
        }
        return applying.size();
    }

    @Test
    void linkNamesAreUnique() {
        Set<String> names = new LinkedHashSet<>();
        for (RuntimeAbi e : RuntimeAbi.values()) {
            assertTrue(names.add(e.linkName()), e.linkName());
            assertEquals(e, RuntimeAbi.byLinkName(e.linkName()));
        }
    }
}
