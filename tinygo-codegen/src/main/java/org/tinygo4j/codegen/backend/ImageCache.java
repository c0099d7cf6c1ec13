package org.tinygo4j.codegen.backend;

import static org.bytedeco.llvm.global.LLVM.LLVMDisposeMemoryBuffer;
import static org.bytedeco.llvm.global.LLVM.LLVMGetBufferSize;
import static org.bytedeco.llvm.global.LLVM.LLVMGetBufferStart;
import static org.bytedeco.llvm.global.LLVM.LLVMGetTarget;
import static org.bytedeco.llvm.global.LLVM.LLVMSetTarget;
import static org.bytedeco.llvm.global.LLVM.LLVMWriteBitcodeToMemoryBuffer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.tinygo4j.boards.config.BuildConfig;

/**
 * The linked images of the last few programs a code generator built, keyed by the
 * build configuration (the object itself: a Compiler resolves one and keeps it) and
 * the SHA-256 of the lowered module's bitcode, taken before any pass changes it.
 * Everything after the lowering (our passes, LLVM's pipeline, object emission, lld)
 * depends only on that module and that configuration, and compilations are
 * deterministic, so an entry is exactly what building the module again would
 * produce: a program compiled again unchanged (a build tool run twice, an editor
 * building after an edit that leaves the code as it was) skips the optimiser, the
 * emission and the link. Any change that reaches the code (a new statement, a renamed
 * variable, another string) makes another module and misses. Bounded by entry count
 * and bytes, least recently used first out; safe for concurrent compilations (two
 * that miss at once both build, and the second store wins, with the same bytes).
 */
public final class ImageCache {

    /** What identifies a build: the configuration and the lowered module's digest. */
    public record Key(BuildConfig config, String digest) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.config == config && k.digest.equals(digest);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(config) * 31 + digest.hashCode();
        }
    }

    private final int maxEntries;
    private final long maxBytes;
    private long bytes;
    private long hits;
    private final LinkedHashMap<Key, byte[]> entries = new LinkedHashMap<>(16, 0.75f, true);

    public ImageCache(int maxEntries, long maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /**
     * The key of a freshly lowered module (its bitcode's digest) under a configuration.
     * The module's triple is taken away while the bitcode is written (and put back):
     * with a triple, the writer builds a symbol table by parsing the module-level inline
     * asm with the target's default features, and WebAssembly's setjmp/longjmp asm needs
     * exception handling, which only the target machine turns on; LLVM ends the process
     * on that error. The triple is part of the configuration, so the key loses nothing.
     */
    public static Key key(BuildConfig config, LLVMModuleRef module) {
        String triple = LLVMGetTarget(module).getString();
        LLVMMemoryBufferRef buf;
        LLVMSetTarget(module, "");
        try {
            buf = LLVMWriteBitcodeToMemoryBuffer(module);
        } finally {
            LLVMSetTarget(module, triple);
        }
        try {
            BytePointer start = LLVMGetBufferStart(buf);
            long size = LLVMGetBufferSize(buf);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(start.capacity(size).asByteBuffer());
            return new Key(config, HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        } finally {
            LLVMDisposeMemoryBuffer(buf);
        }
    }

    /** A copy of the image stored under key, or null. */
    public synchronized byte[] get(Key key) {
        byte[] image = entries.get(key);
        if (image == null) {
            return null;
        }
        hits++;
        return image.clone();
    }

    /** Stores a copy of an image; the least recently used entries leave to stay within the bounds. */
    public synchronized void put(Key key, byte[] image) {
        if (image.length > maxBytes) {
            return;
        }
        byte[] old = entries.put(key, image.clone());
        if (old != null) {
            bytes -= old.length;
        }
        bytes += image.length;
        var it = entries.entrySet().iterator();
        while ((entries.size() > maxEntries || bytes > maxBytes) && it.hasNext()) {
            Map.Entry<Key, byte[]> eldest = it.next();
            bytes -= eldest.getValue().length;
            it.remove();
        }
    }

    /** Forgets every image. */
    public synchronized void clear() {
        entries.clear();
        bytes = 0;
    }

    /** How many times get found an image (for tests). */
    public synchronized long hits() {
        return hits;
    }

    /** How many images are stored (for tests). */
    public synchronized int size() {
        return entries.size();
    }
}
