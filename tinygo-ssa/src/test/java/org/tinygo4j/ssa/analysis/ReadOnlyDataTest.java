package org.tinygo4j.ssa.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tinygo4j.ssa.ir.Global;
import org.tinygo4j.ssa.ir.Program;

/**
 * Which package-level variables, and which static arrays behind slice and pointer
 * literals, no code writes: the tables only read (indexed, ranged over, measured,
 * copied from, passed to a function that only reads them, returned and read) are
 * read-only; each kind of write, and each way of losing track of a pointer, keeps the
 * data writable.
 */
class ReadOnlyDataTest {
    /** The runtime functions the lowering of slices calls, as stubs, and a global. */
    private static final String RUNTIME = """
            package runtime

            import "unsafe"

            func panicSlice(low uintptr, high uintptr, max uintptr, bound uintptr, flags uint8) {}
            func sliceAppend(ptr unsafe.Pointer, oldLen uintptr, oldCap uintptr, add unsafe.Pointer, addLen uintptr,
            	elemSize uintptr) (unsafe.Pointer, uintptr, uintptr) {
            	return ptr, oldLen, oldCap
            }
            func sliceCopy(dst unsafe.Pointer, src unsafe.Pointer, dstLen uintptr, srcLen uintptr, elemSize uintptr) int {
            	return 0
            }

            var total int
            """;

    private static final String SOURCE = RUNTIME + """

            type T struct{ a, b int }

            var table = []byte{1, 2, 3, 4}
            var names = [...]string{"zero", "one"}
            var cfg = &T{1, 2}
            var entries = []T{{1, 2}, {3, 4}}
            var k = 7

            var elementAssigned = []byte{1, 2}
            var copiedInto = []byte{1, 2}
            var appendedTo = []byte{1, 2}
            var writtenByCallee = []byte{1, 2}
            var boxed = []byte{1, 2}
            var passedToValue = []byte{1, 2}
            var aliasedByGlobal = []byte{1, 2}
            var hold []byte
            var viaLocal = []byte{1, 2}
            var pointeeWritten = &T{1, 2}
            var stored = 5
            var cleared = []byte{1, 2}
            var captured = []byte{1, 2}
            var elementAddrStored = []byte{1, 2}
            var ptrHolder *byte
            var viaReturn = []byte{1, 2}
            var viaUnsafe = []byte{1, 2}
            var dynamic = compute()

            func compute() int { return k * 2 }

            func sum(b []byte) int {
            	s := 0
            	for _, x := range b {
            		s += int(x)
            	}
            	return s + len(b) + cap(b)
            }

            func get() []byte       { return table }
            func getW() []byte      { return viaReturn }
            func zero(b []byte)     { b[0] = 0 }
            func first(t []T) T     { return t[0] }

            //export root
            func root() {
            	var buf [4]byte
            	copy(buf[:], table)
            	total = sum(table) + int(table[2]) + int(get()[1]) + len(names[1]) + len(names) + cfg.a + first(entries).b + k
            	for i, e := range entries {
            		total += i * e.a
            	}

            	elementAssigned[0] = 9
            	copy(copiedInto, buf[:])
            	_ = append(appendedTo[:1], 7)
            	zero(writtenByCallee)
            	var sink interface{} = boxed
            	_ = sink
            	f := sum
            	f(passedToValue)
            	hold = aliasedByGlobal
            	hold[1] = 3
            	s := viaLocal
            	s[1] = 4
            	pointeeWritten.b = 6
            	stored = 8
            	clear(cleared)
            	c := captured
            	g := func() int { return len(c) }
            	_ = g
            	ptrHolder = &elementAddrStored[0]
            	*ptrHolder = 5
            	_ = unsafe.Pointer(&viaUnsafe[0])
            	getW()[0] = 1
            	total += dynamic
            }
            """;

    private static Global global(Program p, String name) {
        return p.globals().stream().filter(g -> g.linkName().equals("runtime." + name)).findFirst()
                .orElseThrow(() -> new AssertionError("no global runtime." + name));
    }

    /** The static array behind a slice literal, or the object behind a pointer literal. */
    private static Global backing(Program p, String name) {
        Global g = global(p, name);
        if (g.initializer() == null || g.initializer().target() == null) {
            throw new AssertionError("runtime." + name + " has no static backing data");
        }
        return g.initializer().target();
    }

    @Test
    void tablesThatAreOnlyReadAreReadOnly() {
        Program p = Programs.build("runtime", SOURCE);
        Set<Global> ro = ReadOnlyData.of(p);
        for (String name : List.of("table", "names", "cfg", "entries", "k")) {
            Global g = global(p, name);
            assertNull(ReadOnlyData.reason(p, g), name);
            assertEquals(true, ro.contains(g), name);
        }
        for (String name : List.of("table", "cfg", "entries")) {
            assertNull(ReadOnlyData.reason(p, backing(p, name)), name + "'s backing data");
            assertEquals(true, ro.contains(backing(p, name)), name + "'s backing data");
        }
    }

    @Test
    void everyKindOfWriteKeepsDataWritable() {
        Program p = Programs.build("runtime", SOURCE);
        Set<Global> ro = ReadOnlyData.of(p);
        for (String name : List.of("elementAssigned", "copiedInto", "appendedTo", "writtenByCallee",
                "aliasedByGlobal", "viaLocal", "pointeeWritten", "cleared", "viaReturn", "elementAddrStored")) {
            Global b = backing(p, name);
            assertEquals("written", ReadOnlyData.reason(p, b), name);
            assertEquals(false, ro.contains(b), name);
        }
        for (String name : List.of("boxed", "passedToValue", "captured", "viaUnsafe")) {
            Global b = backing(p, name);
            assertEquals(false, ro.contains(b), name);
        }
        assertEquals("escapes", ReadOnlyData.reason(p, backing(p, "boxed")));
        assertEquals("escapes", ReadOnlyData.reason(p, backing(p, "passedToValue")));
        assertEquals("escapes", ReadOnlyData.reason(p, backing(p, "captured")));
        assertEquals("escapes", ReadOnlyData.reason(p, backing(p, "viaUnsafe")));
        for (String name : List.of("stored", "dynamic", "hold", "ptrHolder")) {
            assertEquals("written", ReadOnlyData.reason(p, global(p, name)), name);
        }
    }
    private static final String FLASH = RUNTIME + """
            var ram = []byte{0, 0}

            var alone = [...]uint32{1, 2, 3}
            var viaHelper = []byte{1, 2}
            var mixed = []byte{3, 4}
            var appended = []byte{5, 6}
            var copied = []byte{7, 8}
            var zeroed [4]byte

            func sum(b []byte) int {
            	s := 0
            	for _, x := range b {
            		s += int(x)
            	}
            	return s
            }

            func first(b []byte) byte { return b[0] }

            //export root
            func root() {
            	ram[0] = byte(total)
            	total = int(alone[total&1]) + sum(viaHelper) + int(first(mixed)) + int(first(ram)) + int(zeroed[1])
            	var buf [2]byte
            	n := copy(buf[:], copied)
            	out := append([]byte(nil), appended...)
            	total += n + len(out)
            }
            """;

    @Test
    void programMemoryHoldsTablesWhoseEveryReadReadsOnlyFlash() {
        Program p = Programs.build("runtime", FLASH);
        ReadOnlyData.ProgramMemory pm = ReadOnlyData.programMemory(p);
        assertEquals(true, pm.globals().contains(global(p, "alone")));
        assertEquals(true, pm.globals().contains(backing(p, "viaHelper")), "read only by sum");
        assertEquals(true, pm.globals().contains(backing(p, "copied")), "copy's source");
        // first() reads mixed's array and ram's: one read may reach both, so mixed stays in RAM
        assertEquals(false, pm.globals().contains(backing(p, "mixed")));
        assertEquals(false, pm.globals().contains(backing(p, "ram")));
        // the runtime's append reads its source with ordinary loads
        assertEquals(false, pm.globals().contains(backing(p, "appended")));
        // zero-valued: .bss, which costs no flash
        assertEquals(false, pm.globals().contains(global(p, "zeroed")));
        // every marked read reaches only program-memory globals, and there is one
        assertEquals(false, pm.reads().isEmpty());
    }

    private static final String UNTRACED = RUNTIME + """
            type Bytes []byte
            type T struct{ b []byte }

            var viaConversion = []byte{1, 2}
            var viaMethod = []byte{3, 4}
            var viaValue = []byte{5, 6}
            var plain = []byte{7, 8}

            func first(b []byte) byte  { return b[0] }
            func second(b []byte) byte { return b[1] }
            func third(b []byte) byte  { return b[0] }
            func only(b []byte) byte   { return b[0] }

            func (t T) get(b []byte) byte { return b[0] }

            //export root
            func root(n int) {
            	local := Bytes{byte(n), 2}
            	// a conversion's result: the analysis does not trace it
            	total = int(first(viaConversion)) + int(first([]byte(local)))
            	// a method may be called through an interface with any slice
            	total += int(T{}.get(viaMethod))
            	// a function used as a value may be called with any slice
            	f := third
            	total += int(third(viaValue)) + int(f(local)) + int(second(local))
            	total += int(only(plain))
            }
            """;

    @Test
    void aReadThatMayReachUntracedMemoryIsNeverAFlashRead() {
        Program p = Programs.build("runtime", UNTRACED);
        ReadOnlyData.ProgramMemory pm = ReadOnlyData.programMemory(p);
        // (unicode's to(), called with CaseRanges and with []CaseRange(special), read the
        // special case's RAM with LPM on the Uno)
        assertEquals(false, pm.globals().contains(backing(p, "viaConversion")));
        assertEquals(false, pm.globals().contains(backing(p, "viaMethod")));
        assertEquals(false, pm.globals().contains(backing(p, "viaValue")));
        assertEquals(true, pm.globals().contains(backing(p, "plain")));
    }

    @Test
    void objectsInStaticInterfacesEscape() {
        // errors.New's static object (StaticInits): its address is in an interface, so it
        // stays writable, and never goes to program memory; the interface value itself
        // is only read
        Program p = Programs.build("errors", """
                package errors

                func New(text string) error { return &errorString{text} }

                type errorString struct{ s string }

                func (e *errorString) Error() string { return e.s }

                var EOF = New("EOF")

                func Text() string { return EOF.Error() }
                """);
        Global eof = p.globals().stream().filter(g -> g.linkName().equals("errors.EOF")).findFirst().orElseThrow();
        Global object = eof.initializer().boxed().target();
        assertEquals("escapes", ReadOnlyData.reason(p, object));
        assertEquals(false, ReadOnlyData.of(p).contains(object));
        assertEquals(false, ReadOnlyData.programMemory(p).globals().contains(object));
        assertNull(ReadOnlyData.reason(p, eof));
    }
}
