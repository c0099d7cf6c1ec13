package org.tinygo4j.cli;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The machine's serial ports, through jSerialComm: the list with each port's USB ID
 * ({@code vid:pid}, as the target JSONs' {@code serial-port} lists name boards), the port
 * of a board found by those IDs, and the 1200-baud touch that makes SAMD21/SAMD51 boards
 * restart into their bootloader (open the port at 1200 baud, drop DTR, close).
 */
final class SerialPorts {
    /** How long a board may take to come back as a serial port after the 1200-baud touch. */
    private static final long REAPPEAR_MILLIS = 10_000;
    /** How long the port of a board that was touched is watched for disappearing before it is reopened. */
    private static final long VANISH_MILLIS = 1_000;

    private SerialPorts() {}

    /**
     * One serial port.
     *
     * @param path        its device file, e.g. /dev/ttyACM0
     * @param id          its USB ID as {@code vid:pid} in lower-case hex, or "" when it is not a USB port
     * @param description what the system says it is
     */
    record Port(String path, String id, String description) {}

    /** The serial ports of this machine, ordered by path. */
    static List<Port> list() {
        List<Port> ports = new ArrayList<>();
        for (SerialPort p : SerialPort.getCommPorts()) {
            String id = p.getVendorID() < 0 || p.getProductID() < 0 ? ""
                    : String.format(Locale.ROOT, "%04x:%04x", p.getVendorID(), p.getProductID());
            ports.add(new Port(p.getSystemPortPath(), id, p.getPortDescription()));
        }
        ports.sort(Comparator.comparing(Port::path));
        return ports;
    }

    /**
     * The port of a board, as TinyGo finds it when no -port is given: the first one whose
     * USB ID is one of {@code ids}, or, for a target that lists none, the first USB port.
     */
    static Optional<String> find(List<String> ids) {
        return list().stream()
                .filter(p -> ids.isEmpty() ? !p.id().isEmpty() : ids.contains(p.id()))
                .map(Port::path)
                .findFirst();
    }

    /** Why no port was found, in words for the user: what was looked for and how to say which. */
    static String notFound(String target, List<String> ids) {
        String what = ids.isEmpty() ? "no USB serial port found"
                : "no serial port of " + target + " found (USB IDs " + String.join(", ", ids) + ")";
        return what + ": connect the board or name its port with -port";
    }

    /**
     * The 1200-baud touch: opens the port at 1200 baud, drops DTR and closes it, which a
     * SAMD bootloader takes as the request to restart into itself. Then waits for the
     * board to come back: for its port to vanish (at most a second; a pseudo-terminal
     * never does) and for a port to be there again, the same path or, when it was found
     * by its IDs, any port with one of them (the bootloader may have its own product ID).
     *
     * @return the port to flash through afterwards
     */
    static String touch1200(String path, List<String> ids, boolean foundByIds) throws IOException {
        SerialPort port = SerialPort.getCommPort(path);
        port.setComPortParameters(1200, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        if (!port.openPort()) {
            throw new IOException("cannot open " + path + " at 1200 baud" + errno(port));
        }
        port.clearDTR(); // refused by a pseudo-terminal, which has no modem lines; closing at 1200 is what counts
        port.closePort();
        long start = System.currentTimeMillis();
        while (System.currentTimeMillis() - start < VANISH_MILLIS && Files.exists(Path.of(path))) {
            sleep(50);
        }
        while (System.currentTimeMillis() - start < REAPPEAR_MILLIS) {
            if (Files.exists(Path.of(path))) {
                return path;
            }
            if (foundByIds) {
                Optional<String> again = find(ids);
                if (again.isPresent()) {
                    return again.get();
                }
            }
            sleep(100);
        }
        throw new IOException("the board did not come back as a serial port after the 1200-baud reset of " + path);
    }

    /** The system's error number of a port's last failed call, as a suffix of a message. */
    static String errno(SerialPort port) {
        int code = port.getLastErrorCode();
        return code == 0 ? "" : " (errno " + code + ")";
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }
}
