package org.tinygo4j.codegen.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tinygo4j.codegen.CodegenTesting;

/**
 * Compilations share no state but LLVM's target registry: building for several
 * targets at once, each in its own context and temporary directory, gives the same
 * images as building them one by one.
 */
class ConcurrentBuildsTest {

    private static final List<String[]> BUILDS = List.of(
            new String[] {"host", "hello/host.ll"},
            new String[] {"wasi", "hello/wasi.ll"},
            new String[] {"microbit", "hello/nrf51-uart.ll"},
            new String[] {"arduino", "hello/avr-usart.ll"});

    @Test
    void parallelBuildsMatchSequentialOnes() throws Exception {
        Toolchain toolchain = new Toolchain();
        List<byte[]> sequential = new ArrayList<>();
        for (String[] b : BUILDS) {
            sequential.add(CodegenTesting.image(toolchain, b[0], b[1], false).bytes());
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(BUILDS.size())) {
            List<Future<byte[]>> parallel = new ArrayList<>();
            for (String[] b : BUILDS) {
                parallel.add(pool.submit(() -> CodegenTesting.image(new Toolchain(), b[0], b[1], false).bytes()));
            }
            for (int i = 0; i < BUILDS.size(); i++) {
                assertArrayEquals(sequential.get(i), parallel.get(i).get(), BUILDS.get(i)[0]);
            }
        }
    }
}
