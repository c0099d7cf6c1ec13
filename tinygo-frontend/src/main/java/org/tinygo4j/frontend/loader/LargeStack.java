package org.tinygo4j.frontend.loader;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs work that recurses over syntax trees on a thread with a large stack. Go source
 * can nest very deeply (the standard library has binary expressions thousands of
 * terms long), and every tree walker of the compiler (checker, SSA builder) recurses;
 * the default 1 MB Java stack is not enough for them. The stack is only reserved
 * address space: memory is used as deep as the recursion actually goes.
 */
public final class LargeStack {
    /** 1 GiB of reserved stack: enough for about a million nested expressions. */
    private static final long STACK_BYTES = 1L << 30;

    private LargeStack() {
    }

    /** Runs work on a fresh large-stack thread and returns its result; exceptions and errors pass through. */
    public static <T> T call(String name, Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, name, STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            t.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + name, e);
        }
        Throwable f = failure.get();
        if (f instanceof RuntimeException re) {
            throw re;
        }
        if (f instanceof Error err) {
            throw err;
        }
        if (f != null) {
            throw new IllegalStateException(f);
        }
        return result.get();
    }
}
