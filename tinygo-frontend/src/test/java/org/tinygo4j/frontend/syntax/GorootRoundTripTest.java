package org.tinygo4j.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tinygo4j.frontend.ast.print.AstEquality;

/**
 * For every .go file of Debian's Go 1.19 source tree outside testdata: parse, print
 * with AstPrinter, parse again, and require the same AST apart from positions
 * (AstEquality). Files are checked in parallel; the failures are printed.
 */
class GorootRoundTripTest {
    private static final Path ROOT = Path.of("/usr/share/go-1.19/src");

    @Test
    void everyGorootFileRoundTrips() throws IOException {
        assumeTrue(Files.isDirectory(ROOT), "skipped: " + ROOT + " missing (Debian package golang-1.19-src)");
        List<Path> files;
        try (Stream<Path> s = Files.walk(ROOT)) {
            files = s.filter(p -> p.toString().endsWith(".go") && !p.toString().contains("/testdata/")).sorted().toList();
        }
        ThreadLocal<AstEquality> eq = ThreadLocal.withInitial(AstEquality::new);
        long t0 = System.nanoTime();
        List<String> failures = files.parallelStream().map(p -> {
            try {
                return RoundTrip.check(p.toString(), Files.readAllBytes(p), eq.get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).filter(r -> r != null).sorted().toList();
        System.out.printf("GOROOT round trip: %d/%d files passed in %.1fs%n", files.size() - failures.size(),
                files.size(), (System.nanoTime() - t0) / 1e9);
        failures.stream().limit(40).forEach(f -> System.out.println("  " + f));
        assertEquals(List.of(), failures.stream().limit(10).toList(), failures.size() + " files do not round-trip");
    }
}
