package org.tinygo4j.it;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * simavr's value-change-dump tracing. simavr reads a {@code .mmcu} section in the ELF
 * file: a list of tags (a tag byte, a length byte, the data), among them the VCD file's
 * name (tag 12), the flush period (13) and the registers to trace (14: a bit mask, the
 * 16-bit data address and a 32-byte name), as simavr's avr_mcu_section.h numbers them.
 * {@link Vcd} reads the file simavr writes: its times are simavr's emulated time.
 */
final class SimavrTrace {
    private SimavrTrace() {}

    static final int TAG_VCD_FILENAME = 12;
    static final int TAG_VCD_PERIOD = 13;
    static final int TAG_VCD_TRACE = 14;
    static final int TAG_VCD_PORTPIN = 15;

    /** A register to trace, all 8 bits, by its data-memory address. */
    record Signal(String name, int address) {}

    /**
     * A pin to trace by its level, whatever drives it (the port register or a timer's
     * compare output): tag 15 with the port's letter in the mask byte and the pin's
     * number in the address field.
     */
    record PortPin(String name, char port, int pin) {}

    static byte[] vcdSection(String file, Signal... signals) {
        return vcdSection(file, List.of(), signals);
    }

    static byte[] vcdSection(String file, List<PortPin> pins, Signal... signals) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tag(out, TAG_VCD_FILENAME, padded(file));
        tag(out, TAG_VCD_PERIOD, new byte[] {(byte) 0xE8, 0x03, 0, 0}); // 1000 (µs)
        for (PortPin p : pins) {
            ByteArrayOutputStream t = new ByteArrayOutputStream();
            t.write(p.port());
            t.write(p.pin());
            t.write(0);
            t.writeBytes(padded(p.name()));
            tag(out, TAG_VCD_PORTPIN, t.toByteArray());
        }
        for (Signal s : signals) {
            ByteArrayOutputStream t = new ByteArrayOutputStream();
            t.write(0xFF);
            t.write(s.address() & 0xFF);
            t.write(s.address() >> 8);
            t.writeBytes(padded(s.name()));
            tag(out, TAG_VCD_TRACE, t.toByteArray());
        }
        return out.toByteArray();
    }

    private static byte[] padded(String s) {
        byte[] b = new byte[32];
        byte[] a = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(a, 0, b, 0, Math.min(a.length, 31));
        return b;
    }

    private static void tag(ByteArrayOutputStream out, int tag, byte[] data) {
        out.write(tag);
        out.write(data.length);
        out.writeBytes(data);
    }

    /** A parsed VCD file: each signal's values in order, with times in nanoseconds. */
    record Vcd(Map<String, List<long[]>> values) {
        static Vcd parse(String text) {
            Map<String, String> names = new HashMap<>();
            Map<String, List<long[]>> values = new HashMap<>();
            long scale = 1;
            long now = 0;
            String[] tokens = text.split("\\s+");
            for (int i = 0; i < tokens.length; i++) {
                String t = tokens[i];
                if (t.equals("$timescale")) {
                    String v = tokens[++i];
                    String unit = v.replaceAll("^[0-9]+", "");
                    if (unit.isEmpty()) {
                        unit = tokens[++i];
                    }
                    long n = Long.parseLong(v.replaceAll("[^0-9]", ""));
                    scale = n * switch (unit) {
                        case "s" -> 1_000_000_000L;
                        case "ms" -> 1_000_000L;
                        case "us" -> 1_000L;
                        case "ns" -> 1L;
                        default -> throw new IllegalArgumentException("VCD time unit " + unit);
                    };
                } else if (t.equals("$var")) {
                    names.put(tokens[i + 3], tokens[i + 4]); // $var wire 8 ! PORTB $end
                    i += 4;
                } else if (t.length() > 1 && t.startsWith("#") && t.substring(1).chars().allMatch(Character::isDigit)) {
                    // (a file read while simavr writes it may end in a partial "#")
                    now = Long.parseLong(t.substring(1)) * scale;
                } else if (t.startsWith("b") && i + 1 < tokens.length && names.containsKey(tokens[i + 1])) {
                    String bits = t.substring(1);
                    long v = bits.matches("[01]+") ? Long.parseLong(bits, 2) : -1;
                    values.computeIfAbsent(names.get(tokens[i + 1]), k -> new ArrayList<>()).add(new long[] {now, v});
                    i++;
                } else if (t.length() > 1 && "01xz".indexOf(t.charAt(0)) >= 0 && names.containsKey(t.substring(1))) {
                    long v = t.charAt(0) == '0' ? 0 : t.charAt(0) == '1' ? 1 : -1; // a one-bit signal
                    values.computeIfAbsent(names.get(t.substring(1)), k -> new ArrayList<>()).add(new long[] {now, v});
                }
            }
            return new Vcd(values);
        }

        /** The changes of one bit of a signal: {time ns, new level}; unknown counts as neither level. */
        List<long[]> changes(String signal, int bit) {
            List<long[]> out = new ArrayList<>();
            long last = -1;
            for (long[] v : values.getOrDefault(signal, List.of())) {
                long level = v[1] < 0 ? -1 : (v[1] >> bit) & 1;
                if (level >= 0 && level != last) {
                    out.add(new long[] {v[0], level});
                }
                last = level;
            }
            return out;
        }
    }
}
