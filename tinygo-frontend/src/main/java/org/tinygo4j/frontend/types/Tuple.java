package org.tinygo4j.frontend.types;

import java.util.List;

/** An ordered list of variables: parameters, results, or the values of a multi-value expression. */
public record Tuple(List<Var> vars) implements Type {
    public static final Tuple EMPTY = new Tuple(List.of());

    public int size() {
        return vars.size();
    }

    public Type at(int i) {
        return vars.get(i).type();
    }

    @Override
    public String toString() {
        return Types.typeString(this);
    }
}
