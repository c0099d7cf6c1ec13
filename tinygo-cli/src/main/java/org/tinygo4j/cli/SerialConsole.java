package org.tinygo4j.cli;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The serial console of {@code tinygo monitor} and {@code tinygo flash -monitor}: what
 * the board writes goes to standard output as it comes, and standard input goes to the
 * board. The end of standard input only stops the sending (so {@code tinygo monitor <
 * /dev/null} still shows the board's output); the console ends when the port goes
 * away (the board is unplugged or resets into another port) or on Ctrl-C.
 */
final class SerialConsole {
    private SerialConsole() {}

    /**
     * Connects to a port and copies in both directions until the port goes away.
     *
     * @return the exit code: 0 when the port went away, 1 when it could not be opened
     */
    static int run(Io io, String command, String path, int baudRate) {
        if (!Files.exists(Path.of(path))) {
            io.err().println("tinygo " + command + ": serial port " + path + ": no such file or directory");
            return 1;
        }
        SerialPort port = SerialPort.getCommPort(path);
        port.setComPortParameters(baudRate, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 200, 0);
        if (!port.openPort()) {
            io.err().println("tinygo " + command + ": cannot open serial port " + path + SerialPorts.errno(port));
            return 1;
        }
        io.err().println("Connected to " + path + ". Press Ctrl-C to exit.");
        Thread sender = Thread.ofPlatform().daemon().name("tinygo-monitor-stdin").start(() -> send(io.in(), port));
        byte[] buf = new byte[512];
        try {
            while (true) {
                int n = port.readBytes(buf, buf.length);
                if (n < 0 || !Files.exists(Path.of(path))) {
                    break; // the device is gone
                }
                if (n > 0) {
                    io.out().write(buf, 0, n);
                    io.out().flush();
                }
            }
        } finally {
            sender.interrupt();
            port.closePort();
        }
        return 0;
    }

    /** Standard input to the board, as it comes, until it ends or the port closes. */
    private static void send(InputStream in, SerialPort port) {
        byte[] buf = new byte[256];
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                if (port.writeBytes(buf, n) < 0) {
                    return;
                }
            }
        } catch (IOException e) {
            // standard input failed: nothing more to send; the board's output still shows
        }
    }
}
