package org.tinygo4j.codegen;

import static org.bytedeco.llvm.global.LLVM.LLVMDisposeModule;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.tinygo4j.boards.GoSourceRoot;
import org.tinygo4j.boards.TargetException;
import org.tinygo4j.boards.TargetRegistry;
import org.tinygo4j.boards.TargetSpec;
import org.tinygo4j.boards.config.BuildConfig;
import org.tinygo4j.boards.config.BuildOptions;
import org.tinygo4j.boards.config.ConfigException;
import org.tinygo4j.codegen.backend.Backend;
import org.tinygo4j.codegen.backend.Toolchain;
import org.tinygo4j.codegen.image.LinkedImage;
import org.tinygo4j.codegen.llvm.IrText;
import org.tinygo4j.codegen.llvm.LlvmTarget;
import org.tinygo4j.codegen.llvm.OptLevel;
import org.tinygo4j.codegen.lower.ModuleLowering;
import org.tinygo4j.frontend.ast.File;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.loader.ClasspathSourceRoot;
import org.tinygo4j.frontend.loader.LoadConfig;
import org.tinygo4j.frontend.loader.LoadListener;
import org.tinygo4j.frontend.loader.Loader;
import org.tinygo4j.frontend.loader.Overlay;
import org.tinygo4j.frontend.loader.SourceFile;
import org.tinygo4j.frontend.loader.SourceRoot;
import org.tinygo4j.frontend.source.FileSet;
import org.tinygo4j.frontend.syntax.SourceParser;
import org.tinygo4j.frontend.types.Checker;
import org.tinygo4j.frontend.types.Info;
import org.tinygo4j.frontend.types.Package;
import org.tinygo4j.frontend.types.TypeSizes;
import org.tinygo4j.frontend.types.Universe;
import org.tinygo4j.runtime.RuntimeSources;
import org.tinygo4j.ssa.build.ProgramBuilder;
import org.tinygo4j.ssa.ir.Program;

/**
 * Test support shared by the code generator's tests, the one "compile this for that
 * target" harness: a built-in target's configuration; Go packages written in a test
 * (checked and built to SSA without the runtime) or a whole program from a file (with
 * the embedded runtime and the target's Go packages, as the compiler loads it); the
 * lowered module as text; LLVM IR text parsed for a target; and a hand-written IR file
 * built into an image.
 */
public final class CodegenTesting {
    private CodegenTesting() {
    }

    /** Something to do with a module in its target's context; the module is disposed afterwards. */
    public interface ModuleAction<T> {
        T apply(LlvmTarget target, LLVMModuleRef module) throws Exception;
    }

    /** A package written in a test: its import path, package name and the text of its one file. */
    public record Source(String path, String name, String text) {
        /** A package named runtime, which may define the helpers the lowering calls. */
        public static Source runtime(String text) {
            return new Source("runtime", "runtime", text);
        }
    }

    public static TargetSpec target(String name) {
        try {
            return TargetRegistry.load().resolve(name);
        } catch (TargetException e) {
            throw new AssertionError(e.getMessage());
        }
    }

    /** The configuration of a built-in target with default options. */
    public static BuildConfig config(String name) {
        return config(name, false);
    }

    /** The configuration of a built-in target with default options (or -debug). */
    public static BuildConfig config(String name, boolean debug) {
        BuildOptions d = BuildOptions.defaults();
        try {
            return BuildConfig.resolve(target(name), new BuildOptions(d.opt(), null, null, null, 0, d.tags(), debug,
                    d.linkerStrings()));
        } catch (ConfigException e) {
            throw new AssertionError(e.getMessage());
        }
    }

    /**
     * The SSA program of packages written in the test, checked in order: each may import
     * unsafe and the ones before it. They must check and build without errors.
     */
    public static Program packages(BuildConfig config, Source... sources) {
        FileSet fs = new FileSet();
        Diagnostics diags = new Diagnostics(fs);
        Universe universe = new Universe();
        Info info = new Info();
        TypeSizes sizes = sizes(config);
        List<Package> pkgs = new ArrayList<>();
        for (Source s : sources) {
            File f = SourceParser.parse(fs, s.name() + ".go", s.text().getBytes(StandardCharsets.UTF_8), diags);
            Package pkg = new Package(s.path(), s.name(), universe.scope());
            new Checker(universe, pkg, info, diags, sizes, (path, pos) -> path.equals("unsafe") ? universe.unsafe()
                    : pkgs.stream().filter(p -> p.path().equals(path)).findFirst().orElse(null))
                    .checkFiles(List.of(f));
            pkgs.add(pkg);
        }
        assertFalse(diags.hasErrors(), () -> diags.sorted().toString());
        Program program = new ProgramBuilder(pkgs, info, sizes, diags).build();
        assertFalse(diags.hasErrors(), () -> diags.sorted().toString());
        return program;
    }

    /**
     * The SSA program of a main package in one file, with the embedded runtime and the
     * target's Go packages (no GOROOT: it may import only what is built in).
     */
    public static Program program(BuildConfig config, Path mainFile) {
        try (ClasspathSourceRoot runtime = new ClasspathSourceRoot(RuntimeSources.class.getClassLoader(),
                RuntimeSources.MARKER)) {
            List<SourceRoot> roots = new ArrayList<>();
            roots.add(runtime);
            for (GoSourceRoot r : TargetRegistry.load().goSourceRoots()) {
                roots.add(importPath -> {
                    List<String> files = r.filesOf(importPath);
                    return files.isEmpty() ? Optional.empty() : Optional.of(files.stream()
                            .map(f -> new SourceFile(f, r.read(f).getBytes(StandardCharsets.UTF_8))).toList());
                });
            }
            TypeSizes sizes = sizes(config);
            Diagnostics diags = new Diagnostics(new FileSet());
            LoadConfig lc = new LoadConfig(roots, mainFile, config.buildTags(), config.goos(), config.goarch(), sizes,
                    List.of("runtime"));
            org.tinygo4j.frontend.loader.LoadedProgram loaded = Loader.load(lc, diags, null,
                    new Loader.Options(Overlay.NONE, List.of(mainFile), LoadListener.NONE));
            assertFalse(diags.hasErrors(), () -> diags.sorted().toString());
            Program program = new ProgramBuilder(loaded.packages(), loaded.info(), sizes, diags)
                    .withLinkerStrings(config.linkerStrings()).build();
            assertFalse(diags.hasErrors(), () -> diags.sorted().toString());
            return program;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lowers program for config's target (verified), and applies action to the module. */
    public static <T> T lowered(BuildConfig config, Program program, ModuleAction<T> action) {
        try (LlvmTarget t = LlvmTarget.create(config.target(), OptLevel.Z)) {
            LLVMModuleRef m = ModuleLowering.lower(t.context(), program,
                    ModuleLowering.Config.of(config, t.dataLayout()), "test");
            try {
                Backend.verify(m, "after lowering");
                return action.apply(t, m);
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                LLVMDisposeModule(m);
            }
        }
    }

    /** The text of the lowered, verified module of program. */
    public static String lowered(BuildConfig config, Program program) {
        return lowered(config, program, (t, m) -> IrText.print(m));
    }

    /**
     * Parses LLVM IR text (without target lines) for a target, in its context, and
     * applies action to the module; the target's data layout and triple are put first.
     */
    public static <T> T parsed(String targetName, String ir, ModuleAction<T> action) {
        try (LlvmTarget t = LlvmTarget.create(target(targetName), OptLevel.Z)) {
            LLVMModuleRef m = IrText.parse(t, "test", header(t) + ir);
            try {
                return action.apply(t, m);
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                LLVMDisposeModule(m);
            }
        }
    }

    /** Builds a hand-written IR file of src/test/resources for a built-in target, as the compiler builds a module. */
    public static LinkedImage image(Toolchain toolchain, String targetName, String irResource, boolean debug)
            throws CodegenException {
        TargetSpec spec = target(targetName);
        try (LlvmTarget t = LlvmTarget.create(spec, OptLevel.Z)) {
            LLVMModuleRef m = IrText.parse(t, irResource, header(t) + resource(irResource));
            return new Backend(toolchain).build(t, m, config(targetName, debug));
        }
    }

    /** A text resource of the tests. */
    public static String resource(String name) {
        try (InputStream in = CodegenTesting.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the function name's definition in a printed module, from "define" to its closing brace. */
    public static String function(String ir, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^define [^\n]*@\"?"
                + java.util.regex.Pattern.quote(name) + "\"?\\(").matcher(ir);
        if (!m.find()) {
            throw new AssertionError("no definition of " + name + " in\n" + ir);
        }
        return ir.substring(m.start(), ir.indexOf("\n}", m.start()) + 2);
    }

    private static String header(LlvmTarget t) {
        return "target datalayout = \"" + t.dataLayout() + "\"\ntarget triple = \"" + t.triple() + "\"\n";
    }

    private static TypeSizes sizes(BuildConfig config) {
        return new TypeSizes(config.pointerSize(), config.intSize(), config.maxAlign());
    }
}
