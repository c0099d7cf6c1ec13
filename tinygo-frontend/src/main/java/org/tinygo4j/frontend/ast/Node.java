package org.tinygo4j.frontend.ast;

/**
 * Every AST node: an immutable record with a position. A position is an int offset
 * into the compilation's {@link org.tinygo4j.frontend.source.FileSet}, which turns it
 * into file:line:column. Nodes compare structurally (records), so analyses that key
 * maps by node use identity maps.
 */
public sealed interface Node permits Expr, Stmt, Decl, Spec, Field, File {
    /** Position of the node's first character (see FileSet). */
    int pos();

    /** Stand-in position for nodes synthesised by the compiler. */
    int NO_POS = -1;
}
