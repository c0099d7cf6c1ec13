package org.tinygo4j.codegen.lower;

import static org.bytedeco.llvm.global.LLVM.*;
import static org.tinygo4j.codegen.lower.LlvmTypes.refs;

import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.tinygo4j.frontend.types.Constant;
import org.tinygo4j.ssa.ir.Const;
import org.tinygo4j.ssa.ir.Function;
import org.tinygo4j.ssa.ir.Instr;
import org.tinygo4j.ssa.ir.Value;

/**
 * {@code runtime/interrupt.New(irq, handler)}: chip interrupts wired at compile time.
 * Each call needs a constant interrupt number and a handler that is a function without
 * captured variables (a top-level function or a literal that binds nothing), so that
 * the handler is known when the program is compiled and no table of function values
 * is needed in RAM. The call becomes the constant {@code Interrupt{num: irq}}, and the
 * first call for a number defines the interrupt's service routine, an exported
 * function that calls the handler:
 * <ul>
 * <li>on AVR {@code __vector_N}, with LLVM's {@code signal} convention (saves what it
 * uses and SREG, returns with reti); the vector table (transform AvrVectors, made on
 * the final module) jumps to every {@code __vector_N} up to the highest the program
 * defines, and the chip's linker script PROVIDEs the others as the default vector;</li>
 * <li>on Cortex-M {@code tinygo_irq_N} (the core saves the caller-saved registers, so
 * a plain function will do), and the lowering emits the chip part of the vector table,
 * {@code tinygo_irqVectors} in section {@code .isr_vector.irq}, which arm.ld places
 * right after the 16 system vectors: entry N is the routine or Default_Handler, up to
 * the highest interrupt the program handles. A program that handles none carries no
 * chip vectors at all, so its image is as small as before.</li>
 * <li>on RISC-V {@code tinygo_irq_N} too (the trap handler of riscv.s saves the
 * caller-saved registers and calls it), listed by PLIC source number in
 * {@code tinygo_irqVectors}, with their count in {@code tinygo_irqVectorCount}.</li>
 * </ul>
 * Two calls for one number with different handlers are an error, as the hardware has
 * one vector per interrupt.
 */
final class Interrupts {
    private final ModuleLowering m;
    /** The service routine of each interrupt number handled, and the Go handler it calls. */
    private final Map<Integer, LLVMValueRef> routines = new TreeMap<>();
    private final Map<Integer, Function> handlers = new TreeMap<>();

    Interrupts(ModuleLowering m) {
        this.m = m;
    }

    private boolean avr() {
        return m.config.triple().startsWith("avr");
    }

    /** Lowers one call of interrupt.New; its value is the Interrupt. */
    LLVMValueRef lowerNew(FunctionLowering fl, Instr.Call c) {
        if (!(c.args().get(0) instanceof Const k && k.value() instanceof Constant.IntVal iv)) {
            throw NotSupported.invalid(c.pos(), "interrupt.New: the interrupt number is not a constant");
        }
        BigInteger n = iv.value();
        if (n.signum() < 0 || n.bitLength() > 15) {
            throw NotSupported.invalid(c.pos(), "interrupt.New: interrupt number " + n + " out of range");
        }
        int irq = n.intValue();
        Function handler = handlerFunction(c.args().get(1));
        if (handler == null) {
            throw NotSupported.invalid(c.pos(), "interrupt.New: the handler must be a function, or a function "
                    + "literal that captures no variables");
        }
        Function known = handlers.get(irq);
        if (known != null && known != handler) {
            throw NotSupported.invalid(c.pos(), "interrupt.New: interrupt " + irq + " already has another handler");
        }
        LLVMTypeRef interruptType = m.types.of(c.type());
        if (known == null) {
            handlers.put(irq, handler);
            routines.put(irq, defineRoutine(irq, m.function(handler), interruptType));
        }
        LLVMValueRef v = LLVMGetUndef(interruptType);
        return LLVMBuildInsertValue(fl.b, v, LLVMConstInt(LLVMStructGetTypeAtIndex(interruptType, 0),
                irq, 0), 0, "");
    }

    /**
     * RISC-V: the handlers by PLIC source number, {@code tinygo_irqVectors} (null where
     * the program has none), and their count, {@code tinygo_irqVectorCount}, which the
     * trap handler of riscv.s reads (it declares both weak).
     */
    private void riscvTable() {
        int last = ((TreeMap<Integer, LLVMValueRef>) routines).lastKey();
        LLVMValueRef[] entries = new LLVMValueRef[last + 1];
        for (int i = 0; i <= last; i++) {
            entries[i] = routines.getOrDefault(i, LLVMConstNull(m.types.ptr));
        }
        LLVMTypeRef arrayType = LLVMArrayType2(m.types.ptr, entries.length);
        LLVMValueRef table = LLVMAddGlobal(m.module, arrayType, "tinygo_irqVectors");
        LLVMSetInitializer(table, LLVMConstArray2(m.types.ptr, refs(entries), entries.length));
        LLVMSetGlobalConstant(table, 1);
        LLVMSetAlignment(table, 4);
        LLVMValueRef count = LLVMAddGlobal(m.module, m.types.i32, "tinygo_irqVectorCount");
        LLVMSetInitializer(count, LLVMConstInt(m.types.i32, entries.length, 0));
        LLVMSetGlobalConstant(count, 1);
        LLVMValueRef[] used = {table, count};
        LLVMTypeRef usedType = LLVMArrayType2(m.types.ptr, 2);
        LLVMValueRef usedGlobal = LLVMAddGlobal(m.module, usedType, "llvm.used");
        LLVMSetLinkage(usedGlobal, LLVMAppendingLinkage);
        LLVMSetSection(usedGlobal, "llvm.metadata");
        LLVMSetInitializer(usedGlobal, LLVMConstArray2(m.types.ptr, refs(used), 2));
    }

    private static Function handlerFunction(Value v) {
        return switch (v) {
            case Function f -> f;
            case Instr.MakeClosure mc when mc.bindings().isEmpty() -> mc.fn();
            default -> null;
        };
    }

    /** The service routine: calls the handler with Interrupt{irq} (and a nil context if it takes one). */
    private LLVMValueRef defineRoutine(int irq, LLVMValueRef handler, LLVMTypeRef interruptType) {
        String name = avr() ? "__vector_" + irq : "tinygo_irq_" + irq;
        LLVMTypeRef ft = LLVMFunctionType(m.types.voidType, refs(), 0, 0);
        LLVMValueRef fn = LLVMAddFunction(m.module, name, ft);
        m.addEnumAttr(fn, "nounwind");
        m.addEnumAttr(fn, "noinline");
        if (avr()) {
            m.addStringAttr(fn, "signal", "");
        }
        LLVMSetSection(fn, ".text." + name);
        LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(m.ctx, fn, "entry");
        LLVMBuilderRef b = LLVMCreateBuilderInContext(m.ctx);
        try {
            LLVMPositionBuilderAtEnd(b, entry);
            LLVMTypeRef hft = LLVMGlobalGetValueType(handler);
            int count = LLVMCountParamTypes(hft);
            LLVMTypeRef[] params = new LLVMTypeRef[count];
            org.bytedeco.javacpp.PointerPointer<org.bytedeco.javacpp.Pointer> pp =
                    new org.bytedeco.javacpp.PointerPointer<>(count);
            LLVMGetParamTypes(hft, pp);
            for (int i = 0; i < count; i++) {
                params[i] = new LLVMTypeRef(pp.get(i));
            }
            LLVMValueRef[] args = new LLVMValueRef[count];
            LLVMValueRef value = LLVMGetUndef(interruptType);
            value = LLVMBuildInsertValue(b, value, LLVMConstInt(LLVMStructGetTypeAtIndex(interruptType, 0),
                    irq, 0), 0, "");
            for (int i = 0; i < count; i++) {
                if (i == 0 && LLVMTypeOf(value).equals(params[0])) {
                    args[i] = value;
                } else if (i == 0 && LLVMGetTypeKind(params[0]) == LLVMIntegerTypeKind) {
                    args[i] = LLVMConstInt(params[0], irq, 0); // (a one-field struct passed as its field)
                } else {
                    args[i] = LLVMConstNull(params[i]);
                }
            }
            LLVMBuildCall2(b, hft, handler, refs(args), count, "");
            LLVMBuildRetVoid(b);
        } finally {
            LLVMDisposeBuilder(b);
        }
        return fn;
    }

    /** After the functions: the chip's vector table on Cortex-M and RISC-V, if the program handles interrupts. */
    void finish() {
        if (routines.isEmpty() || avr() || m.config.isWasm()) {
            return;
        }
        if (m.config.triple().startsWith("riscv")) {
            riscvTable();
            return;
        }
        int last = ((TreeMap<Integer, LLVMValueRef>) routines).lastKey();
        LLVMTypeRef voidFn = LLVMFunctionType(m.types.voidType, refs(), 0, 0);
        LLVMValueRef fallback = LLVMGetNamedFunction(m.module, "Default_Handler");
        if (fallback == null || fallback.isNull()) {
            fallback = LLVMAddFunction(m.module, "Default_Handler", voidFn);
        }
        LLVMValueRef[] entries = new LLVMValueRef[last + 1];
        for (int i = 0; i <= last; i++) {
            entries[i] = routines.getOrDefault(i, fallback);
        }
        LLVMTypeRef arrayType = LLVMArrayType2(m.types.ptr, entries.length);
        LLVMValueRef table = LLVMAddGlobal(m.module, arrayType, "tinygo_irqVectors");
        LLVMSetInitializer(table, LLVMConstArray2(m.types.ptr, refs(entries), entries.length));
        LLVMSetGlobalConstant(table, 1);
        LLVMSetSection(table, ".isr_vector.irq");
        LLVMSetAlignment(table, 4);
        LLVMValueRef[] used = {table};
        LLVMTypeRef usedType = LLVMArrayType2(m.types.ptr, 1);
        LLVMValueRef usedGlobal = LLVMAddGlobal(m.module, usedType, "llvm.used");
        LLVMSetLinkage(usedGlobal, LLVMAppendingLinkage);
        LLVMSetSection(usedGlobal, "llvm.metadata");
        LLVMSetInitializer(usedGlobal, LLVMConstArray2(m.types.ptr, refs(used), 1));
    }
}
