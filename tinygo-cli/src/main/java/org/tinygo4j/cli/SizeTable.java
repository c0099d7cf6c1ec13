package org.tinygo4j.cli;

import java.io.PrintStream;
import org.tinygo4j.api.Artifact;
import org.tinygo4j.api.PackageSize;
import org.tinygo4j.api.Sizes;

/**
 * Prints image sizes the way TinyGo's -size does, so that scripts that read TinyGo's
 * output read ours: `short` a header line and one line of right-aligned numbers;
 * `full` a table with a row per package (code, rodata, data, bss, flash, ram and the
 * package, sorted by name) and a total row, which for ELF images equals the short
 * figures (code + rodata there is short's code).
 */
final class SizeTable {
    private SizeTable() {}

    private static final String RULE = "------------------------------- | --------------- | -------";

    static void print(PrintStream out, Artifact a, String mode) {
        Sizes s = a.sizes();
        if (mode.equals("none") || s == null) {
            return;
        }
        if (mode.equals("full")) {
            out.println("   code  rodata    data     bss |   flash     ram | package");
            out.println(RULE);
            long code = 0;
            long rodata = 0;
            long data = 0;
            long bss = 0;
            for (PackageSize p : a.packageSizes()) {
                row(out, p.code(), p.rodata(), p.data(), p.bss(), p.name());
                code += p.code();
                rodata += p.rodata();
                data += p.data();
                bss += p.bss();
            }
            out.println(RULE);
            row(out, code, rodata, data, bss, "total");
        } else {
            out.println("   code    data     bss |   flash     ram");
            out.printf("%7d %7d %7d | %7d %7d%n", s.code(), s.data(), s.bss(), s.flash(), s.ram());
        }
        out.flush();
    }

    private static void row(PrintStream out, long code, long rodata, long data, long bss, String name) {
        out.printf("%7d %7d %7d %7d | %7d %7d | %s%n", code, rodata, data, bss, code + rodata + data, data + bss, name);
    }
}
