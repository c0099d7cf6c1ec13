package org.tinygo4j.frontend.types;

import java.util.List;

/** A struct; fields are Vars with isField set; tags.get(i) is "" when field i has none. */
public record Struct(List<Var> fields, List<String> tags) implements Type {
    @Override
    public String toString() {
        return Types.typeString(this);
    }
}
