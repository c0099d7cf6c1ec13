package org.tinygo4j.ssa.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * A straight-line sequence of instructions ending in exactly one terminator
 * (Jump, If, Return, Unreachable). Predecessors are filled in as edges are added.
 */
public final class BasicBlock {
    private final int index;
    private final String comment;
    private final List<Instr> instrs = new ArrayList<>();
    private final List<BasicBlock> preds = new ArrayList<>();

    BasicBlock(int index, String comment) {
        this.index = index;
        this.comment = comment;
    }

    public int index() {
        return index;
    }

    public String comment() {
        return comment;
    }

    public List<Instr> instrs() {
        return instrs;
    }

    public List<BasicBlock> preds() {
        return preds;
    }

    /** Whether the block already ends in a terminator. */
    public boolean terminated() {
        return !instrs.isEmpty() && instrs.get(instrs.size() - 1) instanceof Instr.Terminator;
    }

    /** Puts a non-terminator at the start of the block (storage that must dominate the whole function). */
    public <T extends Instr> T addFirst(T instr) {
        if (instr instanceof Instr.Terminator) {
            throw new IllegalArgumentException("a terminator goes last");
        }
        instrs.add(0, instr);
        instr.setBlock(this);
        return instr;
    }

    public <T extends Instr> T add(T instr) {
        if (terminated()) {
            throw new IllegalStateException("block " + index + " already terminated");
        }
        instrs.add(instr);
        instr.setBlock(this);
        for (BasicBlock s : instr.successors()) {
            s.preds.add(this);
        }
        return instr;
    }
}
