package org.tinygo4j.cli;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * An ATmega328P with an Arduino bootloader, as avrdude's "arduino" programmer sees it
 * over the serial line: the STK500 version 1 protocol (Atmel's application note AVR061).
 * Each command is a command byte, its fixed arguments and Sync_CRC_EOP (0x20); the
 * answer is STK_INSYNC (0x14), any data, STK_OK (0x10). Pages written with
 * Cmnd_STK_PROG_PAGE land in a 32 KB flash that starts erased (0xFF) and is read back
 * by Cmnd_STK_READ_PAGE, as avrdude verifies what it wrote.
 */
final class Stk500Board implements Runnable {
    private static final int INSYNC = 0x14;
    private static final int OK = 0x10;
    private static final int NOSYNC = 0x15;
    private static final int EOP = 0x20;

    private final Path port;
    private final byte[] flash = new byte[32 * 1024];
    private int wordAddress;
    private volatile boolean programmed;

    Stk500Board(Path port) {
        this.port = port;
        Arrays.fill(flash, (byte) 0xFF);
    }

    /** The flash as the bootloader left it. */
    byte[] flash() {
        return flash.clone();
    }

    /** Whether avrdude entered and left programming mode, as a complete session does. */
    boolean programmed() {
        return programmed;
    }

    @Override
    public void run() {
        try (InputStream in = new FileInputStream(port.toFile()); OutputStream out = new FileOutputStream(port.toFile())) {
            boolean progMode = false;
            while (true) {
                int cmd = in.read();
                if (cmd < 0) {
                    return;
                }
                byte[] reply = switch (cmd) {
                    case 0x30, 0x50, 0x51, 0x52 -> { // GET_SYNC, ENTER_PROGMODE, LEAVE_PROGMODE, CHIP_ERASE
                        if (!eop(in)) {
                            yield null;
                        }
                        if (cmd == 0x50) {
                            progMode = true;
                        } else if (cmd == 0x51) {
                            programmed |= progMode;
                            progMode = false;
                        } else if (cmd == 0x52) {
                            Arrays.fill(flash, (byte) 0xFF);
                        }
                        yield new byte[0];
                    }
                    case 0x41 -> { // GET_PARAMETER: hardware 2, software 4.4 (Optiboot's), 3 for the rest
                        int param = read(in);
                        yield eop(in) ? new byte[] {(byte) (param == 0x80 ? 2 : param == 0x81 || param == 0x82 ? 4 : 3)} : null;
                    }
                    case 0x40 -> skip(in, 2) ? new byte[0] : null;  // SET_PARAMETER
                    case 0x42 -> skip(in, 20) ? new byte[0] : null; // SET_DEVICE
                    case 0x45 -> skip(in, read(in) - 1) ? new byte[0] : null; // SET_DEVICE_EXT: its length, then the rest
                    case 0x55 -> { // LOAD_ADDRESS, in words, low byte first
                        int lo = read(in);
                        int hi = read(in);
                        wordAddress = lo | hi << 8;
                        yield eop(in) ? new byte[0] : null;
                    }
                    case 0x56 -> { // UNIVERSAL: a raw ISP instruction; chip erase is AC 80 xx xx
                        byte[] insn = in.readNBytes(4);
                        if ((insn[0] & 0xFF) == 0xAC && (insn[1] & 0xFF) == 0x80) {
                            Arrays.fill(flash, (byte) 0xFF);
                        }
                        yield eop(in) ? new byte[] {0} : null;
                    }
                    case 0x64 -> { // PROG_PAGE: length (big-endian), memory type, data
                        int length = read(in) << 8 | read(in);
                        int memory = read(in);
                        byte[] data = in.readNBytes(length);
                        if (!eop(in)) {
                            yield null;
                        }
                        if (memory == 'F') {
                            System.arraycopy(data, 0, flash, wordAddress * 2, length);
                        }
                        yield new byte[0];
                    }
                    case 0x74 -> { // READ_PAGE
                        int length = read(in) << 8 | read(in);
                        int memory = read(in);
                        if (!eop(in)) {
                            yield null;
                        }
                        byte[] data = new byte[length];
                        if (memory == 'F') {
                            System.arraycopy(flash, wordAddress * 2, data, 0, length);
                        }
                        yield data;
                    }
                    case 0x75 -> eop(in) ? new byte[] {0x1E, (byte) 0x95, 0x0F} : null; // READ_SIGN: the ATmega328P's
                    default -> null;
                };
                if (reply == null) {
                    out.write(NOSYNC);
                } else {
                    out.write(INSYNC);
                    out.write(reply);
                    out.write(OK);
                }
                out.flush();
            }
        } catch (IOException e) {
            // the other end went away (socat ends when avrdude closes the port): the session is over
        }
    }

    private static int read(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new IOException("end of input in a command");
        }
        return b;
    }

    private static boolean eop(InputStream in) throws IOException {
        return read(in) == EOP;
    }

    private static boolean skip(InputStream in, int n) throws IOException {
        in.readNBytes(n);
        return eop(in);
    }
}
