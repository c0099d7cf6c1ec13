package org.tinygo4j.codegen.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.bytedeco.llvm.global.LLVM.LLVMAppendModuleInlineAsm;
import static org.bytedeco.llvm.global.LLVM.LLVMGetTarget;

import org.junit.jupiter.api.Test;
import org.tinygo4j.boards.config.BuildConfig;
import org.tinygo4j.codegen.CodegenTesting;

/** The code generator's cache of linked images: what a key covers, copies, and its bounds. */
class ImageCacheTest {

    private static final String ADD = "define i32 @add(i32 %a, i32 %b) {\n  %s = add i32 %a, %b\n  ret i32 %s\n}\n";
    private static final String SUB = "define i32 @add(i32 %a, i32 %b) {\n  %s = sub i32 %a, %b\n  ret i32 %s\n}\n";

    private static ImageCache.Key key(BuildConfig config, String ir) {
        return CodegenTesting.parsed("wasi", ir, (t, m) -> ImageCache.key(config, m));
    }

    @Test
    void theSameCodeInAnotherContextHasTheSameKeyAndOtherCodeAnother() {
        BuildConfig wasi = CodegenTesting.config("wasi");
        assertEquals(key(wasi, ADD), key(wasi, ADD));
        assertNotEquals(key(wasi, ADD), key(wasi, SUB));
        // another configuration object (even an equal one): another key
        assertNotEquals(key(wasi, ADD), key(CodegenTesting.config("wasi"), ADD));
    }

    @Test
    void aModuleWithWebAssemblyExceptionAsmCanBeKeyedAndKeepsItsTriple() {
        // the bitcode writer would parse this asm without the target machine's features
        // (exception handling) and end the process; the key is taken without the triple
        BuildConfig wasi = CodegenTesting.config("wasi");
        String[] triples = CodegenTesting.parsed("wasi", ADD, (t, m) -> {
            String asm = ".tagtype __c_longjmp i32\n.globl f\nf:\n.functype f (i32) -> ()\nlocal.get 0\n"
                    + "throw __c_longjmp\nend_function\n";
            LLVMAppendModuleInlineAsm(m, asm, asm.length());
            String before = LLVMGetTarget(m).getString();
            ImageCache.key(wasi, m);
            return new String[] {before, LLVMGetTarget(m).getString()};
        });
        assertEquals("wasm32-unknown-wasi", triples[0]);
        assertEquals(triples[0], triples[1]);
    }

    @Test
    void storesCopiesAndDropsTheLeastRecentlyUsed() {
        BuildConfig wasi = CodegenTesting.config("wasi");
        ImageCache cache = new ImageCache(2, 1000);
        ImageCache.Key a = new ImageCache.Key(wasi, "a");
        ImageCache.Key b = new ImageCache.Key(wasi, "b");
        ImageCache.Key c = new ImageCache.Key(wasi, "c");
        byte[] image = {1, 2, 3};
        cache.put(a, image);
        image[0] = 9; // the caller's array is not the stored one
        assertArrayEquals(new byte[] {1, 2, 3}, cache.get(a));
        assertNotSame(cache.get(a), cache.get(a));
        cache.put(b, new byte[] {4});
        cache.get(a); // a is now more recent than b
        cache.put(c, new byte[] {5});
        assertNull(cache.get(b));
        assertArrayEquals(new byte[] {1, 2, 3}, cache.get(a));
        assertEquals(2, cache.size());
        // the byte bound: an image larger than the whole cache is not kept, and a big one
        // pushes older ones out
        cache.put(new ImageCache.Key(wasi, "huge"), new byte[1001]);
        assertNull(cache.get(new ImageCache.Key(wasi, "huge")));
        cache.put(new ImageCache.Key(wasi, "big"), new byte[999]);
        assertEquals(1, cache.size());
    }
}
