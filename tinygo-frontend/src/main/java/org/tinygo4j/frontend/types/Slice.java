package org.tinygo4j.frontend.types;

public record Slice(Type elem) implements Type {
    @Override
    public String toString() {
        return Types.typeString(this);
    }
}
