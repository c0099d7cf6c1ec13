package org.tinygo4j.frontend.ast;

/**
 * A {@code //go:} comment of a file and the declaration it applies to, as gc's parser
 * hands directives on: each goes to the next declaration that takes directives
 * (package clause, import/const/var/type spec, func), unless a point where gc drops
 * pending directives comes first (the end of a top-level declaration, the '(' of a
 * group, the end of the file): then consumer is NONE. The checker decides whether the
 * consumer accepts it ("misplaced compiler directive" otherwise). text is the comment
 * without the leading {@code //}; ownLine tells whether nothing precedes it on its line.
 * For a VAR consumer, varNames, varValues and varType describe its spec (go:embed's rules).
 */
public record Directive(int pos, String text, boolean ownLine, Consumer consumer, boolean local,
                        int varNames, boolean varValues, boolean varType) {

    /** What takes a directive. */
    public enum Consumer { NONE, PACKAGE, IMPORT, CONST, VAR, TYPE, ALIAS, FUNC }

    /** The directive's word, e.g. "go:noinline". */
    public String verb() {
        int sp = text.indexOf(' ');
        int tab = text.indexOf('\t');
        int end = sp < 0 ? tab : tab < 0 ? sp : Math.min(sp, tab);
        return end < 0 ? text : text.substring(0, end);
    }
}
