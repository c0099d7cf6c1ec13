package org.tinygo4j.codegen.lower;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tinygo4j.boards.config.BuildConfig;
import org.tinygo4j.codegen.CodegenTesting;
import org.tinygo4j.codegen.CodegenTesting.Source;
import org.tinygo4j.ssa.ir.Program;

/**
 * Type descriptors: one byte per converted type in an ordinary program; the full
 * layout (kind, size, element types, struct fields with offsets) when the program
 * contains package internal/reflectlite, including descriptors for the types a
 * converted type's descriptor reaches; KindPossible folded to a constant.
 */
class TypeDescriptorsTest {
    private static final String SOURCE = """
            package runtime

            func alloc(size uintptr) *byte { return nil }
            func allocNoscan(size uintptr) *byte { return nil }

            type Pt struct {
            	X    int32
            	next *Pt
            }

            type Path []Pt

            //export box
            func box(p Path) interface{} { return p }
            """;

    private static final String REFLECT = """
            package reflectlite

            func KindPossible(k int) bool
            """;

    /** Prints a Celsius only when asked: the float kind (14) is possible, the map kind (21) is not. */
    private static final String KINDS = """
            package runtime

            import "internal/reflectlite"

            func alloc(size uintptr) *byte { return nil }
            func allocNoscan(size uintptr) *byte { return nil }

            type Celsius float64

            type Reading struct {
            	Where string
            	T     *Celsius
            }

            //export box
            func box(r Reading) interface{} { return r }

            //export floats
            func floats() bool { return reflectlite.KindPossible(14) }

            //export maps
            func maps() bool { return reflectlite.KindPossible(21) }
            """;

    private static String lower(String target, boolean withReflect) {
        // full descriptors come with a package that imports reflectlite (as fmt does)
        String source = withReflect
                ? SOURCE.replace("package runtime\n", "package runtime\n\nimport _ \"internal/reflectlite\"\n")
                : SOURCE;
        return lower(target, withReflect, source);
    }

    private static String lower(String target, boolean withReflect, String source) {
        BuildConfig config = CodegenTesting.config(target);
        Program program = withReflect
                ? CodegenTesting.packages(config, new Source("internal/reflectlite", "reflectlite", REFLECT),
                        Source.runtime(source))
                : CodegenTesting.packages(config, Source.runtime(source));
        return CodegenTesting.lowered(config, program);
    }

    @Test
    void ordinaryProgramsGetOneBytePerType() {
        String ir = lower("host", false);
        assertTrue(ir.contains("@\"type:runtime.Path\" = private constant i8 0"), ir);
        assertFalse(ir.contains("@\"fields:"), ir);
        assertFalse(ir.contains("type:runtime.Pt\""), ir);
    }

    @Test
    void programsWithReflectliteGetFullDescriptorsForEveryReachableType() {
        String ir = lower("host", true);
        // Path: kind slice (23), named, size 24, elem Pt
        assertTrue(ir.contains("@\"type:runtime.Path\" = private constant { { ptr, i64 }, i8, i8, i64, ptr, ptr, i64, ptr }"),
                ir);
        assertTrue(ir.contains("i8 23, i8 1, i64 24, ptr @\"type:runtime.Pt\""), ir);
        // Pt: kind struct (25), named and comparable (flags 1|4), two fields at offsets 0
        // and 8; next is unexported, its type *Pt (kind pointer, 22, comparable) points
        // back at Pt; Path, a slice, is not comparable
        assertTrue(ir.contains("i8 25, i8 5, i64 16, ptr null, ptr null, i64 2, ptr @\"fields:runtime.Pt\""), ir);
        assertTrue(ir.contains("ptr @\"type:int32\", i64 0, i8 2 }"), ir);
        assertTrue(ir.contains("ptr @\"type:*runtime.Pt\", i64 8, i8 0 }"), ir);
        assertTrue(ir.contains("i8 22, i8 4, i64 8, ptr @\"type:runtime.Pt\""), ir);
    }

    @Test
    void kindPossibleIsAConstantFromTheConvertedTypesAndWhatTheyHold() {
        String ir = lower("host", true, KINDS);
        assertTrue(body(ir, "floats").contains("ret i1 true"), ir);
        assertTrue(body(ir, "maps").contains("ret i1 false"), ir);
    }

    private static String body(String ir, String fn) {
        int start = ir.indexOf("@" + fn + "()");
        return ir.substring(start, ir.indexOf("\n}\n", start));
    }

    @Test
    void fullDescriptorsLowerOnSixteenBitPointers() {
        String ir = lower("arduino", true);
        assertTrue(ir.contains("@\"fields:runtime.Pt\""), ir);
    }
}
