package org.tinygo4j.codegen.image;

import org.tinygo4j.boards.TargetSpec;
import org.tinygo4j.codegen.CodegenException;

/**
 * What the linker produced for a target: an ELF executable, or a WebAssembly module
 * when the target links with wasm-ld. Converts itself to the flash formats and counts
 * its sizes.
 */
public record LinkedImage(TargetSpec target, byte[] bytes) {

    public boolean isWasm() {
        return target.isWasm();
    }

    /** The natural format of this image: WASM or ELF. */
    public ImageFormat nativeFormat() {
        return isWasm() ? ImageFormat.WASM : ImageFormat.ELF;
    }

    /** The ELF view of the image; only for ELF images. */
    public ElfImage elf() {
        if (isWasm()) {
            throw new IllegalStateException("a WebAssembly image is not ELF");
        }
        return ElfImage.parse(bytes);
    }

    public ImageSizes sizes() {
        return isWasm() ? ImageSizes.ofWasm(bytes.length) : ImageSizes.of(elf(), bytes.length);
    }

    /**
     * The image in the given format. Asking for a format the target cannot have (hex of
     * a .wasm, UF2 for a board without a UF2 bootloader) is the user's error.
     */
    public byte[] encode(ImageFormat format) throws CodegenException {
        if (format == nativeFormat()) {
            return bytes.clone();
        }
        if (isWasm() || format == ImageFormat.WASM) {
            throw new CodegenException(false, "target " + target.name() + " cannot produce a ."
                    + format.name().toLowerCase(java.util.Locale.ROOT) + " file (it produces ."
                    + nativeFormat().name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        ElfImage elf = elf();
        return switch (format) {
            case BIN -> FlashImage.of(elf).data();
            case HEX -> IntelHex.encode(FlashImage.of(elf), elf.entry());
            case UF2 -> {
                if (target.uf2FamilyId() == 0) {
                    throw new CodegenException(false, "target " + target.name()
                            + " has no UF2 family id, so it cannot produce a .uf2 file");
                }
                yield Uf2.encode(FlashImage.of(elf), target.uf2FamilyId());
            }
            case ELF, WASM -> throw new IllegalStateException("unreachable");
        };
    }
}

