package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.run.RunResult;
import org.tinygo4j.run.Runner;

/**
 * Stack overflow in main and in a goroutine (src/test/resources/stackoverflow/): a
 * recursion deeper than any stack ends with Go's report and exit code 2 on every
 * target. gc's report has two lines of its own before "fatal error: stack overflow"
 * ("runtime: goroutine stack exceeds 1000000000-byte limit" and a line of stack
 * addresses), which name its stack sizes and addresses, not ours. So the expected
 * texts are Go 1.19's output (`go build`, run, exit status 2) without the lines that
 * start with "runtime: " and up to the fatal error; ours must have gc's first line
 * with its own limit.
 */
class StackOverflowTest {
    private static final String DIR = "src/test/resources/stackoverflow/";
    private static final Pattern LIMIT_LINE = Pattern.compile("(?m)^runtime: goroutine stack exceeds [0-9]+-byte limit$");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"host", "wasi", "cortex-m-qemu", "microbit", "arduino", "hifive1b"})
    void inMain(String target) throws Exception {
        check(target, "main.go", "shallow 3\nfatal error: stack overflow\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"host", "wasi", "cortex-m-qemu", "microbit", "arduino", "hifive1b"})
    void inAGoroutine(String target) throws Exception {
        check(target, "goroutine.go", "shallow 2\nfatal error: stack overflow\n");
    }

    /**
     * On the host a goroutine's stack is as large as main's (reserved address space,
     * stack_tasks_linux.go): a recursion 100,000 frames deep fits, and one without end
     * is reported all the same, beside 200 goroutines blocked on neighbouring stacks.
     */
    @Test
    void deepInAGoroutineOnTheHost() throws Exception {
        check("host", "goroutine_deep.go", "deep 625150000\nfatal error: stack overflow\n");
    }

    /**
     * On the Uno (512 bytes of main stack) time.Format called a few frames below main,
     * with a collection under its appends, used to overwrite the top of the heap without
     * a report and print wrong offsets. Whatever fits, the program must print Go's
     * output, or a prefix of it and then the report with exit code 2: never other text.
     */
    @Test
    void unoPrintsGoOutputOrTheReportNeverGarbage() throws Exception {
        Path program = Path.of("testdata/timeformat_small.go");
        String go = java.nio.file.Files.readString(Path.of("testdata/timeformat_small.out"));
        RunResult run = ProgramOutput.run("arduino", program);
        String out = run.output().replace("\r\n", "\n");
        java.util.regex.Matcher m = LIMIT_LINE.matcher(out);
        if (!m.find()) {
            assertEquals(go, out);
            return;
        }
        String before = out.substring(0, m.start());
        assertTrue(go.startsWith(before), () -> "printed other than Go before the report:\n" + out);
        assertEquals("fatal error: stack overflow\n", out.substring(m.end()).replaceFirst("^\n", ""), out);
        Runner runner = Runner.forConfig(Compiler.builder().target("arduino").build().config()).orElseThrow();
        if (runner.reportsExitCode()) {
            assertEquals(2, run.exitCode(), out);
        }
    }

    private static void check(String target, String program, String expected) throws Exception {
        RunResult run = ProgramOutput.run(target, Path.of(DIR + program));
        String out = run.output().replace("\r\n", "\n");
        assertTrue(LIMIT_LINE.matcher(out).find(), () -> "no report of the limit:\n" + out);
        String withoutRuntimeLines = out.lines().filter(l -> !l.startsWith("runtime: "))
                .map(l -> l + "\n").collect(Collectors.joining());
        assertEquals(expected, withoutRuntimeLines);
        Runner runner = Runner.forConfig(Compiler.builder().target(target).build().config()).orElseThrow();
        if (runner.reportsExitCode()) {
            assertEquals(2, run.exitCode(), out);
        }
    }
}
