package org.tinygo4j.codegen.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** -size full's attribution of link-map names to packages, and the map lines of lld and wasm-ld. */
class PackageSizesTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "runtime.gcAlloc;                  runtime",
        "(*fmt.pp).doPrint;                fmt",
        "example.com/m/greet.Hello;        example.com/m/greet",
        "type:main.T;                      main",
        ".Ltype:runtime.boundsError;       runtime",
        "fields:fs.PathError;              fs",
        "main.List[example.com/x.T].Push;  main",
        "internal/reflectlite.ValueOf;     internal/reflectlite",
        "interface.invoke:Error()(string); (interfaces)",
        "box.68;                           (unknown)",
        ".str.49;                          (unknown)",
        "Reset_Handler;                    (unknown)",
        "memcpy;                           (unknown)",
    })
    void namesBelongToTheirPackage(String symbol, String pkg) {
        assertEquals(pkg, PackageSizes.packageOf(symbol));
    }

    @Test
    void inputSectionsAreNamedAfterWhatTheyHold() {
        assertEquals("runtime.alloc", PackageSizes.sectionName("main.o:(.text.runtime.alloc)"));
        assertEquals(".str.49", PackageSizes.sectionName("<internal>:(.rodata..str.49)"));
        assertEquals("runtime.panicNilDeref", PackageSizes.sectionName("main.o:(runtime.panicNilDeref)"));
    }

    @Test
    void mapLinesOfBothLinkers() {
        // lld: VMA LMA Size Align, then the name indented by nesting
        assertEquals(new PackageSizes.Entry(0, ".text", 0x2298), PackageSizes.Entry.parse(
                "      40       40     2298     4 .text", false));
        assertEquals(new PackageSizes.Entry(1, "main.o:(.text.Reset_Handler)", 0x40), PackageSizes.Entry.parse(
                "      54       54       40     4         main.o:(.text.Reset_Handler)", false));
        assertEquals(new PackageSizes.Entry(2, "Reset_Handler", 0x40), PackageSizes.Entry.parse(
                "      55       55       40     1                 Reset_Handler", false));
        assertNull(PackageSizes.Entry.parse("     VMA      LMA     Size Align Out     In      Symbol", false));
        // wasm-ld: Addr Off Size, with "-" for no address
        assertEquals(new PackageSizes.Entry(0, "CODE", 0x41c1), PackageSizes.Entry.parse(
                "       -      164     41c1 CODE", true));
        assertEquals(new PackageSizes.Entry(1, "main.o:(runtime.alloc)", 9), PackageSizes.Entry.parse(
                "       -      172        9         main.o:(runtime.alloc)", true));
        assertNull(PackageSizes.Entry.parse("    Addr      Off     Size Out     In      Symbol", true));
    }
}
