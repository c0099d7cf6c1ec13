package org.tinygo4j.codegen.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * How PartitionedEmission chooses its partitions: how many for a module's instruction
 * count, and where the runs of functions are cut. (The emission itself, run on a
 * program, is the integration tests' PartitionedEmissionTest.)
 */
class PartitionCutTest {

    @Test
    void smallModulesStayWholeLargerOnesGetTwoToFourPartitions() {
        assertEquals(1, PartitionedEmission.partitions(0));
        assertEquals(1, PartitionedEmission.partitions(PartitionedEmission.MIN_INSTRUCTIONS - 1));
        assertEquals(2, PartitionedEmission.partitions(PartitionedEmission.MIN_INSTRUCTIONS));
        assertEquals(3, PartitionedEmission.partitions(15_000));
        assertEquals(4, PartitionedEmission.partitions(20_000));
        assertEquals(PartitionedEmission.MAX_PARTITIONS, PartitionedEmission.partitions(10_000_000));
    }

    @Test
    void runsOfAboutEqualWeightInModuleOrder() {
        assertArrayEquals(new int[] {0, 2}, PartitionedEmission.cut(new long[] {1, 1, 1, 1}, 2));
        assertArrayEquals(new int[] {0, 2, 4}, PartitionedEmission.cut(new long[] {1, 1, 1, 1, 1, 1}, 3));
        // a heavy first function is a partition of its own
        assertArrayEquals(new int[] {0, 1}, PartitionedEmission.cut(new long[] {10, 1, 1, 1, 1}, 2));
        // a heavy last one: the others share what is left, none empty
        assertArrayEquals(new int[] {0, 2, 3}, PartitionedEmission.cut(new long[] {1, 1, 1, 10}, 3));
        assertArrayEquals(new int[] {0, 1, 2}, PartitionedEmission.cut(new long[] {5, 5, 5}, 3));
    }

    @Test
    void everyPartitionHoldsAFunctionWhateverTheWeights() {
        Random r = new Random(17);
        for (int round = 0; round < 2_000; round++) {
            int parts = 2 + r.nextInt(3);
            long[] w = new long[parts + r.nextInt(20)];
            for (int i = 0; i < w.length; i++) {
                w[i] = r.nextInt(4) == 0 ? r.nextInt(10_000) : r.nextInt(30);
            }
            int[] first = PartitionedEmission.cut(w, parts);
            assertEquals(0, first[0]);
            for (int k = 1; k < parts; k++) {
                assertTrue(first[k] > first[k - 1], () -> java.util.Arrays.toString(first));
            }
            assertTrue(first[parts - 1] < w.length, () -> java.util.Arrays.toString(first));
        }
    }
}
