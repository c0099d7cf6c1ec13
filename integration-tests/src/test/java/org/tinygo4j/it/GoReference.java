package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Go 1.19's output for generated programs, the reference the tests compare with. */
final class GoReference {
    private GoReference() {
    }

    /**
     * What `go run` prints for source (stdout and stderr, where println writes), with its
     * build cache and GOPATH in tmp; the run must exit 0 within 120 s.
     */
    static String goRun(Path go, Path source, Path tmp) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(go.toString(), "run", source.toAbsolutePath().toString())
                .redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("GOCACHE", tmp.resolve("gocache").toString());
        env.put("GOPATH", tmp.resolve("gopath").toString());
        env.put("GO111MODULE", "off");
        env.put("GOFLAGS", "");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "go run did not finish");
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), () -> "Go's run failed:\n" + text);
        return text;
    }
}
