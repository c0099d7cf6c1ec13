package org.tinygo4j.run;

import com.dylibso.chicory.compiler.InterpreterFallback;
import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a WASI preview 1 module in this JVM with Chicory (a pure-Java WebAssembly
 * runtime): by default in its interpreter; {@link Engine#COMPILER} (system property
 * {@code tinygo4j.wasm.engine=compiler}) has its compiler translate the module's
 * functions to JVM bytecode first (about five times less CPU on a loop-heavy program,
 * no gain on the test suites' short ones, whose time goes into the translation).
 * Should the JVM reject a class the compiler made (a VerifyError: Chicory 1.7.5 made
 * one for a function of 330 parameters, which the back end no longer produces, see
 * AggregateParams) before the program has written anything, the run starts again in
 * the interpreter. stdout and stderr captured and forwarded, the exit code taken from
 * proc_exit (0 when _start returns). A trap ends the run with a message on stderr and
 * exit code 134, as wasmtime reports an abort. Each run has its own instance and WASI
 * state; the run happens on its own thread so that the time limit can interrupt it.
 *
 * <p>File system: two pre-opened directories, as {@code wasmtime --dir} gives them:
 * the current directory ({@link RunOptions#directory()} when given) as {@code "."}
 * (relative paths of the program land there, as with TinyGo's
 * {@code tinygo run -target=wasi}) and the host's temporary directory
 * ({@code java.io.tmpdir}) as {@code "/tmp"}, so that os.TempDir, os.MkdirTemp and
 * os.CreateTemp work. Nothing else of the host is visible; the module's environment is
 * {@link RunOptions#env()} alone, none of the JVM's.
 *
 * @param engine how Chicory executes the module: its interpreter, or its compiler to JVM
 *               bytecode
 */
public record WasiRunner(Engine engine) implements Runner {

    /** Exit code of a module that trapped (unreachable, out-of-bounds access, ...). */
    public static final int EXIT_TRAP = 134;

    /** How Chicory executes the module's code. */
    public enum Engine {
        /** Chicory's compiler to JVM bytecode, with its interpreter for what it cannot compile. */
        COMPILER,
        /** Chicory's interpreter only. */
        INTERPRETER;

        /**
         * The engine the system property tinygo4j.wasm.engine names.
         *
         * @return COMPILER when the property is "compiler", else INTERPRETER
         */
        public static Engine fromSystemProperty() {
            return "compiler".equals(System.getProperty("tinygo4j.wasm.engine")) ? COMPILER : INTERPRETER;
        }
    }

    /** A runner with the engine of the system property tinygo4j.wasm.engine. */
    public WasiRunner() {
        this(Engine.fromSystemProperty());
    }

    @Override
    public String describe() {
        return engine == Engine.COMPILER ? "wasi (Chicory, compiled)" : "wasi (Chicory, interpreted)";
    }

    @Override
    public Optional<String> unavailableReason() {
        return Optional.empty();
    }

    @Override
    public RunResult run(byte[] image, RunOptions options) throws IOException {
        List<String> argv = new ArrayList<>();
        argv.add("main.wasm");
        argv.addAll(options.args());
        return InJvmWasm.run("tinygo4j-wasi", options, cap -> {
            if (engine == Engine.COMPILER) {
                try {
                    return execute(image, argv, cap, Engine.COMPILER, options);
                } catch (VerifyError e) {
                    if (!cap.isEmpty()) {
                        throw e;
                    }
                }
            }
            return execute(image, argv, cap, Engine.INTERPRETER, options);
        });
    }

    private int execute(byte[] image, List<String> argv, OutputCapture cap, Engine engine, RunOptions options) {
        Path dir = options.directory();
        // the pre-opened directories, in the order of their descriptors (3, 4)
        List<Path> preopens = List.of((dir != null ? dir : Path.of("")).toAbsolutePath(),
                Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath());
        WasmModule module;
        try {
            module = Parser.parse(image);
        } catch (RuntimeException e) {
            throw new InJvmWasm.InvalidModule("not a valid WebAssembly module: " + e.getMessage(), e);
        }
        WasiOptions.Builder wb = WasiOptions.builder()
                .withStdout(cap.stream(false))
                .withStderr(cap.stream(true))
                .withArguments(argv)
                .withDirectory(".", preopens.get(0))
                .withDirectory("/tmp", preopens.get(1))
                .withThrowOnExit0(true);
        options.env().forEach(wb::withEnvironment);
        if (options.stdin() != null) {
            wb.withStdin(new java.io.ByteArrayInputStream(options.stdin()));
        }
        WasiOptions wopts = wb.build();
        try (WasiPreview1 wasi = WasiPreview1.builder().withOptions(wopts).build()) {
            HostFunction[] functions = wasi.toHostFunctions();
            for (int i = 0; i < functions.length; i++) {
                if (functions[i].name().equals("path_rename")) {
                    functions[i] = renameWithFallback(functions[i], preopens);
                }
            }
            ImportValues imports = ImportValues.builder().addFunction(functions).build();
            Instance instance;
            try {
                Instance.Builder builder = Instance.builder(module).withImportValues(imports).withStart(false);
                if (engine == Engine.COMPILER) {
                    builder.withMachineFactory(MachineFactoryCompiler.builder(module)
                            .withInterpreterFallback(InterpreterFallback.SILENT)
                            .compile());
                }
                instance = builder.build();
            } catch (WasiExitException e) {
                return e.exitCode();
            } catch (ChicoryException e) {
                throw new InJvmWasm.InvalidModule("cannot instantiate the module: " + e.getMessage(), e);
            }
            ExportFunction start;
            try {
                start = instance.export("_start");
            } catch (ChicoryException e) {
                start = null;
            }
            if (start == null) {
                throw new InJvmWasm.InvalidModule("the module exports no _start function", null);
            }
            try {
                start.apply();
                return 0;
            } catch (WasiExitException e) {
                return e.exitCode();
            } catch (ChicoryException e) {
                cap.note("wasm trap: " + e.getMessage() + "\n");
                return EXIT_TRAP;
            }
        }
    }

    /** WASI errno values (preview 1) that the rename fallback reports. */
    private static final int ENOTSUP = 58;
    private static final int ENOENT = 44;
    private static final int EEXIST = 20;
    private static final int ENOTEMPTY = 55;
    private static final int EIO = 29;
    private static final int ENOTCAPABLE = 76;

    /**
     * Chicory 1.7.5's path_rename asks java.nio for a move with COPY_ATTRIBUTES, which the
     * default file system rejects (UnsupportedOperationException, ENOTSUP to the guest),
     * so renames always failed on real directories. Where it answers ENOTSUP and both
     * descriptors are pre-opens, this moves the file itself: both paths resolved under
     * their pre-opened directory (and kept there), replacing an existing target as
     * POSIX rename does.
     */
    private static HostFunction renameWithFallback(HostFunction original, List<Path> preopens) {
        return new HostFunction(original.module(), original.name(), original.functionType(), (instance, args) -> {
            long[] result = original.handle().apply(instance, args);
            if (result[0] != ENOTSUP) {
                return result;
            }
            Path from = resolveUnder(preopens, (int) args[0],
                    instance.memory().readString((int) args[1], (int) args[2]));
            Path to = resolveUnder(preopens, (int) args[3],
                    instance.memory().readString((int) args[4], (int) args[5]));
            if (from == null || to == null) {
                return new long[] {ENOTCAPABLE};
            }
            try {
                try {
                    Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
                return new long[] {0};
            } catch (NoSuchFileException e) {
                return new long[] {ENOENT};
            } catch (DirectoryNotEmptyException e) {
                return new long[] {ENOTEMPTY};
            } catch (FileAlreadyExistsException e) {
                return new long[] {EEXIST};
            } catch (IOException e) {
                return new long[] {EIO};
            }
        });
    }

    /** The host path of a guest path relative to pre-open fd, or null outside it. */
    private static Path resolveUnder(List<Path> preopens, int fd, String rel) {
        int i = fd - 3;
        if (i < 0 || i >= preopens.size()) {
            return null;
        }
        Path base = preopens.get(i).normalize();
        Path p = base.resolve(rel).normalize();
        return p.startsWith(base) ? p : null;
    }
}
