package org.tinygo4j.run;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Tiny hand-assembled images for testing the runners without the compiler: a WASI
 * module, a Cortex-M ELF using semihosting and an ATmega328P ELF using USART0, each
 * printing a text and ending with a chosen exit code through the runner's exit contract.
 * Encodings come from the WebAssembly binary format, the ARMv6-M Thumb and the AVR
 * instruction set manuals.
 */
final class TestImages {
    private TestImages() {}

    /** A WASI module: writes {@code out} to fd 1 and {@code err} to fd 2, then proc_exit(code). */
    static byte[] wasi(String out, String err, int code) {
        byte[] o = out.getBytes(StandardCharsets.UTF_8);
        byte[] e = err.getBytes(StandardCharsets.UTF_8);
        // memory: iovec1 at 0, iovec2 at 8, nwritten at 16, texts from 32
        ByteBuffer data = ByteBuffer.allocate(32 + o.length + e.length).order(ByteOrder.LITTLE_ENDIAN);
        data.putInt(0, 32).putInt(4, o.length).putInt(8, 32 + o.length).putInt(12, e.length);
        data.put(32, o).put(32 + o.length, e);

        Bytes m = new Bytes();
        m.raw(0, 'a', 's', 'm', 1, 0, 0, 0);
        m.section(1, new Bytes().u(3)
                .raw(0x60).u(4).raw(0x7f, 0x7f, 0x7f, 0x7f).u(1).raw(0x7f) // fd_write
                .raw(0x60).u(1).raw(0x7f).u(0)                            // proc_exit
                .raw(0x60).u(0).u(0));                                    // _start
        m.section(2, new Bytes().u(2)
                .name("wasi_snapshot_preview1").name("fd_write").raw(0x00).u(0)
                .name("wasi_snapshot_preview1").name("proc_exit").raw(0x00).u(1));
        m.section(3, new Bytes().u(1).u(2));
        m.section(5, new Bytes().u(1).raw(0x00).u(1));
        m.section(7, new Bytes().u(2).name("memory").raw(0x02).u(0).name("_start").raw(0x00).u(2));
        Bytes body = new Bytes().u(0)
                .raw(0x41).s(1).raw(0x41).s(0).raw(0x41).s(1).raw(0x41).s(16).raw(0x10).u(0).raw(0x1a)
                .raw(0x41).s(2).raw(0x41).s(8).raw(0x41).s(1).raw(0x41).s(16).raw(0x10).u(0).raw(0x1a)
                .raw(0x41).s(code).raw(0x10).u(1)
                .raw(0x0b);
        m.section(10, new Bytes().u(1).u(body.size()).bytes(body.toByteArray()));
        m.section(11, new Bytes().u(1).raw(0x00).raw(0x41).s(0).raw(0x0b).u(data.capacity()).bytes(data.array()));
        return m.toByteArray();
    }

    /**
     * A WASI module whose _start calls a function of {@code params} i32 parameters (which
     * sums the first and the last) through its table, as a Go func value is called, then
     * writes "ok\n" to fd 1 when the sum is params + 1: more parameters than the 255
     * argument slots of a JVM method.
     */
    static byte[] wasiManyParams(int params) {
        ByteBuffer data = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        data.putInt(0, 8).putInt(4, 3).put(8, "ok\n".getBytes(StandardCharsets.US_ASCII));
        Bytes m = new Bytes();
        m.raw(0, 'a', 's', 'm', 1, 0, 0, 0);
        Bytes many = new Bytes().raw(0x60).u(params);
        for (int i = 0; i < params; i++) {
            many.raw(0x7f);
        }
        many.u(1).raw(0x7f);
        m.section(1, new Bytes().u(3)
                .raw(0x60).u(4).raw(0x7f, 0x7f, 0x7f, 0x7f).u(1).raw(0x7f) // fd_write
                .bytes(many.toByteArray())                                // the wide function
                .raw(0x60).u(0).u(0));                                    // _start
        m.section(2, new Bytes().u(1).name("wasi_snapshot_preview1").name("fd_write").raw(0x00).u(0));
        m.section(3, new Bytes().u(2).u(1).u(2));
        m.section(4, new Bytes().u(1).raw(0x70).raw(0x00).u(1));
        m.section(5, new Bytes().u(1).raw(0x00).u(1));
        m.section(7, new Bytes().u(2).name("memory").raw(0x02).u(0).name("_start").raw(0x00).u(2));
        m.section(9, new Bytes().u(1).raw(0x00).raw(0x41).s(0).raw(0x0b).u(1).u(1));
        // wide: local.get 0; local.get params-1; i32.add
        Bytes wide = new Bytes().u(0).raw(0x20).u(0).raw(0x20).u(params - 1).raw(0x6a).raw(0x0b);
        // _start: push 1, 2, ..., params; call_indirect wide (table slot 0); i32.const
        // params+1; i32.eq; if: fd_write
        Bytes start = new Bytes().u(0);
        for (int i = 1; i <= params; i++) {
            start.raw(0x41).s(i);
        }
        start.raw(0x41).s(0).raw(0x11).u(1).u(0).raw(0x41).s(params + 1).raw(0x46)
                .raw(0x04, 0x40)
                .raw(0x41).s(1).raw(0x41).s(0).raw(0x41).s(1).raw(0x41).s(12).raw(0x10).u(0).raw(0x1a)
                .raw(0x0b).raw(0x0b);
        m.section(10, new Bytes().u(2).u(wide.size()).bytes(wide.toByteArray())
                .u(start.size()).bytes(start.toByteArray()));
        m.section(11, new Bytes().u(1).raw(0x00).raw(0x41).s(0).raw(0x0b).u(data.capacity()).bytes(data.array()));
        return m.toByteArray();
    }

    /** A WASI module whose _start loops forever, for the time limit. */
    static byte[] wasiLoop() {
        Bytes m = new Bytes();
        m.raw(0, 'a', 's', 'm', 1, 0, 0, 0);
        m.section(1, new Bytes().u(1).raw(0x60).u(0).u(0));
        m.section(3, new Bytes().u(1).u(0));
        m.section(7, new Bytes().u(1).name("_start").raw(0x00).u(0));
        Bytes body = new Bytes().u(0).raw(0x03, 0x40, 0x0c, 0x00, 0x0b, 0x0b); // loop br 0 end end
        m.section(10, new Bytes().u(1).u(body.size()).bytes(body.toByteArray()));
        return m.toByteArray();
    }

    /**
     * A Cortex-M ELF (flash at 0, RAM at 0x20000000): prints {@code text} with semihosting
     * SYS_WRITE0, then ends with SYS_EXIT_EXTENDED(ApplicationExit, code); with
     * {@code exit} false it spins forever instead.
     */
    static byte[] cortexM(String text, int code, boolean exit) {
        ByteBuffer f = ByteBuffer.allocate(0x80 + text.length() + 1).order(ByteOrder.LITTLE_ENDIAN);
        f.putInt(0x00, 0x20001000);      // initial SP
        f.putInt(0x04, 0x41);            // reset handler, Thumb bit set
        short[] code16 = {
            0x2004,                      // 0x40 movs r0, #4 (SYS_WRITE0)
            0x4903,                      // 0x42 ldr r1, [pc, #12] -> 0x50
            (short) 0xBEAB,              // 0x44 bkpt 0xab
            0x2020,                      // 0x46 movs r0, #0x20 (SYS_EXIT_EXTENDED)
            0x4902,                      // 0x48 ldr r1, [pc, #8] -> 0x54
            (short) 0xBEAB,              // 0x4a bkpt 0xab
            (short) 0xE7FE,              // 0x4c b .
            0x0000,
        };
        if (!exit) {
            code16[3] = (short) 0xE7FE;  // spin right after printing
        }
        for (int i = 0; i < code16.length; i++) {
            f.putShort(0x40 + 2 * i, code16[i]);
        }
        f.putInt(0x50, 0x80);            // address of the text
        f.putInt(0x54, 0x58);            // address of the exit parameter block
        f.putInt(0x58, 0x20026);         // ADP_Stopped_ApplicationExit
        f.putInt(0x5c, code);
        f.put(0x80, text.getBytes(StandardCharsets.US_ASCII));
        return elf32(40, 0x5000000, 0x41, f.array());
    }

    /**
     * An ATmega328P ELF: enables the USART0 transmitter, writes {@code text}, then the end
     * marker 0x04 and {@code code}, then {@code cli; sleep}. With {@code marker} false it
     * spins after the text instead.
     */
    static byte[] avr(String text, int code, boolean marker) {
        Bytes w = new Bytes();
        avrOut(w, 0xC1, 0x08);           // UCSR0B = TXEN0
        for (byte c : text.getBytes(StandardCharsets.US_ASCII)) {
            avrOut(w, 0xC6, c & 0xff);   // UDR0 = c
        }
        if (marker) {
            avrOut(w, 0xC6, 0x04);
            avrOut(w, 0xC6, code);
            w.le16(0x94F8).le16(0x9588); // cli; sleep
        }
        w.le16(0xCFFF);                  // rjmp .-2
        return elf32(83, 5, 0, w.toByteArray());
    }

    private static void avrOut(Bytes w, int addr, int value) {
        w.le16(0xE000 | (value & 0xF0) << 4 | (value & 0x0F)); // ldi r16, value
        w.le16(0x9300).le16(addr);                             // sts addr, r16
    }

    /**
     * An executable ELF32 little-endian file with one PT_LOAD segment at address 0 and a
     * matching .text section (simavr loads sections, qemu loads segments).
     */
    private static byte[] elf32(int machine, int flags, int entry, byte[] segment) {
        int phoff = 52;
        int off = 0x100;
        byte[] shstr = "\0.text\0.shstrtab\0".getBytes(StandardCharsets.US_ASCII);
        int strOff = off + segment.length;
        int shoff = (strOff + shstr.length + 3) & ~3;
        ByteBuffer b = ByteBuffer.allocate(shoff + 3 * 40).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {0x7f, 'E', 'L', 'F', 1, 1, 1, 0});
        b.position(16);
        b.putShort((short) 2).putShort((short) machine).putInt(1).putInt(entry).putInt(phoff).putInt(shoff)
                .putInt(flags).putShort((short) 52).putShort((short) 32).putShort((short) 1)
                .putShort((short) 40).putShort((short) 3).putShort((short) 2);
        b.position(phoff);
        b.putInt(1).putInt(off).putInt(0).putInt(0).putInt(segment.length).putInt(segment.length)
                .putInt(7).putInt(2);
        b.position(off);
        b.put(segment);
        b.position(strOff);
        b.put(shstr);
        b.position(shoff + 40);          // section 0 stays all zero
        b.putInt(1).putInt(1).putInt(6).putInt(0).putInt(off).putInt(segment.length).putInt(0).putInt(0)
                .putInt(2).putInt(0);    // .text: PROGBITS, ALLOC|EXEC
        b.putInt(7).putInt(3).putInt(0).putInt(0).putInt(strOff).putInt(shstr.length).putInt(0).putInt(0)
                .putInt(1).putInt(0);    // .shstrtab
        return b.array();
    }

    /** A byte buffer with the LEB128 and little-endian writers the encoders need. */
    private static final class Bytes extends ByteArrayOutputStream {
        Bytes raw(int... bs) {
            for (int x : bs) {
                write(x);
            }
            return this;
        }

        Bytes bytes(byte[] bs) {
            writeBytes(bs);
            return this;
        }

        Bytes u(int v) {
            do {
                int b = v & 0x7f;
                v >>>= 7;
                write(v != 0 ? b | 0x80 : b);
            } while (v != 0);
            return this;
        }

        Bytes s(int v) {
            while (true) {
                int b = v & 0x7f;
                v >>= 7;
                boolean done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
                write(done ? b : b | 0x80);
                if (done) {
                    return this;
                }
            }
        }

        Bytes name(String n) {
            byte[] b = n.getBytes(StandardCharsets.UTF_8);
            return u(b.length).bytes(b);
        }

        Bytes le16(int v) {
            write(v & 0xff);
            write(v >>> 8 & 0xff);
            return this;
        }

        Bytes section(int id, Bytes content) {
            write(id);
            u(content.size());
            return bytes(content.toByteArray());
        }
    }
}
