package org.tinygo4j.api;

/**
 * The phases of a compilation, in order, as a {@link CompileListener} hears them. A
 * check-only run has LOAD and CHECK only.
 */
public enum Phase {
    /** Find the packages, read and parse their files. */
    LOAD,
    /** Type-check the packages (those a Compiler has cached are taken as they are). */
    CHECK,
    /** Build the SSA form of the reachable code. */
    SSA,
    /** Lower to LLVM IR, optimise, emit the object code. */
    CODEGEN,
    /** Link with lld and convert the image to the requested format. */
    LINK
}
