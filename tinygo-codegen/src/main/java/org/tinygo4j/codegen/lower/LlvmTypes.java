package org.tinygo4j.codegen.lower;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.tinygo4j.frontend.types.Array;
import org.tinygo4j.frontend.types.Basic;
import org.tinygo4j.frontend.types.Chan;
import org.tinygo4j.frontend.types.Interface;
import org.tinygo4j.frontend.types.MapType;
import org.tinygo4j.frontend.types.Named;
import org.tinygo4j.frontend.types.Signature;
import org.tinygo4j.frontend.types.Slice;
import org.tinygo4j.frontend.types.Struct;
import org.tinygo4j.frontend.types.Tuple;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.TypeParam;
import org.tinygo4j.frontend.types.TypeSizes;
import org.tinygo4j.frontend.types.Var;

/**
 * The LLVM representation of Go types for one target (DESIGN.md, data layout):
 * bool is i1, int and uint follow the target's int size, uintptr and pointers the
 * pointer size; a string is {ptr, uintptr len}; a slice {ptr, len, cap}; an interface
 * {typecode, value} (two pointers); a func value {context, fnptr}; maps and channels are pointers.
 * Go structs and tuples become literal LLVM structs, so identical Go types get the
 * identical LLVM type without a cache.
 */
final class LlvmTypes {
    private final LLVMContextRef ctx;
    private final TypeSizes sizes;
    final LLVMTypeRef i1;
    final LLVMTypeRef i8;
    final LLVMTypeRef i32;
    final LLVMTypeRef ptr;
    final LLVMTypeRef intType;
    final LLVMTypeRef uintptr;
    final LLVMTypeRef string;
    final LLVMTypeRef voidType;

    /** Pointers to code: address space 1 on AVR (its program memory), 0 elsewhere. */
    final LLVMTypeRef codePtr;

    LlvmTypes(LLVMContextRef ctx, TypeSizes sizes, int programAddressSpace) {
        this.ctx = ctx;
        this.sizes = sizes;
        i1 = LLVMInt1TypeInContext(ctx);
        i8 = LLVMInt8TypeInContext(ctx);
        i32 = LLVMInt32TypeInContext(ctx);
        ptr = LLVMPointerTypeInContext(ctx, 0);
        intType = LLVMIntTypeInContext(ctx, sizes.intSize() * 8);
        uintptr = LLVMIntTypeInContext(ctx, sizes.ptrSize() * 8);
        string = struct(ptr, uintptr);
        voidType = LLVMVoidTypeInContext(ctx);
        codePtr = LLVMPointerTypeInContext(ctx, programAddressSpace);
    }

    /**
     * A native array of the given refs for the next LLVM call (never the single-pointer
     * cast constructor: TOOLCHAIN.md); a {@link Scratch} array, so never to be kept.
     */
    static PointerPointer<Pointer> refs(Pointer... ps) {
        return Scratch.of(ps);
    }

    LLVMTypeRef struct(LLVMTypeRef... fields) {
        return LLVMStructTypeInContext(ctx, refs(fields), fields.length, 0);
    }

    LLVMTypeRef intN(int bits) {
        return LLVMIntTypeInContext(ctx, bits);
    }

    /** The LLVM type of values of Go type t; null for "no value" (void). */
    LLVMTypeRef of(Type t) {
        if (t == null) {
            return voidType;
        }
        return switch (t) {
            case Basic b -> basic(b);
            case org.tinygo4j.frontend.types.Pointer p -> ptr;
            case Array a -> LLVMArrayType2(of(a.elem()), a.len());
            case Slice s -> struct(ptr, uintptr, uintptr);
            case Struct s -> {
                LLVMTypeRef[] fs = new LLVMTypeRef[s.fields().size()];
                for (int i = 0; i < fs.length; i++) {
                    fs[i] = of(s.fields().get(i).type());
                }
                yield struct(fs);
            }
            case Tuple tu -> {
                if (tu.size() == 0) {
                    yield voidType;
                }
                LLVMTypeRef[] fs = new LLVMTypeRef[tu.size()];
                for (int i = 0; i < fs.length; i++) {
                    fs[i] = of(tu.at(i));
                }
                yield struct(fs);
            }
            case Signature s -> struct(ptr, codePtr);
            case Interface i -> struct(ptr, ptr); // {typecode (descriptor address), value}
            case MapType m -> ptr;
            case Chan c -> ptr;
            case Named n -> of(n.underlying());
            case TypeParam tp -> throw new UnsupportedOperationException("generic code (type parameter " + tp + ")");
        };
    }

    private LLVMTypeRef basic(Basic b) {
        return switch (b.kind()) {
            case BOOL, UNTYPED_BOOL -> i1;
            case INT8, UINT8 -> i8;
            case INT16, UINT16 -> intN(16);
            case INT32, UINT32, UNTYPED_RUNE -> i32;
            case INT64, UINT64 -> intN(64);
            case INT, UINT, UNTYPED_INT -> intType;
            case UINTPTR -> uintptr;
            case UNSAFE_POINTER, UNTYPED_NIL -> ptr;
            case STRING, UNTYPED_STRING -> string;
            case FLOAT32 -> LLVMFloatTypeInContext(ctx);
            case FLOAT64, UNTYPED_FLOAT -> LLVMDoubleTypeInContext(ctx);
            case COMPLEX64 -> struct(LLVMFloatTypeInContext(ctx), LLVMFloatTypeInContext(ctx));
            case COMPLEX128, UNTYPED_COMPLEX -> struct(LLVMDoubleTypeInContext(ctx), LLVMDoubleTypeInContext(ctx));
            case INVALID -> throw new IllegalStateException("invalid type");
        };
    }

    /** The LLVM function type of a Go signature: receiver first, results as void, one value or a struct. */
    LLVMTypeRef function(Signature sig) {
        return function(sig, false);
    }

    /** The function type; with a context, one more pointer parameter comes last (closures). */
    LLVMTypeRef function(Signature sig, boolean context) {
        int n = sig.params().size() + (sig.recv() != null ? 1 : 0) + (context ? 1 : 0);
        LLVMTypeRef[] ps = new LLVMTypeRef[n];
        int i = 0;
        if (sig.recv() != null) {
            ps[i++] = of(sig.recv().type());
        }
        for (Var v : sig.params().vars()) {
            ps[i++] = of(v.type());
        }
        if (context) {
            ps[i] = ptr;
        }
        LLVMTypeRef ret = sig.results().size() == 1 ? of(sig.results().at(0)) : of(sig.results());
        return LLVMFunctionType(ret, refs(ps), n, 0);
    }

    /**
     * The coroutine convention of a function type (see Coroutines): the same
     * parameters, then a pointer to where the results go (if there are any); it
     * returns the frame to resume, or null when the call has returned.
     */
    LLVMTypeRef asyncFunction(LLVMTypeRef plain) {
        int n = LLVMCountParamTypes(plain);
        LLVMTypeRef ret = LLVMGetReturnType(plain);
        boolean results = LLVMGetTypeKind(ret) != LLVMVoidTypeKind;
        LLVMTypeRef[] ps = new LLVMTypeRef[n + (results ? 1 : 0)];
        if (n > 0) {
            org.bytedeco.javacpp.PointerPointer<LLVMTypeRef> pp = Scratch.array(n);
            LLVMGetParamTypes(plain, pp);
            for (int i = 0; i < n; i++) {
                ps[i] = new LLVMTypeRef(pp.get(i));
            }
        }
        if (results) {
            ps[n] = ptr;
        }
        return LLVMFunctionType(ptr, refs(ps), ps.length, 0);
    }

    TypeSizes sizes() {
        return sizes;
    }
}
