package org.tinygo4j.ssa.ir;

import java.util.ArrayList;
import java.util.List;
import org.tinygo4j.frontend.source.FileSet;
import org.tinygo4j.frontend.types.TypeSizes;

/**
 * A whole program in SSA form: every function and global that main and the package
 * initialisers can reach, plus the target's sizes. This is what codegen lowers into
 * one LLVM module.
 */
public final class Program {
    private final TypeSizes sizes;
    private final List<Function> functions = new ArrayList<>();
    private final List<Global> globals = new ArrayList<>();
    private final InterfaceTypes interfaceTypes = new InterfaceTypes();
    private boolean fullTypeInfo;
    private boolean reflectTypeInfo;
    private FileSet files;
    private String goroot;
    private String embeddedPrefix;

    public Program(TypeSizes sizes) {
        this.sizes = sizes;
    }

    public TypeSizes sizes() {
        return sizes;
    }

    public List<Function> functions() {
        return functions;
    }

    /** The functions by link name (the first of a name), covering functions[0, indexed). */
    private final java.util.Map<String, Function> byLinkName = new java.util.HashMap<>();
    private int indexed;

    /**
     * The function with the given link name, or null. Found through an index that catches
     * up with the functions added since the last call (the list only grows): code
     * generation asks once per bounds check and allocation, and a scan of every function
     * each time made a million-element literal take minutes.
     */
    public Function function(String linkName) {
        if (indexed > functions.size()) {
            byLinkName.clear();
            indexed = 0;
        }
        for (; indexed < functions.size(); indexed++) {
            Function f = functions.get(indexed);
            byLinkName.putIfAbsent(f.linkName(), f);
        }
        return byLinkName.get(linkName);
    }

    public List<Global> globals() {
        return globals;
    }

    /**
     * Whether type descriptors carry everything needed to walk a value (kind, size,
     * element and key types, struct fields): true when the program contains package
     * internal/reflectlite (as fmt does); other programs keep minimal descriptors.
     */
    public boolean fullTypeInfo() {
        return fullTypeInfo;
    }

    public void setFullTypeInfo(boolean on) {
        fullTypeInfo = on;
    }

    /**
     * Whether type descriptors also carry what package reflect reads (package paths,
     * method tables, function signatures, struct tags, pointer types): true when the
     * program contains package reflect. Implies {@link #fullTypeInfo}.
     */
    public boolean reflectTypeInfo() {
        return reflectTypeInfo;
    }

    public void setReflectTypeInfo(boolean on) {
        reflectTypeInfo = on;
        if (on) {
            fullTypeInfo = true;
        }
    }

    /** The types converted to interfaces and their methods reachable through interface calls. */
    public InterfaceTypes interfaceTypes() {
        return interfaceTypes;
    }

    /**
     * The source files the positions of the functions point into, for the call-site
     * table of runtime.Caller (lower CallerFrames); null when nobody set it (then that
     * table names no files).
     */
    public FileSet files() {
        return files;
    }

    public void setFiles(FileSet files) {
        this.files = files;
    }

    /** The GOROOT whose sources the program was built with, for the runtime's frames in runtime.Caller; or null. */
    public String goroot() {
        return goroot;
    }

    public void setGoroot(String goroot) {
        this.goroot = goroot;
    }

    /**
     * How the names of the embedded packages' files begin (their classpath directory and
     * a slash), so that the call-site table can name them as under GOROOT/src; null when
     * the program has none of them.
     */
    public String embeddedPrefix() {
        return embeddedPrefix;
    }

    public void setEmbeddedPrefix(String embeddedPrefix) {
        this.embeddedPrefix = embeddedPrefix;
    }
}
