package org.tinygo4j.codegen.lower;

import static org.bytedeco.llvm.global.LLVM.*;
import static org.tinygo4j.codegen.lower.LlvmTypes.refs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.tinygo4j.frontend.types.Array;
import org.tinygo4j.frontend.types.Chan;
import org.tinygo4j.frontend.types.MapType;
import org.tinygo4j.frontend.types.Named;
import org.tinygo4j.frontend.types.Pointer;
import org.tinygo4j.frontend.types.Slice;
import org.tinygo4j.frontend.types.Struct;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.Types;
import org.tinygo4j.frontend.types.Var;

/**
 * Type descriptors, the constant globals a typecode points to. Three sizes, chosen
 * per program: one byte (distinct addresses are all dispatch needs), {name, kind}
 * when the runtime prints failure messages, and the full layout when the program
 * walks values by their type (package internal/reflectlite, which fmt uses; see
 * Program.fullTypeInfo):
 *
 * <pre>
 * {name string, kind uint8, flags uint8, size uintptr, elem *desc, key *desc, len uintptr, fields *field}
 * field: {name string, typ *desc, offset uintptr, flags uint8}
 * </pre>
 *
 * elem is the element of pointers, slices, arrays, channels and maps, key a map's key,
 * len an array's length or a struct's number of fields. Full descriptors reach their
 * component types' descriptors, so those exist too (types converted nowhere).
 */
final class TypeDescriptors {
    /** desc.flags: the type is a named (defined) type. */
    static final int FLAG_NAMED = 1;
    /** field.flags. */
    static final int FIELD_EMBEDDED = 1;
    static final int FIELD_EXPORTED = 2;

    private final ModuleLowering m;
    private final LlvmTypes types;
    private final List<Type> descTypes = new ArrayList<>();
    private final List<LLVMValueRef> descs = new ArrayList<>();
    private final boolean names;
    private final boolean full;
    private LLVMTypeRef fullType;
    private LLVMTypeRef fieldType;

    TypeDescriptors(ModuleLowering m, boolean names) {
        this.m = m;
        this.types = m.types;
        this.full = m.program.fullTypeInfo();
        this.names = names || full;
    }

    LLVMValueRef of(Type t) {
        for (int i = 0; i < descTypes.size(); i++) {
            if (Types.identical(descTypes.get(i), t)) {
                return descs.get(i);
            }
        }
        String name = TypeNames.of(t);
        if (full) {
            // Registered before its initialiser is made: recursive types reach themselves.
            LLVMValueRef g = newGlobal(fullType(), "type:" + name);
            descTypes.add(t);
            descs.add(g);
            LLVMSetInitializer(g, fullInit(t, name));
            return g;
        }
        LLVMValueRef init = names
                ? LLVMConstStructInContext(m.ctx, refs(m.string(bytes(name)), i8(TypeNames.kind(t))), 2, 0)
                : i8(0);
        LLVMValueRef g = newGlobal(LLVMTypeOf(init), "type:" + name);
        LLVMSetInitializer(g, init);
        descTypes.add(t);
        descs.add(g);
        return g;
    }

    private LLVMValueRef newGlobal(LLVMTypeRef t, String name) {
        LLVMValueRef g = LLVMAddGlobal(m.module, t, name);
        LLVMSetLinkage(g, LLVMPrivateLinkage);
        LLVMSetGlobalConstant(g, 1);
        return g;
    }

    private LLVMTypeRef fullType() {
        if (fullType == null) {
            fullType = types.struct(types.string, types.i8, types.i8, types.uintptr, types.ptr, types.ptr,
                    types.uintptr, types.ptr);
            fieldType = types.struct(types.string, types.ptr, types.uintptr, types.i8);
        }
        return fullType;
    }

    private LLVMValueRef fullInit(Type t, String name) {
        Type u = t.underlying();
        LLVMValueRef nil = LLVMConstNull(types.ptr);
        LLVMValueRef elem = nil;
        LLVMValueRef key = nil;
        long len = 0;
        LLVMValueRef fields = nil;
        switch (u) {
            case Pointer p -> elem = of(p.elem());
            case Slice s -> elem = of(s.elem());
            case Array a -> {
                elem = of(a.elem());
                len = a.len();
            }
            case Chan c -> elem = of(c.elem());
            case MapType mt -> {
                key = of(mt.key());
                elem = of(mt.elem());
            }
            case Struct s -> {
                len = s.fields().size();
                fields = fieldsOf(s, name);
            }
            default -> {
            }
        }
        int flags = t instanceof Named ? FLAG_NAMED : 0;
        return LLVMConstStructInContext(m.ctx, refs(m.string(bytes(name)), i8(TypeNames.kind(t)), i8(flags),
                uintptr(m.sizeOf(t)), elem, key, uintptr(len), fields), 8, 0);
    }

    private LLVMValueRef fieldsOf(Struct s, String name) {
        int n = s.fields().size();
        if (n == 0) {
            return LLVMConstNull(types.ptr);
        }
        LLVMTypeRef st = types.of(s);
        LLVMValueRef[] fs = new LLVMValueRef[n];
        for (int i = 0; i < n; i++) {
            Var f = s.fields().get(i);
            int flags = (f.embedded() ? FIELD_EMBEDDED : 0)
                    | (Character.isUpperCase(f.name().codePointAt(0)) ? FIELD_EXPORTED : 0);
            fs[i] = LLVMConstStructInContext(m.ctx, refs(m.string(bytes(f.name())), of(f.type()),
                    uintptr(LLVMOffsetOfElement(m.targetData, st, i)), i8(flags)), 4, 0);
        }
        LLVMValueRef init = LLVMConstArray2(fieldType, refs(fs), n);
        LLVMValueRef g = newGlobal(LLVMTypeOf(init), "fields:" + name);
        LLVMSetInitializer(g, init);
        return g;
    }

    private LLVMValueRef i8(long v) {
        return LLVMConstInt(types.i8, v, 0);
    }

    private LLVMValueRef uintptr(long v) {
        return LLVMConstInt(types.uintptr, v, 0);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
