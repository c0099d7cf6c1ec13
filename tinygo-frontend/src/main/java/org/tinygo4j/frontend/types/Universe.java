package org.tinygo4j.frontend.types;

import java.util.List;
import org.tinygo4j.frontend.types.Basic.Kind;

/**
 * The universe scope and package unsafe of one compilation: predeclared types,
 * constants, nil and builtin functions. The Basic types are immutable records and
 * shared as constants; the scope and its objects are created per instance, so two
 * compilations never share a mutable object.
 */
public final class Universe {
    /** The newest language version the checker knows, as Go 1's minor version. */
    public static final int NEWEST_MINOR = 19;
    public static final Basic INVALID = new Basic(Kind.INVALID, "invalid type");
    public static final Basic BOOL = new Basic(Kind.BOOL, "bool");
    public static final Basic INT = new Basic(Kind.INT, "int");
    public static final Basic INT8 = new Basic(Kind.INT8, "int8");
    public static final Basic INT16 = new Basic(Kind.INT16, "int16");
    public static final Basic INT32 = new Basic(Kind.INT32, "int32");
    public static final Basic INT64 = new Basic(Kind.INT64, "int64");
    public static final Basic UINT = new Basic(Kind.UINT, "uint");
    public static final Basic UINT8 = new Basic(Kind.UINT8, "uint8");
    public static final Basic UINT16 = new Basic(Kind.UINT16, "uint16");
    public static final Basic UINT32 = new Basic(Kind.UINT32, "uint32");
    public static final Basic UINT64 = new Basic(Kind.UINT64, "uint64");
    public static final Basic UINTPTR = new Basic(Kind.UINTPTR, "uintptr");
    public static final Basic FLOAT32 = new Basic(Kind.FLOAT32, "float32");
    public static final Basic FLOAT64 = new Basic(Kind.FLOAT64, "float64");
    public static final Basic COMPLEX64 = new Basic(Kind.COMPLEX64, "complex64");
    public static final Basic COMPLEX128 = new Basic(Kind.COMPLEX128, "complex128");
    public static final Basic STRING = new Basic(Kind.STRING, "string");
    public static final Basic UNSAFE_POINTER = new Basic(Kind.UNSAFE_POINTER, "unsafe.Pointer");
    public static final Basic BYTE = new Basic(Kind.UINT8, "byte");
    public static final Basic RUNE = new Basic(Kind.INT32, "rune");
    public static final Basic UNTYPED_BOOL = new Basic(Kind.UNTYPED_BOOL, "untyped bool");
    public static final Basic UNTYPED_INT = new Basic(Kind.UNTYPED_INT, "untyped int");
    public static final Basic UNTYPED_RUNE = new Basic(Kind.UNTYPED_RUNE, "untyped rune");
    public static final Basic UNTYPED_FLOAT = new Basic(Kind.UNTYPED_FLOAT, "untyped float");
    public static final Basic UNTYPED_COMPLEX = new Basic(Kind.UNTYPED_COMPLEX, "untyped complex");
    public static final Basic UNTYPED_STRING = new Basic(Kind.UNTYPED_STRING, "untyped string");
    public static final Basic UNTYPED_NIL = new Basic(Kind.UNTYPED_NIL, "untyped nil");

    private final Scope scope = new Scope(null, "universe");
    private final Package unsafe;
    private final Named error;
    private final Interface any = new Interface(List.of(), List.of());
    private final Named comparable;

    public Universe() {
        for (Basic b : List.of(BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64,
                UINTPTR, FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING, BYTE, RUNE)) {
            TypeName tn = new TypeName(Obj.NO_POS_VALUE, null, b.name(), b);
            tn.setAlias(b == BYTE || b == RUNE);
            scope.insert(tn);
        }
        any.complete(List.of(), null);
        TypeName anyName = new TypeName(Obj.NO_POS_VALUE, null, "any", any);
        anyName.setAlias(true);
        scope.insert(anyName);

        TypeName errName = new TypeName(Obj.NO_POS_VALUE, null, "error", null);
        Signature errSig = new Signature(null, List.of(), Tuple.EMPTY,
                new Tuple(List.of(Var.param(Obj.NO_POS_VALUE, null, "", STRING))), false);
        Func errMethod = new Func(Obj.NO_POS_VALUE, null, "Error", errSig, null);
        Interface errIface = new Interface(List.of(errMethod), List.of());
        errIface.complete(List.of(errMethod), null);
        error = new Named(errName, errIface, List.of());
        errName.setType(error);
        scope.insert(errName);

        TypeName cmpName = new TypeName(Obj.NO_POS_VALUE, null, "comparable", null);
        Interface cmpIface = new Interface(List.of(), List.of());
        cmpIface.complete(List.of(), new TypeSet(List.of(), true));
        comparable = new Named(cmpName, cmpIface, List.of());
        cmpName.setType(comparable);
        scope.insert(cmpName);

        scope.insert(new NamedConst(Obj.NO_POS_VALUE, null, "true", UNTYPED_BOOL, new Constant.BoolVal(true)));
        scope.insert(new NamedConst(Obj.NO_POS_VALUE, null, "false", UNTYPED_BOOL, new Constant.BoolVal(false)));
        scope.insert(new NamedConst(Obj.NO_POS_VALUE, null, "iota", UNTYPED_INT, Constant.IntVal.of(0)));
        scope.insert(new Nil(UNTYPED_NIL));

        Builtin.Id[] ids = {Builtin.Id.APPEND, Builtin.Id.CAP, Builtin.Id.CLEAR, Builtin.Id.CLOSE,
            Builtin.Id.COMPLEX, Builtin.Id.COPY, Builtin.Id.DELETE, Builtin.Id.IMAG, Builtin.Id.LEN,
            Builtin.Id.MAKE, Builtin.Id.MAX, Builtin.Id.MIN, Builtin.Id.NEW, Builtin.Id.PANIC,
            Builtin.Id.PRINT, Builtin.Id.PRINTLN, Builtin.Id.REAL, Builtin.Id.RECOVER};
        for (Builtin.Id id : ids) {
            scope.insert(new Builtin(null, id.name().toLowerCase(), id));
        }

        unsafe = new Package("unsafe", "unsafe", scope);
        TypeName ptr = new TypeName(Obj.NO_POS_VALUE, unsafe, "Pointer", UNSAFE_POINTER);
        unsafe.scope().insert(ptr);
        String[][] fns = {{"Add", "ADD"}, {"Alignof", "ALIGNOF"}, {"Offsetof", "OFFSETOF"}, {"Sizeof", "SIZEOF"},
            {"Slice", "SLICE"}, {"SliceData", "SLICEDATA"}, {"String", "STRING"}, {"StringData", "STRINGDATA"}};
        for (String[] f : fns) {
            unsafe.scope().insert(new Builtin(unsafe, f[0], Builtin.Id.valueOf(f[1])));
        }
    }

    public Scope scope() {
        return scope;
    }

    /** Package unsafe of this compilation (already complete: nothing to check). */
    public Package unsafe() {
        return unsafe;
    }

    /** The predeclared error interface type. */
    public Named error() {
        return error;
    }

    /** The empty interface that {@code any} denotes. */
    public Interface any() {
        return any;
    }

    public Named comparable() {
        return comparable;
    }

    /** The default type of an untyped type (bool, int, rune, float64, complex128, string); others unchanged. */
    public static Type defaultType(Type t) {
        if (t instanceof Basic b) {
            return switch (b.kind()) {
                case UNTYPED_BOOL -> BOOL;
                case UNTYPED_INT -> INT;
                case UNTYPED_RUNE -> RUNE;
                case UNTYPED_FLOAT -> FLOAT64;
                case UNTYPED_COMPLEX -> COMPLEX128;
                case UNTYPED_STRING -> STRING;
                default -> t;
            };
        }
        return t;
    }
}
