package org.tinygo4j.frontend.ast;

import java.util.List;

/**
 * The comment block directly above a declaration: its text lines (without the
 * comment markers) and the compiler directives among them ({@code //go:linkname a b},
 * {@code //export f}, {@code //go:extern}, ...), each kept verbatim without the leading
 * {@code //}.
 */
public record Doc(List<String> text, List<String> directives) {
    public static final Doc EMPTY = new Doc(List.of(), List.of());

    /** The directive starting with the given word (e.g. "go:linkname"), or null. */
    public String directive(String word) {
        for (String d : directives) {
            if (d.equals(word) || d.startsWith(word + " ")) {
                return d;
            }
        }
        return null;
    }

    /** The arguments of a directive after its word, split on spaces; null when absent. */
    public List<String> directiveArgs(String word) {
        String d = directive(word);
        if (d == null) {
            return null;
        }
        String rest = d.substring(word.length()).trim();
        return rest.isEmpty() ? List.of() : List.of(rest.split("\\s+"));
    }
}
