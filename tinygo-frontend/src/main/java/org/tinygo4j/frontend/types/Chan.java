package org.tinygo4j.frontend.types;

import org.tinygo4j.frontend.ast.Expr.ChanDir;

public record Chan(ChanDir dir, Type elem) implements Type {
    @Override
    public String toString() {
        return Types.typeString(this);
    }
}
