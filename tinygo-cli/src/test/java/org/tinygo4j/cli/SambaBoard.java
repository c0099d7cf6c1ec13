package org.tinygo4j.cli;

import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * An ATSAMD21G18A in Arduino's SAM-BA bootloader, as bossac sees it over the serial
 * line. SAM-BA commands are an ASCII letter, hex arguments separated by commas, and
 * '#': N (binary mode), V (version), w/h/o (read a word, half-word, byte; answered in
 * binary), W/H/O (write), S (send data to memory), R (receive data from memory), G (run
 * code at an address), and the extensions of Arduino's bootloader, which it announces
 * in its version as [Arduino:XYZ]: X (erase from an address), Y (copy a buffer in RAM
 * to flash), Z (CRC-16 of memory). S and R move their data raw when the port is USB (bossac first
 * connects at 921600 baud and says nothing more) and by XMODEM-CRC when bossac had to
 * fall back to a serial line's auto-baud sequence (0x80 0x80 '#').
 *
 * <p>Memory is a map of bytes; flash (256 KB from address 0) reads 0xFF where it was
 * never written. The registers bossac reads to identify the chip hold the datasheets'
 * values: Cortex-M0+ CPUID, the DSU's device ID of the SAMD21G18A, NVMCTRL's PARAM (64
 * byte pages, 4096 of them) and INTFLAG (ready). NVMCTRL's erase-row command (CMDEX
 * 0xA5, ER) erases the 256-byte row at ADDR (in half-words). bossac writes flash with
 * a word-copy routine it loads into RAM and runs with G; its parameters, written just
 * before, sit after the routine's first words (destination at +8, source at +12, word
 * count at +16, as the wire shows), and running it copies those words. A write of
 * SYSRESETREQ to the AIRCR is the reset that ends the session.
 */
final class SambaBoard implements Runnable {
    private static final long FLASH_SIZE = 256 * 1024;
    private static final long NVMCTRL = 0x41004000L;

    private final Path port;
    private final Map<Long, Byte> memory = new HashMap<>();
    private boolean usb = true;
    private long buffer;
    private volatile boolean reset;

    SambaBoard(Path port) {
        this.port = port;
        putWord(0xE000ED00L, 0x410CC601L); // CPUID: Cortex-M0+ r0p1
        putWord(0x41002018L, 0x10010305L); // DSU DID: SAMD21G18A
        putWord(NVMCTRL + 0x08, 3 << 16 | 4096); // PARAM: PSZ 3 (64-byte pages), NVMP 4096
        putWord(NVMCTRL + 0x14, 1); // INTFLAG: READY
    }

    /** Bytes of flash as the session left them. */
    synchronized byte[] flash(long address, int length) {
        return read(address, length);
    }

    /** Whether bossac reset the chip at the end (its -R). */
    boolean wasReset() {
        return reset;
    }

    @Override
    public void run() {
        try (InputStream in = new FileInputStream(port.toFile()); OutputStream out = new FileOutputStream(port.toFile())) {
            while (!reset) {
                String cmd = command(in);
                if (cmd == null) {
                    return;
                }
                synchronized (this) {
                    answer(cmd, in, out);
                }
                out.flush();
            }
        } catch (IOException e) {
            // bossac closed the port (socat ends with it): the session is over
        }
    }

    /** The next command without its '#', or null at the end of input. */
    private static String command(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c; (c = in.read()) != '#'; ) {
            if (c < 0) {
                return null;
            }
            b.append((char) c);
        }
        return b.toString();
    }

    private void answer(String cmd, InputStream in, OutputStream out) throws IOException {
        if (cmd.isEmpty()) {
            return;
        }
        char op = cmd.charAt(0);
        String[] args = cmd.substring(1).split(",");
        long a = args[0].isEmpty() ? 0 : Long.parseLong(args[0], 16);
        long b = args.length > 1 && !args[1].isEmpty() ? Long.parseLong(args[1], 16) : 0;
        switch (op) {
            case (char) 0x80 -> usb = false; // auto-baud: a serial line, so XMODEM from now on
            case 'N', 'T' -> { }
            case 'V' -> out.write("v2.0 [Arduino:XYZ] Mar  5 2016 17:56:29\n\r".getBytes(StandardCharsets.US_ASCII));
            case 'w' -> out.write(read(a, 4));
            case 'h' -> out.write(read(a, 2));
            case 'o' -> out.write(read(a, 1));
            case 'W' -> writeWord(a, b);
            case 'H' -> write(a, new byte[] {(byte) b, (byte) (b >> 8)});
            case 'O' -> write(a, new byte[] {(byte) b});
            case 'S' -> write(a, usb ? in.readNBytes((int) b) : Xmodem.receive(in, out, (int) b));
            case 'R' -> {
                if (usb) {
                    out.write(read(a, (int) b));
                } else {
                    Xmodem.send(in, out, read(a, (int) b));
                }
            }
            case 'G' -> write(word(a + 8), read(word(a + 12), (int) word(a + 16) * 4)); // the word-copy routine
            case 'X' -> { // Arduino's extension: erase from an address to the end of flash
                byte[] erased = new byte[(int) (FLASH_SIZE - a)];
                java.util.Arrays.fill(erased, (byte) 0xFF);
                write(a, erased);
                out.write("X\n\r".getBytes(StandardCharsets.US_ASCII));
            }
            case 'Y' -> { // Arduino's extension: Y<buffer>,0 names the source, Y<flash>,<size> copies it
                if (b == 0) {
                    buffer = a;
                } else {
                    write(a, read(buffer, (int) b));
                }
                out.write("Y\n\r".getBytes(StandardCharsets.US_ASCII));
            }
            case 'Z' -> out.write(String.format("Z%08X#\n\r", Xmodem.crc16(read(a, (int) b))).getBytes(StandardCharsets.US_ASCII));
            default -> throw new IOException("SAM-BA command " + cmd + " is not answered by this board");
        }
    }

    private void writeWord(long address, long value) {
        putWord(address, value);
        if (address == NVMCTRL && (value & 0xFF7F) == 0xA502) { // CTRLA: CMDEX 0xA5, ER (erase row)
            long row = word(NVMCTRL + 0x1C) * 2 & ~255L;
            byte[] erased = new byte[256];
            java.util.Arrays.fill(erased, (byte) 0xFF);
            write(row, erased);
        } else if (address == 0xE000ED0CL && value == 0x05FA0004L) { // AIRCR: VECTKEY, SYSRESETREQ
            reset = true;
        }
    }

    private void putWord(long address, long value) {
        write(address, new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24)});
    }

    private long word(long address) {
        byte[] w = read(address, 4);
        return (w[0] & 0xFFL) | (w[1] & 0xFFL) << 8 | (w[2] & 0xFFL) << 16 | (w[3] & 0xFFL) << 24;
    }

    private byte[] read(long address, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            long at = address + i;
            out[i] = memory.getOrDefault(at, at < FLASH_SIZE ? (byte) 0xFF : 0);
        }
        return out;
    }

    private void write(long address, byte[] data) {
        for (int i = 0; i < data.length; i++) {
            memory.put(address + i, data[i]);
        }
    }

    /** XMODEM with 128-byte blocks and CRC-16 (polynomial 0x1021), the receiver asking with 'C'. */
    private static final class Xmodem {
        private static final int SOH = 0x01;
        private static final int EOT = 0x04;
        private static final int ACK = 0x06;

        static byte[] receive(InputStream in, OutputStream out, int length) throws IOException {
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            out.write('C');
            out.flush();
            for (int h; (h = in.read()) != EOT; ) {
                if (h != SOH) {
                    throw new IOException("XMODEM: block header " + h);
                }
                in.readNBytes(2); // block number and its complement
                byte[] block = in.readNBytes(128);
                byte[] crc = in.readNBytes(2);
                if (crc16(block) != ((crc[0] & 0xFF) << 8 | (crc[1] & 0xFF))) {
                    throw new IOException("XMODEM: CRC error");
                }
                data.write(block);
                out.write(ACK);
                out.flush();
            }
            out.write(ACK);
            return java.util.Arrays.copyOf(data.toByteArray(), length);
        }

        static void send(InputStream in, OutputStream out, byte[] data) throws IOException {
            if (in.read() != 'C') {
                throw new IOException("XMODEM: the receiver did not ask for CRC mode");
            }
            for (int i = 0, n = 1; i < data.length; i += 128, n++) {
                byte[] block = java.util.Arrays.copyOfRange(data, i, i + 128); // padded with zeros
                int crc = crc16(block);
                out.write(new byte[] {SOH, (byte) n, (byte) (255 - (n & 0xFF))});
                out.write(block);
                out.write(new byte[] {(byte) (crc >> 8), (byte) crc});
                out.flush();
                in.read(); // ACK
            }
            out.write(EOT);
            out.flush();
            in.read(); // ACK
        }

        static int crc16(byte[] data) {
            int crc = 0;
            for (byte x : data) {
                crc ^= (x & 0xFF) << 8;
                for (int k = 0; k < 8; k++) {
                    crc = (crc & 0x8000) != 0 ? (crc << 1 ^ 0x1021) & 0xFFFF : crc << 1 & 0xFFFF;
                }
            }
            return crc;
        }
    }
}
