package org.tinygo4j.frontend.types;

/**
 * A Go type, as go/types models it. Composite types are records; Named and TypeParam
 * are identity classes because the checker completes them after creation. Type
 * identity in Go's sense is {@link Types#identical}, never {@code equals}.
 */
public sealed interface Type
        permits Basic, Pointer, Array, Slice, Struct, Tuple, Signature, Interface, MapType, Chan, Named, TypeParam {

    /** The underlying type: itself for all but Named (and TypeParam, whose underlying is its constraint). */
    default Type underlying() {
        return this;
    }
}
