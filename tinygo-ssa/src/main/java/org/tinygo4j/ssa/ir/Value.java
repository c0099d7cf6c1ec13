package org.tinygo4j.ssa.ir;

import org.tinygo4j.frontend.types.Type;

/**
 * Anything an instruction can use as an operand: constants, parameters, globals,
 * functions and the instructions that produce a value. Every value has a Go type
 * (a Tuple for calls with several results, null for instructions without a value).
 * Values have identity; the printer names them %0, %1, ... per function.
 */
public abstract sealed class Value permits Const, Param, Global, Function, Instr {
    private final Type type;

    protected Value(Type type) {
        this.type = type;
    }

    public Type type() {
        return type;
    }
}
