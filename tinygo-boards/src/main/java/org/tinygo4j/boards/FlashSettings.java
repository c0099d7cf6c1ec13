package org.tinygo4j.boards;

import java.util.List;

/**
 * How an image gets onto a board, from the target JSON keys TinyGo uses for it:
 * {@code flash-command}, {@code flash-1200-bps-reset}, {@code serial-port},
 * {@code msd-volume-name} and {@code msd-firmware-name}. The flash method itself is
 * {@link TargetSpec#flashMethod()}; {@code tinygo flash} reads the rest from here.
 *
 * @param command         the flasher's command line with TinyGo's placeholders
 *                        ({@code {port}}, {@code {hex}}, {@code {bin}}, {@code {elf}},
 *                        {@code {uf2}}), or "" when the target names none
 * @param reset1200Bps    whether the board enters its bootloader when its serial port is
 *                        opened at 1200 baud and closed (SAMD21/SAMD51 boards)
 * @param serialPorts     USB IDs ({@code vid:pid}, lower-case hex) of the board's serial
 *                        port, by which a port is found when none is given
 * @param msdVolumeNames  the labels of the board's mass-storage volume (method msd)
 * @param msdFirmwareName the file name the image is copied as (method msd); its
 *                        extension is the image's format
 */
public record FlashSettings(String command, boolean reset1200Bps, List<String> serialPorts,
                            List<String> msdVolumeNames, String msdFirmwareName) {

    /** No flashing settings: what a target without any of the keys has. */
    public static final FlashSettings NONE = new FlashSettings("", false, List.of(), List.of(), "");

    /** Copies the lists, so the settings are immutable. */
    public FlashSettings {
        serialPorts = List.copyOf(serialPorts);
        msdVolumeNames = List.copyOf(msdVolumeNames);
    }
}
