package org.tinygo4j.codegen.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tinygo4j.codegen.CodegenTesting;
import org.tinygo4j.codegen.lower.AllocationSites.Site;

/**
 * What -gc=none's check reports: each allocation that reachable code makes, at the
 * position the lowering tagged it with; a runtime function's allocation at the calls
 * from the program that reach it; nothing for code that nothing reaches or that only a
 * panic reaches.
 */
class NoHeapTest {

    private static final String IR = """
            declare ptr @runtime.alloc(i32)
            declare ptr @runtime.allocNoscan(i32)

            define void @main() {
            entry:
              call void @main.leak()
              %s = call ptr @runtime.stringConcat(ptr null, ptr null), !tinygo.alloc !1
              call void @runtime._panic(ptr null)
              ret void
            }

            define internal void @main.leak() {
            entry:
              %p = call ptr @runtime.allocNoscan(i32 8), !tinygo.alloc !0
              ret void
            }

            define internal void @main.untagged() {
            entry:
              %p = call ptr @runtime.alloc(i32 8)
              ret void
            }

            define internal ptr @runtime.stringConcat(ptr %a, ptr %b) {
            entry:
              %p = call ptr @runtime.allocNoscan(i32 16), !tinygo.alloc !2
              ret ptr %p
            }

            define internal void @runtime._panic(ptr %v) {
            entry:
              %p = call ptr @runtime.alloc(i32 16), !tinygo.alloc !3
              call void @main.untagged()
              unreachable
            }

            define internal void @main.unused() {
            entry:
              %p = call ptr @runtime.alloc(i32 8), !tinygo.alloc !4
              ret void
            }

            !0 = !{i32 42, !"main.leak"}
            !1 = !{i32 7, !"main.main"}
            !2 = !{i32 900, !"runtime.stringConcat"}
            !3 = !{i32 901, !"runtime._panic"}
            !4 = !{i32 50, !"main.unused"}
            """;

    @Test
    void reportsTheReachableAllocationsWhereTheProgramMakesThem() {
        CodegenTesting.parsed("cortex-m-qemu", IR, (t, m) -> {
            // main.leak's own; runtime.stringConcat's, at main's call of it; not the panic's,
            // not main.untagged's (only the panic calls it), not main.unused's
            assertEquals(Set.of(new Site(7, "main.main"), new Site(42, "main.leak")), sites(NoHeap.allocations(m)));
            return null;
        });
    }

    @Test
    void anAllocationWithoutItsTagIsReportedInItsFunction() {
        String ir = IR.replace("call void @main.leak()", "call void @main.untagged()");
        CodegenTesting.parsed("cortex-m-qemu", ir, (t, m) -> {
            assertEquals(Set.of(new Site(-1, "main.untagged"), new Site(7, "main.main")), sites(NoHeap.allocations(m)));
            return null;
        });
    }

    @Test
    void aProgramWithoutAllocationsHasNothingToReport() {
        String ir = """
                define void @main() {
                entry:
                  ret void
                }
                """;
        CodegenTesting.parsed("cortex-m-qemu", ir, (t, m) -> {
            assertEquals(List.of(), NoHeap.allocations(m));
            return null;
        });
    }

    /** The sites as a set (their order follows LLVM's use lists), none reported twice. */
    private static Set<Site> sites(List<Site> list) {
        assertEquals(list.size(), Set.copyOf(list).size(), list::toString);
        return Set.copyOf(list);
    }
}
