package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Slice to array conversions, new in Go 1.20, in a module whose go.mod says go 1.20 (the
 * language version gc's -lang takes from it; under go1.19 the conversion is an error, as
 * Go 1.19's test/convert2.go expects). Go 1.19 cannot be the oracle: the expected lines
 * follow from the Go 1.20 specification (a copy of the slice's first n elements, a panic
 * when the slice is shorter, [0]T of a nil slice is the empty array). The panic's text
 * is Go 1.19's for the pointer form, which the array form shares here (gc 1.20 reworded
 * both to "to array or pointer to array").
 */
class SliceToArrayTest {
    private static final String PROGRAM = "src/test/resources/go120";

    private static final String EXPECTED = """
            9 1 4 4
            2
            cdef 4
            1 4
            0
            xy
            runtime error: cannot convert slice with length 4 to pointer to array with length 5
            no panic 5
            """;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"host", "wasi", "cortex-m-qemu", "microbit", "arduino"})
    void sliceToArray(String target) throws Exception {
        assertEquals(EXPECTED, ProgramOutput.of(target, Path.of(PROGRAM)));
    }
}
