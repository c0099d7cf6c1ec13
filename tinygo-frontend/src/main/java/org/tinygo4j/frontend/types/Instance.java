package org.tinygo4j.frontend.types;

import java.util.List;

/** A use of a generic function or type with its (explicit or inferred) type arguments. */
public record Instance(List<Type> typeArgs, Type type) {}
