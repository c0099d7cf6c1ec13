package org.tinygo4j.frontend.types;

/** The predeclared nil. */
public final class Nil extends Obj {
    public Nil(Type untypedNil) {
        super(Obj.NO_POS_VALUE, null, "nil", untypedNil);
    }
}
