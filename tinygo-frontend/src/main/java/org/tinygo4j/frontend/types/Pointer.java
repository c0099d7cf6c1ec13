package org.tinygo4j.frontend.types;

public record Pointer(Type elem) implements Type {
    @Override
    public String toString() {
        return Types.typeString(this);
    }
}
