package org.tinygo4j.cli;

import java.io.PrintStream;
import org.tinygo4j.api.Sizes;

/**
 * Prints image sizes the way `tinygo build -size short` does, so that scripts that
 * read TinyGo's output read ours: a header line and one line of right-aligned numbers.
 * `-size full` adds the file size (a per-package breakdown is not available yet).
 */
final class SizeTable {
    private SizeTable() {}

    static void print(PrintStream out, Sizes s, String mode) {
        if (mode.equals("none") || s == null) {
            return;
        }
        out.println("   code    data     bss |   flash     ram");
        out.printf("%7d %7d %7d | %7d %7d%n", s.code(), s.data(), s.bss(), s.flash(), s.ram());
        if (mode.equals("full")) {
            out.printf("file size: %d bytes%n", s.fileBytes());
        }
        out.flush();
    }
}
