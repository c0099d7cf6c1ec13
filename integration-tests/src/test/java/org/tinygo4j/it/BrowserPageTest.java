package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.run.NodeRunner;

/**
 * A page built by a Go program of the wasm target (src/test/resources/wasm/browser/
 * counter.go: DOM elements made with syscall/js and a click callback made with
 * js.FuncOf) in headless Chromium, Debian's package chromium.
 *
 * <p>The page is one HTML file (a file: URL cannot fetch the module) that inlines our
 * wasm_exec.js, the module in base64, the usual loader (new Go(), instantiate, run;
 * here once the document is parsed, so the program's elements follow the page's own)
 * and a test-only script: once go.run has returned to JavaScript (main waits in
 * select{}), it dispatches three click events on the button the program made and
 * marks the body data-test="done" (or the error). One run of
 * {@code chromium --headless=new --dump-dom --screenshot} prints the DOM after the
 * virtual-time budget and writes the screenshot; the test compares the body without
 * the page's scripts (what the program appended) with what the program's logic
 * implies after three clicks (written by hand: Go 1.19 cannot run DOM code), checks
 * that fmt.Println reached the console, and keeps the page and the screenshot under
 * target/browser/. Without chromium the test skips, or fails under
 * TINYGO4J_REQUIRE_EMULATORS=1.
 */
class BrowserPageTest {
    static final Path DIR = Path.of("src/test/resources/wasm/browser");
    static final Path OUT = Path.of("target/browser");

    /** What counter.go appends to the body: three clicks counted and logged, the label changed at the third. */
    static final String EXPECTED_BODY = "<h1>tinygo4j counter</h1>"
            + "<button id=\"inc\">Add one more</button>"
            + "<p id=\"count\">count: 3</p>"
            + "<ul id=\"log\"><li>click 1 on click</li><li>click 2 on click</li><li>click 3 on click</li></ul>";

    @Test
    void counterPageReactsToClicks() throws Exception {
        Emulators.requireProgramOrSkip("chromium", "chromium");
        Compiler compiler = Compiler.builder().target("wasm").build();
        CompileResult r = compiler.compile(CompileRequest.of(DIR.resolve("counter.go")));
        assertTrue(r.success(), () -> r.diagnostics().stream().map(Object::toString).collect(Collectors.joining("\n")));

        Files.createDirectories(OUT);
        Path html = OUT.resolve("counter.html").toAbsolutePath();
        Path png = OUT.resolve("counter.png").toAbsolutePath();
        Files.deleteIfExists(png);
        Files.writeString(html, page(new String(NodeRunner.supportFile(), StandardCharsets.UTF_8), r.artifact().bytes()));

        Chromium run = Chromium.run(html, png);
        String dom = run.stdout();
        assertTrue(dom.contains("data-test=\"done\""), () -> "the test script did not finish\n" + tail(dom) + "\n" + run.stderr());
        Matcher body = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL).matcher(dom);
        assertTrue(body.find(), () -> "no body in the dumped DOM\n" + tail(dom));
        // the page's own scripts are the body's other children (inlined wasm_exec.js has no "</script")
        String built = body.group(1).replaceAll("(?s)<script>.*?</script>", "").strip();
        assertEquals(EXPECTED_BODY, built);
        assertTrue(run.stderr().contains("\"page ready\""), () -> "fmt.Println did not reach the console\n" + run.stderr());
        assertTrue(Files.size(png) > 0, "no screenshot at " + png);
    }

    /** The page: support file, module, loader and the test-only clicking script. */
    static String page(String supportFile, byte[] wasm) {
        // the support file's comments show a <script> element: it must not end ours
        String js = supportFile.replace("</script", "<\\/script");
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>tinygo4j counter</title></head>\n<body>\n"
                + "<script>\n" + js + "</script>\n"
                + "<script>\n"
                + "const wasm = Uint8Array.from(atob(\"" + Base64.getEncoder().encodeToString(wasm) + "\"), (c) => c.charCodeAt(0));\n"
                + "const go = new Go();\n"
                + "const parsed = new Promise((done) => document.addEventListener(\"DOMContentLoaded\", done));\n"
                + "const started = parsed.then(() => WebAssembly.instantiate(wasm, go.importObject))\n"
                + "  .then((r) => { go.run(r.instance); });\n"
                + "</script>\n"
                + "<script>\n"
                + "// test only: main has returned to JavaScript, waiting in select{}; click three times\n"
                + "started.then(() => {\n"
                + "  const b = document.getElementById(\"inc\");\n"
                + "  for (let i = 0; i < 3; i++) b.dispatchEvent(new MouseEvent(\"click\", { bubbles: true }));\n"
                + "  document.body.dataset.test = \"done\";\n"
                + "}).catch((e) => { document.body.dataset.test = \"error: \" + e; });\n"
                + "</script>\n"
                + "</body></html>\n";
    }

    static String tail(String s) {
        return s.length() > 2000 ? "..." + s.substring(s.length() - 2000) : s;
    }

    /** One headless Chromium run: DOM on stdout, console messages on stderr, a screenshot. */
    record Chromium(String stdout, String stderr) {
        static Chromium run(Path html, Path png) throws IOException, InterruptedException {
            Path tmp = Files.createTempDirectory("tinygo4j-chromium");
            try {
                List<String> cmd = new ArrayList<>(List.of("chromium", "--headless=new", "--disable-gpu",
                        "--no-sandbox", // the sandbox refuses to run as root (CI containers)
                        "--disable-dev-shm-usage", // containers often give /dev/shm 64 MB; /tmp instead
                        "--no-first-run", "--user-data-dir=" + tmp.resolve("profile"),
                        "--virtual-time-budget=5000", "--window-size=480,320",
                        "--enable-logging=stderr", "--v=0",
                        "--screenshot=" + png, "--dump-dom", html.toUri().toString()));
                ProcessBuilder pb = new ProcessBuilder(cmd);
                pb.environment().put("HOME", tmp.toString());
                File out = tmp.resolve("stdout").toFile();
                File err = tmp.resolve("stderr").toFile();
                pb.redirectOutput(out).redirectError(err).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
                Process p = pb.start();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                    fail("chromium did not finish within 60 s\n" + Files.readString(err.toPath()));
                }
                String stderr = Files.readString(err.toPath());
                assertEquals(0, p.exitValue(), () -> "chromium failed\n" + stderr);
                return new Chromium(Files.readString(out.toPath()), stderr);
            } finally {
                try (Stream<Path> s = Files.walk(tmp)) {
                    for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(f);
                    }
                } catch (IOException | java.io.UncheckedIOException e) {
                    // a helper process of Chromium may still be removing its files: leave the rest
                }
            }
        }
    }
}
