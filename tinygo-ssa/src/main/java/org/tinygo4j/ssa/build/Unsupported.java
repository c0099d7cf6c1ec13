package org.tinygo4j.ssa.build;

/**
 * Thrown inside the builder when a construct the SSA builder cannot compile yet is
 * met; caught per function and turned into a positioned "not supported yet"
 * diagnostic, so it never escapes the phase.
 */
final class Unsupported extends RuntimeException {
    final int pos;

    Unsupported(int pos, String what) {
        super(what, null, false, false);
        this.pos = pos;
    }
}
