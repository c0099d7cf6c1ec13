package org.tinygo4j.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tinygo4j.boards.GoSourceRoot;
import org.tinygo4j.boards.TargetRegistry;
import org.tinygo4j.boards.config.BuildConfig;
import org.tinygo4j.boards.config.ConfigException;
import org.tinygo4j.codegen.Codegen;
import org.tinygo4j.codegen.backend.BackendException;
import org.tinygo4j.codegen.backend.ImageFormat;
import org.tinygo4j.codegen.backend.ImageSizes;
import org.tinygo4j.codegen.backend.LinkedImage;
import org.tinygo4j.codegen.backend.Toolchain;
import org.tinygo4j.codegen.lower.NotSupported;
import org.tinygo4j.runtime.RuntimeSources;
import org.tinygo4j.frontend.diag.Diagnostic;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.loader.ClasspathSourceRoot;
import org.tinygo4j.frontend.loader.GorootSourceRoot;
import org.tinygo4j.frontend.loader.LargeStack;
import org.tinygo4j.frontend.loader.LoadConfig;
import org.tinygo4j.frontend.loader.Loader;
import org.tinygo4j.frontend.loader.SourceRoot;
import org.tinygo4j.frontend.syntax.FileSet;
import org.tinygo4j.ssa.build.ProgramBuilder;
import org.tinygo4j.ssa.ir.Program;

/**
 * One compilation, phase by phase: resolve the configuration (target and options),
 * load and check the packages, build SSA, generate code, convert the image to the
 * requested format and write it (to a temporary name, renamed into place only on
 * success). Every phase takes what it needs from the one BuildConfig. User errors end the
 * compilation with diagnostics; an exception from any phase becomes one "internal
 * compiler error" diagnostic naming the phase.
 */
final class Pipeline {
    /** Where the configuration comes from: {@link Compiler#config()}. */
    interface ConfigSource {
        BuildConfig resolve() throws ConfigException;
    }

    /** Where Go's sources come from: {@link Compiler#gorootRoot()} (null: none). */
    interface GorootSource {
        GorootSourceRoot resolve() throws ConfigException;
    }

    private final ConfigSource configSource;
    private final GorootSource gorootSource;
    private final TargetRegistry registry;
    private final Toolchain toolchain;

    Pipeline(ConfigSource configSource, GorootSource gorootSource, TargetRegistry registry, Toolchain toolchain) {
        this.configSource = configSource;
        this.gorootSource = gorootSource;
        this.registry = registry;
        this.toolchain = toolchain;
    }

    /** Compiles on a large-stack thread: every phase recurses over syntax trees (see LargeStack). */
    CompileResult compile(CompileRequest request) {
        return LargeStack.call("tinygo4j-compile", () -> compileOnThisThread(request));
    }

    private CompileResult compileOnThisThread(CompileRequest request) {
        FileSet fileSet = new FileSet();
        Diagnostics diags = new Diagnostics(fileSet, 10); // gc stops after ten errors
        String phase = "configuration";
        try {
            BuildConfig config;
            GorootSourceRoot goroot;
            try {
                config = configSource.resolve();
                goroot = gorootSource.resolve();
            } catch (ConfigException e) {
                return failed(diags, Diagnostic.plain(e.getMessage()));
            }
            OutputFormat format = outputFormat(request, config);
            if (format == null) {
                return failed(diags, Diagnostic.plain("unknown output format for " + request.output()
                        + ": use .elf, .hex, .bin, .uf2 or .wasm"));
            }
            String ext = "." + format.name().toLowerCase(Locale.ROOT);
            if (!config.outputExtensions().contains(ext)) {
                return failed(diags, Diagnostic.plain("target " + config.target().name() + " cannot produce a " + ext
                        + " file (it produces " + String.join(", ", config.outputExtensions()) + ")"));
            }

            phase = "load";
            org.tinygo4j.frontend.types.Sizes sizes = new org.tinygo4j.frontend.types.Sizes(config.pointerSize(),
                    config.intSize(), config.maxAlign());
            org.tinygo4j.frontend.loader.Program loaded;
            try (ClasspathSourceRoot runtime = new ClasspathSourceRoot(RuntimeSources.class.getClassLoader(),
                    RuntimeSources.MARKER)) {
                List<SourceRoot> roots = new ArrayList<>();
                roots.add(runtime);
                for (GoSourceRoot r : registry.goSourceRoots()) {
                    roots.add(new BoardSourceRoot(r));
                }
                loaded = Loader.load(new LoadConfig(roots, request.source(), config.buildTags(), config.goos(),
                        config.goarch(), sizes, List.of("runtime")).withGoroot(goroot, RuntimeSources.INCOMPLETE), diags);
            }
            if (loaded.main() == null || diags.hasErrors()) {
                return new CompileResult(diags.sorted(), null);
            }
            if (!"main".equals(loaded.main().name())) {
                diags.add(Diagnostic.plain(
                        "package " + loaded.main().name() + " is not a main package: nothing to link"));
                return new CompileResult(diags.sorted(), null);
            }

            phase = "ssa";
            ProgramBuilder builder = new ProgramBuilder(loaded.packages(), loaded.info(), sizes, diags)
                    .withLinkerStrings(config.linkerStrings());
            if (config.debug()) {
                builder.verify(true); // the SSA verifier; always on when Java assertions are
            }
            Program program = builder.build();
            if (diags.hasErrors()) {
                return new CompileResult(diags.sorted(), null);
            }

            phase = "codegen";
            LinkedImage image;
            try {
                image = new Codegen(toolchain).compile(program, config, "main");
            } catch (NotSupported e) {
                diags.error(e.pos(), "not supported yet: " + e.getMessage());
                return new CompileResult(diags.sorted(), null);
            } catch (BackendException e) {
                if (e.isInternal()) {
                    throw e;
                }
                return failed(diags, Diagnostic.plain(e.getMessage()));
            }

            phase = "output";
            byte[] bytes;
            try {
                bytes = image.encode(ImageFormat.valueOf(format.name()));
            } catch (BackendException e) {
                if (e.isInternal()) {
                    throw e;
                }
                return failed(diags, Diagnostic.plain(e.getMessage()));
            }
            if (request.output() != null) {
                writeAtomically(request.output(), bytes);
            }
            ImageSizes s = image.sizes();
            Sizes sz = new Sizes(s.code(), s.data(), s.bss(), s.fileBytes());
            return new CompileResult(diags.sorted(), new Artifact(format, bytes, image.bytes(), request.output(), sz));
        } catch (Exception | StackOverflowError | AssertionError e) {
            diags.add(Diagnostic.plain("internal compiler error: in " + phase + ": " + describe(e)));
            return new CompileResult(diags.sorted(), null);
        }
    }

    private static String describe(Throwable e) {
        StackTraceElement[] st = e.getStackTrace();
        String where = st.length == 0 ? "" : " (at " + st[0].getClassName() + "." + st[0].getMethodName() + ":"
                + st[0].getLineNumber() + ")";
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + where;
    }

    private static CompileResult failed(Diagnostics diags, Diagnostic d) {
        diags.add(d);
        return new CompileResult(diags.sorted(), null);
    }

    private static OutputFormat outputFormat(CompileRequest request, BuildConfig config) {
        if (request.format() != null) {
            return request.format();
        }
        if (request.output() != null) {
            OutputFormat f = OutputFormat.fromPath(request.output());
            if (f == OutputFormat.ELF && config.isWasm()) {
                return request.output().getFileName().toString().contains(".") ? null : OutputFormat.WASM;
            }
            return f;
        }
        return config.isWasm() ? OutputFormat.WASM : OutputFormat.ELF;
    }

    /** Writes to a temporary file beside the target, then renames it into place. */
    private static void writeAtomically(Path out, byte[] bytes) throws IOException {
        Path abs = out.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "output directory does not exist");
        }
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            tmp.toFile().setExecutable(true);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
