package org.tinygo4j.frontend.types;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tinygo4j.frontend.ast.Decl;
import org.tinygo4j.frontend.ast.Directive;
import org.tinygo4j.frontend.ast.Directive.Consumer;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.File;
import org.tinygo4j.frontend.ast.Spec;

/**
 * gc's rules for {@code //go:} directives. Some are checked as gc's parser meets the
 * directive and always reported: it must stand on its own line, directives no
 * declaration takes are misplaced, runtime-only and cgo directives are refused in user
 * code. The others gc checks only once the package type-checked cleanly, so they are
 * reported only then: each declaration accepts its own directives (func: the function
 * directives; defined type: go:notinheap; package clause: go:build), go:embed needs a
 * lone package-level var with a type and no value in a file importing "embed", and
 * go:linkname a file importing "unsafe" (and one per name). Positions are
 * those of the directive word, after the "//".
 */
final class Pragmas {
    private static final Map<String, Integer> FLAGS = Map.ofEntries(Map.entry("go:build", 1), Map.entry("go:nointerface", 2),
            Map.entry("go:noescape", 4), Map.entry("go:norace", 8), Map.entry("go:nosplit", 16), Map.entry("go:noinline", 32),
            Map.entry("go:nocheckptr", 64), Map.entry("go:systemstack", 128), Map.entry("go:nowritebarrier", 256),
            Map.entry("go:nowritebarrierrec", 512), Map.entry("go:yeswritebarrierrec", 1024),
            Map.entry("go:cgo_unsafe_args", 2048 | 64), Map.entry("go:uintptrkeepalive", 4096),
            Map.entry("go:uintptrescapes", 8192), Map.entry("go:registerparams", 16384), Map.entry("go:notinheap", 32768));
    private static final int GO_BUILD = 1;
    private static final int NOT_IN_HEAP = 32768;
    private static final int RUNTIME_ONLY = 128 | 256 | 512 | 1024;
    private static final int UINTPTR_KEEPALIVE = 4096;
    private static final int NO_ESCAPE = 4;
    private static final int NO_SPLIT = 16;
    private static final int FUNC_FLAGS = ~(GO_BUILD | NOT_IN_HEAP);

    private final Checker c;

    Pragmas(Checker c) {
        this.c = c;
    }

    /** The directives' checks; clean tells whether type checking reported no error. */
    void check(List<File> files, boolean clean) {
        Set<String> linked = new HashSet<>();
        for (File f : files) {
            boolean importsEmbed = imports(f, "embed");
            boolean importsUnsafe = imports(f, "unsafe");
            List<Directive> embeds = new ArrayList<>();
            Map<Decl.FuncDecl, Integer> funcFlags = new LinkedHashMap<>();
            Directive embedOwner = null;
            for (Directive d : f.directives()) {
                int pos = d.pos() + 2;
                if (!d.ownLine()) {
                    c.error(pos, "misplaced compiler directive");
                    continue;
                }
                String verb = d.verb();
                if (verb.equals("go:linkname")) {
                    String[] fl = d.text().trim().split("\\s+");
                    if (fl.length < 2 || fl.length > 3) {
                        c.error(pos, "usage: //go:linkname localname [linkname]");
                    } else if (clean) {
                        linkname(pos, fl[1], importsUnsafe, linked);
                    }
                    continue;
                }
                if (verb.equals("go:embed")) {
                    if (d.text().substring(verb.length()).isBlank()) {
                        c.error(pos, "usage: //go:embed pattern...");
                    } else if (d.consumer() == Consumer.NONE) {
                        c.error(pos, "misplaced go:embed directive");
                    } else if (clean && d.consumer() != Consumer.VAR) {
                        c.error(pos, "misplaced go:embed directive");
                    } else if (clean && (embedOwner == null || !sameSpec(embedOwner, d))) {
                        embedOwner = d;
                        embeds.add(d);
                    }
                    continue;
                }
                if (verb.startsWith("go:cgo_") && c.restrictDirectives) {
                    c.error(pos, "//" + d.text() + " only allowed in cgo-generated code");
                    if (verb.equals("go:cgo_ldflag")) {
                        List<String> fl = fields(d.text());
                        if (fl.size() != 2 || !fl.get(1).startsWith("\"")) {
                            c.error(pos, "usage: //go:cgo_ldflag \"arg\"");
                        }
                    }
                }
                int flag = FLAGS.getOrDefault(verb, 0);
                if (c.restrictDirectives && (flag & RUNTIME_ONLY) != 0) {
                    c.error(pos, "//" + verb + " only allowed in runtime");
                }
                if (c.restrictDirectives && !c.std && flag == UINTPTR_KEEPALIVE) {
                    c.error(pos, "//" + verb + " is only allowed in the standard library");
                }
                if (c.std && flag == 0 && !verb.startsWith("go:cgo_") && !verb.equals("go:generate")) {
                    c.error(pos, "//" + verb + " is not allowed in the standard library");
                }
                if (clean && d.consumer() == Consumer.FUNC) {
                    Decl.FuncDecl fd = nextFunc(f, d.pos());
                    if (fd != null) {
                        funcFlags.merge(fd, flag, (a, b) -> a | b);
                    }
                }
                if (flag == 0) {
                    continue;
                }
                if (d.consumer() == Consumer.NONE) {
                    c.error(pos, "misplaced compiler directive");
                } else if (clean && (flag & ~allowed(d.consumer())) != 0) {
                    c.error(pos, "misplaced compiler directive");
                }
            }
            funcFlags.forEach((fd, flags) -> {
                if (fd.body() != null && (flags & NO_ESCAPE) != 0) {
                    c.error(fd.name().pos(), "can only use //go:noescape with external func implementations");
                }
                if ((flags & UINTPTR_KEEPALIVE) != 0 && (flags & NO_SPLIT) == 0) {
                    c.error(fd.name().pos(), "go:uintptrkeepalive requires go:nosplit");
                }
            });
            for (Directive d : embeds) {
                String err = !importsEmbed ? "go:embed only allowed in Go files that import \"embed\""
                        : d.varNames() > 1 ? "go:embed cannot apply to multiple vars"
                        : d.varValues() ? "go:embed cannot apply to var with initializer"
                        : !d.varType() ? "go:embed cannot apply to var without type"
                        : d.local() ? "go:embed cannot apply to var inside func"
                        : !c.allowVersion(16) ? "go:embed requires go1.16 or later (-lang was set to go1." + c.langMinor
                                + "; check go.mod)" : null;
                if (err != null) {
                    c.error(d.pos() + 2, err);
                }
            }
        }
        if (clean && c.requireBodies && c.restrictDirectives && !c.std) {
            missingBodies(files);
        }
    }

    /**
     * A function declared without a body needs an implementation from elsewhere: gc
     * accepts it with a go:linkname naming it (anywhere in the package); TinyGo also
     * with its directives on the function (//export, go:wasmimport, go:extern). Without
     * one, gc says "missing function body" (we have no assembly files to supply it).
     */
    private void missingBodies(List<File> files) {
        Set<String> linknamed = new HashSet<>();
        for (File f : files) {
            for (Directive d : f.directives()) {
                if (d.verb().equals("go:linkname")) {
                    String[] w = d.text().trim().split("\\s+");
                    if (w.length > 1) {
                        linknamed.add(w[1]);
                    }
                }
            }
        }
        for (File f : files) {
            for (Decl decl : f.decls()) {
                if (decl instanceof Decl.FuncDecl fd && fd.body() == null && fd.recv() == null && !fd.name().name().equals("init")
                        && fd.doc().directives().isEmpty() && !linknamed.contains(fd.name().name())) {
                    c.error(fd.name().pos(), "missing function body");
                }
            }
        }
    }

    /** The first top-level function declared after pos: the one a FUNC directive at pos goes to. */
    private static Decl.FuncDecl nextFunc(File f, int pos) {
        for (Decl d : f.decls()) {
            if (d instanceof Decl.FuncDecl fd && fd.pos() > pos) {
                return fd;
            }
        }
        return null;
    }

    /** Whether two embed directives went to the same var spec (gc reports one error per spec). */
    private static boolean sameSpec(Directive a, Directive b) {
        return a.consumer() == b.consumer() && a.local() == b.local() && a.varNames() == b.varNames();
    }

    private static int allowed(Consumer k) {
        return switch (k) {
            case PACKAGE -> GO_BUILD;
            case TYPE -> NOT_IN_HEAP;
            case FUNC -> FUNC_FLAGS;
            default -> 0;
        };
    }

    private void linkname(int pos, String local, boolean importsUnsafe, Set<String> linked) {
        if (!importsUnsafe) {
            c.error(pos, "//go:linkname only allowed in Go files that import \"unsafe\"");
            return;
        }
        Obj o = c.pkg.scope().lookup(local);
        if (!(o instanceof Var || o instanceof Func)) {
            // before go1.18 such linknames were silently ineffective
            if (c.allowVersion(18)) {
                c.error(pos, "//go:linkname must refer to declared function or variable");
            }
            return;
        }
        if (!linked.add(local)) {
            c.error(pos, "duplicate //go:linkname for " + local);
        }
    }

    private static boolean imports(File f, String path) {
        for (Spec.ImportSpec is : f.imports()) {
            Constant v = ConstantOps.fromLiteral(Expr.LitKind.STRING, is.path().value());
            if (v != null && v.toString().equals(path)) {
                return true;
            }
        }
        return false;
    }

    /** Space-separated fields, a double-quoted string counting as one. */
    private static List<String> fields(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (ch == ' ' || ch == '\t') {
                i++;
                continue;
            }
            int j = i;
            if (ch == '"') {
                j++;
                while (j < s.length() && s.charAt(j) != '"') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, s.length());
            } else {
                while (j < s.length() && s.charAt(j) != ' ' && s.charAt(j) != '\t') {
                    j++;
                }
            }
            out.add(s.substring(i, j));
            i = j;
        }
        return out;
    }
}
