package org.tinygo4j.cli.run;

import com.dylibso.chicory.compiler.InterpreterFallback;
import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import java.io.IOException;
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

        /** The engine the system property tinygo4j.wasm.engine names (interpreter unless "compiler"). */
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
                    return execute(image, argv, cap, Engine.COMPILER);
                } catch (VerifyError e) {
                    if (!cap.isEmpty()) {
                        throw e;
                    }
                }
            }
            return execute(image, argv, cap, Engine.INTERPRETER);
        });
    }

    private static int execute(byte[] image, List<String> argv, OutputCapture cap, Engine engine) {
        WasmModule module;
        try {
            module = Parser.parse(image);
        } catch (RuntimeException e) {
            throw new InJvmWasm.InvalidModule("not a valid WebAssembly module: " + e.getMessage(), e);
        }
        WasiOptions wopts = WasiOptions.builder()
                .withStdout(cap.stream(false))
                .withStderr(cap.stream(true))
                .withArguments(argv)
                .withThrowOnExit0(true)
                .build();
        try (WasiPreview1 wasi = WasiPreview1.builder().withOptions(wopts).build()) {
            ImportValues imports = ImportValues.builder().addFunction(wasi.toHostFunctions()).build();
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
}
