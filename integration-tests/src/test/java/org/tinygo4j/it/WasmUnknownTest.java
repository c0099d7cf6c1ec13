package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ValType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.run.RunOptions;
import org.tinygo4j.run.RunResult;
import org.tinygo4j.run.Runner;
import org.tinygo4j.run.WasmExportRunner;

/**
 * wasm-unknown: src/test/resources/wasm/wu_export.go compiled for it imports nothing,
 * exports its //export and //go:wasmexport functions (and its memory), and runs its
 * initialisers and main before the first export's body. A fixed sequence of calls is
 * made in Chicory and in Node; the expected results come from Go 1.19, which runs the
 * same file with a generated driver that calls main() and then the same functions in
 * the same order (os.Args too: one name, the driver being run without arguments). An
 * out-of-range index in an export traps (unreachable).
 */
class WasmUnknownTest {
    static final Path PROGRAM = Path.of("src/test/resources/wasm/wu_export.go");
    static final Path GO = Path.of("/usr/lib/go-1.19/bin/go");
    static final Path NODE = Path.of("/usr/bin/node");

    /** One call: an export, its arguments, whether its result is an int64 (i64). */
    record Call(String name, long... args) {}

    static final List<Call> CALLS = List.of(new Call("state"), new Call("count"), new Call("square", 3),
            new Call("count"), new Call("fillsum", 3, 1000), new Call("fillsum", 250, 4096), new Call("words", 40),
            new Call("mulhigh", 123456789012L, 77), new Call("square", 9), new Call("count"), new Call("args"));

    static byte[] module;

    @BeforeAll
    static void compile() {
        Compiler compiler = Compiler.builder().target("wasm-unknown").build();
        CompileResult r = compiler.compile(CompileRequest.of(PROGRAM));
        assertTrue(r.success(), () -> r.diagnostics().stream().map(Object::toString).collect(Collectors.joining("\n")));
        module = r.artifact().bytes();
    }

    @Test
    void importsNothingAndExportsTheFunctions() {
        WasmModule m = Parser.parse(module);
        assertEquals(0, m.importSection().importCount(), () -> m.importSection().stream()
                .map(i -> i.module() + "." + i.name()).collect(Collectors.joining(", ")));
        List<String> exports = WasmExportRunner.exportedFunctions(m);
        assertTrue(exports.containsAll(List.of("state", "count", "square", "fillsum", "words", "mulhigh", "args")),
                exports::toString);
    }

    @Test
    void chicoryCallsGiveWhatGoComputes(@TempDir Path tmp) throws Exception {
        Instance instance = Instance.builder(Parser.parse(module)).withImportValues(ImportValues.empty()).build();
        StringBuilder out = new StringBuilder();
        for (Call c : CALLS) {
            long[] r = instance.export(c.name()).apply(c.args());
            boolean wide = instance.exportType(c.name()).returns().get(0).equals(ValType.I64);
            out.append(wide ? Long.toString(r[0]) : Integer.toString((int) r[0])).append('\n');
        }
        assertEquals(goOutput(tmp), out.toString());
    }

    @Test
    void nodeCallsGiveWhatGoComputes(@TempDir Path tmp) throws Exception {
        requireNode();
        Path wasm = tmp.resolve("wu.wasm");
        Files.write(wasm, module);
        StringBuilder js = new StringBuilder("const fs = require('fs');\n")
                .append("const m = new WebAssembly.Module(fs.readFileSync(process.argv[2]));\n")
                .append("if (WebAssembly.Module.imports(m).length !== 0) throw new Error('imports');\n")
                .append("const x = new WebAssembly.Instance(m, {}).exports;\n")
                .append("const out = [];\n");
        WasmModule parsed = Parser.parse(module);
        Instance types = Instance.builder(parsed).withImportValues(ImportValues.empty()).build();
        for (Call c : CALLS) {
            List<ValType> params = types.exportType(c.name()).params();
            List<String> args = new ArrayList<>();
            for (int i = 0; i < c.args().length; i++) {
                args.add(c.args()[i] + (params.get(i).equals(ValType.I64) ? "n" : ""));
            }
            js.append("out.push(String(x.").append(c.name()).append('(').append(String.join(", ", args)).append(")));\n");
        }
        js.append("try { x.square(50); out.push('no trap'); } catch (e) { out.push(e instanceof WebAssembly.RuntimeError ? 'trap' : String(e)); }\n");
        js.append("console.log(out.join('\\n'));\n");
        Path script = tmp.resolve("call.js");
        Files.writeString(script, js);
        String output = run(tmp, List.of(NODE.toString(), script.toString(), wasm.toString()));
        assertEquals(goOutput(tmp) + "trap\n", output);
    }

    @Test
    void aPanicInAnExportTraps() {
        Instance instance = Instance.builder(Parser.parse(module)).withImportValues(ImportValues.empty()).build();
        assertEquals(81, (int) instance.export("square").apply(9)[0]);
        assertThrows(ChicoryException.class, () -> instance.export("square").apply(50));
    }

    @Test
    void theRunnerCallsTheExportNamedByTheFlag() throws Exception {
        Compiler compiler = Compiler.builder().target("wasm-unknown").build();
        Runner runner = Runner.forConfig(compiler.config()).orElseThrow();
        assertTrue(runner instanceof WasmExportRunner, runner::describe);
        RunResult r = runner.run(module, RunOptions.defaults().withExport("square").withArgs(List.of("7")));
        assertEquals("49\n", r.stdout());
        assertEquals(0, r.exitCode());
        RunResult trap = runner.run(module, RunOptions.defaults().withExport("square").withArgs(List.of("70")));
        assertEquals(134, trap.exitCode());
        assertTrue(trap.stderr().startsWith("wasm trap"), trap.stderr());
        assertThrows(IOException.class, () -> runner.run(module, RunOptions.defaults().withExport("nosuch")));
    }

    static void requireNode() {
        if (!Files.isExecutable(NODE)) {
            String reason = "node not found (install the Debian package nodejs)";
            if (Emulators.required()) {
                fail(reason + " (TINYGO4J_REQUIRE_EMULATORS=1)");
            }
            assumeTrue(false, "skipped: " + reason);
        }
    }

    /** What Go 1.19 prints for the calls: a test binary whose TestMain calls main() and then each export. */
    private static String goOutput(Path tmp) throws Exception {
        if (!Files.isExecutable(GO)) {
            String reason = "go not found at " + GO + " (install the Debian package golang-1.19-go)";
            if (Emulators.required()) {
                fail(reason + " (TINYGO4J_REQUIRE_EMULATORS=1)");
            }
            assumeTrue(false, "skipped: " + reason);
        }
        Path dir = Files.createDirectories(tmp.resolve("go"));
        Files.copy(PROGRAM, dir.resolve("wu_export.go"));
        StringBuilder d = new StringBuilder("package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"testing\"\n)\n\n")
                .append("func TestMain(m *testing.M) {\n\tmain()\n");
        for (Call c : CALLS) {
            List<String> args = new ArrayList<>();
            for (long a : c.args()) {
                args.add(Long.toString(a));
            }
            d.append("\tfmt.Println(").append(c.name()).append('(').append(String.join(", ", args)).append("))\n");
        }
        d.append("\tos.Exit(0)\n}\n");
        Files.writeString(dir.resolve("driver_test.go"), d);
        run(dir, List.of(GO.toString(), "test", "-c", "-o", "drv", "wu_export.go", "driver_test.go"));
        return run(dir, List.of(dir.resolve("drv").toString()));
    }

    private static String run(Path dir, List<String> cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("GOCACHE", dir.resolve("gocache").toString());
        pb.environment().put("HOME", dir.toString());
        pb.environment().put("GO111MODULE", "off");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + cmd);
        assertEquals(0, p.exitValue(), () -> String.join(" ", cmd) + " failed:\n" + out);
        return out;
    }
}
