package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;

/**
 * {@code //go:wasmimport module name}: a function declared without a body becomes an
 * import of that module and name. src/test/resources/wasm/wasmimport.go imports two
 * functions of module "host", which this test provides as Chicory host functions next
 * to WASI; the program's output and the values the host received prove the calls and
 * their argument and result types. Run for wasip1 and for its alias wasi.
 */
class WasmImportTest {
    static final Path PROGRAM = Path.of("src/test/resources/wasm/wasmimport.go");

    static byte[] compile(String target, Path program) {
        Compiler compiler = Compiler.builder().target(target).build();
        CompileResult r = compiler.compile(CompileRequest.of(program));
        assertTrue(r.success(), () -> r.diagnostics().stream().map(Object::toString).collect(Collectors.joining("\n")));
        return r.artifact().bytes();
    }

    @org.junit.jupiter.api.Test
    void wasiIsAnAliasOfWasip1() {
        assertTrue(java.util.Arrays.equals(compile("wasip1", PROGRAM), compile("wasi", PROGRAM)),
                "wasi and wasip1 must give the same module");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"wasip1", "wasi"})
    void importsComeFromTheNamedModule(String target) {
        WasmModule module = Parser.parse(compile(target, PROGRAM));
        List<String> imports = module.importSection().stream()
                .map(i -> i.module() + "." + i.name()).collect(Collectors.toList());
        assertTrue(imports.contains("host.add3"), imports::toString);
        assertTrue(imports.contains("host.record"), imports::toString);

        List<String> seen = new ArrayList<>();
        HostFunction add3 = new HostFunction("host", "add3",
                FunctionType.of(List.of(ValType.I32, ValType.I32, ValType.I32), List.of(ValType.I32)),
                (inst, args) -> new long[] {(int) args[0] + (int) args[1] + (int) args[2]});
        HostFunction record = new HostFunction("host", "record",
                FunctionType.of(List.of(ValType.I64, ValType.F64), List.of()),
                (inst, args) -> {
                    seen.add(args[0] + " " + Double.longBitsToDouble(args[1]));
                    return null;
                });
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        WasiOptions opts = WasiOptions.builder().withStderr(err).withThrowOnExit0(true).build();
        int exit = -1;
        try (WasiPreview1 wasi = WasiPreview1.builder().withOptions(opts).build()) {
            ImportValues values = ImportValues.builder().addFunction(wasi.toHostFunctions())
                    .addFunction(add3, record).build();
            Instance instance = Instance.builder(module).withImportValues(values).withStart(false).build();
            try {
                instance.export("_start").apply();
                exit = 0;
            } catch (WasiExitException e) {
                exit = e.exitCode();
            }
        }
        assertEquals(0, exit);
        assertEquals("add3: 6\ndone\n", err.toString(StandardCharsets.UTF_8));
        assertEquals(List.of("60000000000 2.5"), seen);
    }
}
