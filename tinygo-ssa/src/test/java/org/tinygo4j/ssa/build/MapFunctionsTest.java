package org.tinygo4j.ssa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tinygo4j.frontend.ast.File;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.source.FileSet;
import org.tinygo4j.frontend.syntax.SourceParser;
import org.tinygo4j.frontend.types.Array;
import org.tinygo4j.frontend.types.Checker;
import org.tinygo4j.frontend.types.Info;
import org.tinygo4j.frontend.types.Interface;
import org.tinygo4j.frontend.types.Package;
import org.tinygo4j.frontend.types.Pointer;
import org.tinygo4j.frontend.types.Struct;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.TypeSizes;
import org.tinygo4j.frontend.types.Universe;
import org.tinygo4j.frontend.types.Var;

/**
 * How map keys are hashed and compared: bytewise where equal values have equal bytes
 * (which depends on the target's padding), by the runtime for strings, and by generated
 * functions otherwise; interface keys are not supported yet.
 */
class MapFunctionsTest {
    private static final TypeSizes HOST = new TypeSizes(8, 8, 8);
    private static final TypeSizes AVR = new TypeSizes(2, 4, 1);

    /** The runtime helpers the generated functions call, as stubs. */
    private static final String RUNTIME = """
            package runtime
            import "unsafe"
            func hashmapHashBytes(p unsafe.Pointer, n uintptr, h uint32) uint32 { return h }
            func hashmapHashString(p unsafe.Pointer, h uint32) uint32 { return h }
            func hashmapMemequal(a, b unsafe.Pointer, n uintptr) bool { return true }
            func hashmapStringEqual(a, b unsafe.Pointer) bool { return true }
            func hashmapHashInterface(p unsafe.Pointer, h uint32) uint32
            func panicUnhashable(have unsafe.Pointer) {}
            func panicUncomparable(have unsafe.Pointer) {}
            """;

    private static MapFunctions maps(TypeSizes sizes) {
        FileSet fs = new FileSet();
        Diagnostics diags = new Diagnostics(fs);
        File f = SourceParser.parse(fs, "runtime.go", RUNTIME.getBytes(StandardCharsets.UTF_8), diags);
        Universe universe = new Universe();
        Info info = new Info();
        Package runtime = new Package("runtime", "runtime", universe.scope());
        new Checker(universe, runtime, info, diags, sizes, (path, pos) -> universe.unsafe()).checkFiles(List.of(f));
        assertFalse(diags.hasErrors(), () -> diags.sorted().toString());
        return new ProgramBuilder(List.of(runtime), info, sizes, diags).mapFunctions();
    }

    private static Struct struct(Object... namesAndTypes) {
        List<Var> fields = new java.util.ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            fields.add(new Var(0, null, (String) namesAndTypes[i], (Type) namesAndTypes[i + 1], true, false));
        }
        return new Struct(fields, List.of());
    }

    @Test
    void integersPointersAndArraysOfThemAreBytewise() {
        MapFunctions m = maps(HOST);
        assertTrue(m.bytewise(Universe.INT64));
        assertTrue(m.bytewise(Universe.BOOL));
        assertTrue(m.bytewise(new Pointer(Universe.STRING)));
        assertTrue(m.bytewise(new Array(3, Universe.UINT16)));
        assertTrue(m.bytewise(struct("a", Universe.INT32, "b", Universe.INT32)));
        assertFalse(m.bytewise(Universe.STRING));
        assertFalse(m.bytewise(Universe.FLOAT64));
        assertFalse(m.bytewise(new Array(2, Universe.FLOAT32)));
    }

    @Test
    void paddingMakesAStructNonBytewiseOnlyWhereThereIsPadding() {
        Struct padded = struct("small", Universe.INT8, "big", Universe.INT32);
        assertFalse(maps(HOST).bytewise(padded));
        assertTrue(maps(AVR).bytewise(padded)); // alignment 1: no padding
        Struct tailPadded = struct("big", Universe.INT32, "small", Universe.INT8);
        assertFalse(maps(HOST).bytewise(tailPadded));
    }

    @Test
    void blankFieldsDoNotTakePartInEquality() {
        assertFalse(maps(AVR).bytewise(struct("a", Universe.INT16, "_", Universe.INT16, "b", Universe.INT16)));
    }

    @Test
    void keyKindsAndGeneratedFunctions() {
        MapFunctions m = maps(HOST);
        MapFunctions.KeyOps ints = m.keyOps(Universe.INT, 0);
        assertEquals(MapFunctions.KEY_BYTES, ints.kind());
        assertNull(ints.hash());
        assertEquals(MapFunctions.KEY_STRING, m.keyOps(Universe.STRING, 0).kind());
        Struct person = struct("name", Universe.STRING, "age", Universe.INT);
        MapFunctions.KeyOps custom = m.keyOps(person, 0);
        assertEquals(MapFunctions.KEY_CUSTOM, custom.kind());
        assertNotNull(custom.hash());
        assertNotNull(custom.equal());
        assertNotNull(custom.hash().context(), "called through a function value, so it takes a context");
        assertSame(custom, m.keyOps(struct("name", Universe.STRING, "age", Universe.INT), 0), "one pair per type");
    }

    @Test
    void interfaceKeysHashByDynamicType() {
        MapFunctions m = maps(HOST);
        Interface any = new Interface(List.of(), List.of());
        MapFunctions.KeyOps ops = m.keyOps(new Array(2, any), 42);
        assertEquals(MapFunctions.KEY_CUSTOM, ops.kind());
        assertNotNull(ops.hash());
        assertNotNull(ops.equal());
        assertEquals(MapFunctions.KEY_CUSTOM, m.keyOps(any, 0).kind(), "a bare interface key too");
    }
}
