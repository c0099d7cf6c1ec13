package org.tinygo4j.run;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a module that imports nothing (wasm-unknown) in this JVM with Chicory by calling
 * one of its exports: the one {@link RunOptions#export()} names, with the program
 * arguments as its parameters (decimal integers for i32/i64, decimal numbers for
 * f32/f64). The results are printed on stdout, separated by blanks, one line. A trap
 * (a panic, os.Exit) ends the run with a message on stderr and exit code 134, as
 * {@link WasiRunner} reports one.
 */
public record WasmExportRunner() implements Runner {

    @Override
    public String describe() {
        return "wasm-unknown (Chicory, calling an export)";
    }

    @Override
    public Optional<String> unavailableReason() {
        return Optional.empty();
    }

    @Override
    public RunResult run(byte[] image, RunOptions options) throws IOException {
        return InJvmWasm.run("tinygo4j-wasm-export", options, cap -> execute(image, options, cap));
    }

    /**
     * The names of the functions a module exports.
     *
     * @param module a parsed WebAssembly module
     * @return the names of its function exports, in export order
     */
    public static List<String> exportedFunctions(WasmModule module) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < module.exportSection().exportCount(); i++) {
            Export x = module.exportSection().getExport(i);
            if (x.exportType() == ExternalType.FUNCTION) {
                names.add(x.name());
            }
        }
        return names;
    }

    private static int execute(byte[] image, RunOptions options, OutputCapture cap) {
        WasmModule module;
        try {
            module = Parser.parse(image);
        } catch (RuntimeException e) {
            throw new InJvmWasm.InvalidModule("not a valid WebAssembly module: " + e.getMessage(), e);
        }
        List<String> exports = exportedFunctions(module);
        String name = options.export();
        if (name == null || !exports.contains(name)) {
            throw new InJvmWasm.InvalidModule((name == null ? "name the function to call with -export NAME"
                    : "the module exports no function " + name) + "; it exports: "
                    + (exports.isEmpty() ? "none" : String.join(", ", exports)));
        }
        Instance instance;
        try {
            instance = Instance.builder(module).withImportValues(ImportValues.empty()).build();
        } catch (ChicoryException e) {
            throw new InJvmWasm.InvalidModule("cannot instantiate the module without imports: " + e.getMessage(), e);
        }
        ExportFunction fn = instance.export(name);
        FunctionType type = instance.exportType(name);
        List<String> args = options.args();
        if (args.size() != type.params().size()) {
            throw new InJvmWasm.InvalidModule(name + " takes " + type.params().size() + " arguments " + type.params()
                    + ", got " + args.size());
        }
        long[] values = new long[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = encode(type.params().get(i), args.get(i));
        }
        long[] results;
        try {
            results = fn.apply(values);
        } catch (ChicoryException e) {
            cap.note("wasm trap: " + e.getMessage() + "\n");
            return WasiRunner.EXIT_TRAP;
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; results != null && i < type.returns().size(); i++) {
            if (i > 0) {
                line.append(' ');
            }
            line.append(decode(type.returns().get(i), results[i]));
        }
        line.append('\n');
        byte[] b = line.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        cap.stdout(b, 0, b.length);
        return 0;
    }

    private static long encode(ValType t, String text) {
        try {
            if (t.equals(ValType.I32)) {
                return Integer.parseInt(text);
            } else if (t.equals(ValType.I64)) {
                return Long.parseLong(text);
            } else if (t.equals(ValType.F32)) {
                return Float.floatToRawIntBits(Float.parseFloat(text));
            } else if (t.equals(ValType.F64)) {
                return Double.doubleToRawLongBits(Double.parseDouble(text));
            }
        } catch (NumberFormatException e) {
            throw new InJvmWasm.InvalidModule("argument " + text + " is not a " + t, e);
        }
        throw new InJvmWasm.InvalidModule("cannot pass a " + t + " from the command line");
    }

    private static String decode(ValType t, long v) {
        if (t.equals(ValType.I32)) {
            return Integer.toString((int) v);
        } else if (t.equals(ValType.F32)) {
            return Float.toString(Float.intBitsToFloat((int) v));
        } else if (t.equals(ValType.F64)) {
            return Double.toString(Double.longBitsToDouble(v));
        }
        return Long.toString(v);
    }
}
