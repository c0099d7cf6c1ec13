package org.tinygo4j.frontend.types;

import java.util.List;

/**
 * The type terms of an interface that restricts its types (a constraint): a union of
 * terms {@code T} or {@code ~T}; comparable marks the predeclared constraint.
 */
public record TypeSet(List<Term> terms, boolean comparable) {
    public record Term(boolean tilde, Type type) {}
}
