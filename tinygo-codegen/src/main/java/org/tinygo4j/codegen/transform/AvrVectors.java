package org.tinygo4j.codegen.transform;

import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.SizeTPointer;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The AVR vector table, as long as the program needs: the reset entry, then one JMP
 * per vector up to the highest {@code __vector_N} the final module defines (the
 * runtime's clock interrupt, the routines of runtime/interrupt.New), each gap jumping
 * to the linker script's {@code __vector_default}. A chip's full table costs 4 bytes a
 * vector (the ATmega328P's 26 are 104 bytes, the ATmega2560's 57 are 228), most of them
 * for interrupts a program never enables; code starts right after the last entry the
 * program uses. An interrupt past the table can only fire if the program enables it
 * by writing the chip's registers itself, without a handler: its vector would then
 * jump into code instead of restarting the program. A target whose start-up files
 * define {@code __vectors} themselves keeps its own table. {@code __vectors_end} marks
 * where the table ends.
 */
public final class AvrVectors {
    private static final Pattern VECTOR = Pattern.compile("__vector_(\\d+)");

    private AvrVectors() {
    }

    /** Appends the table to the module's inline assembly, unless the module has one. */
    public static void run(LLVMModuleRef module) {
        if (moduleAsm(module).contains("__vectors:")) {
            return;
        }
        byte[] asm = table(lastVector(module)).getBytes(StandardCharsets.UTF_8);
        LLVMAppendModuleInlineAsm(module, new BytePointer(asm), asm.length);
    }

    /** {@return the highest N of the functions {@code __vector_N} the module defines, or 0} */
    static int lastVector(LLVMModuleRef module) {
        int last = 0;
        for (LLVMValueRef fn = LLVMGetFirstFunction(module); fn != null && !fn.isNull(); fn = LLVMGetNextFunction(fn)) {
            Matcher m = VECTOR.matcher(LLVMGetValueName(fn).getString());
            if (m.matches() && LLVMIsDeclaration(fn) == 0) {
                last = Math.max(last, Integer.parseInt(m.group(1)));
            }
        }
        return last;
    }

    /** {@return the assembly of a table of the reset entry and vectors 1 to last} */
    static String table(int last) {
        StringBuilder s = new StringBuilder("\n    .section .vectors, \"ax\", @progbits\n    .global __vectors\n"
                + "__vectors:\n    jmp __init\n");
        for (int i = 1; i <= last; i++) {
            s.append("    jmp __vector_").append(i).append('\n');
        }
        return s.append("    .global __vectors_end\n__vectors_end:\n").toString();
    }

    private static String moduleAsm(LLVMModuleRef module) {
        SizeTPointer length = new SizeTPointer(1);
        BytePointer asm = LLVMGetModuleInlineAsm(module, length);
        return asm == null || asm.isNull() ? "" : asm.getString(StandardCharsets.UTF_8);
    }
}
