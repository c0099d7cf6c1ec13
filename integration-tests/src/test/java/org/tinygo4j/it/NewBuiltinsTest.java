package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * min, max and clear (Go 1.21 builtins) on operands that are not constants: integers,
 * strings, floats (a NaN operand gives NaN, min(0, -0) is -0 and max(0, -0) is +0),
 * clear of a slice (its elements up to len, pointers included) and of a map. Go 1.19
 * has none of them, so it cannot be the oracle: the expected lines follow from the
 * Go 1.21 specification's definitions, one line per println of builtins.go.
 */
class NewBuiltinsTest {
    private static final String PROGRAM = "src/test/resources/builtins121/builtins.go";

    private static final String EXPECTED = """
            -3 7 -3 12 5 7
            -9 4
            100 255
            apple cherry true
            true true true
            true true
            true true false false true false
            true true
            1 0 0 4 2
            true true 2
            0 0
            """;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"host", "wasi", "cortex-m-qemu", "microbit", "arduino", "hifive1b"})
    void minMaxAndClear(String target) throws Exception {
        assertEquals(EXPECTED, ProgramOutput.of(target, Path.of(PROGRAM)));
    }
}
