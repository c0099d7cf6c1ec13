package org.tinygo4j.ssa.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tinygo4j.ssa.ir.BasicBlock;
import org.tinygo4j.ssa.ir.Const;
import org.tinygo4j.ssa.ir.Function;
import org.tinygo4j.ssa.ir.Global;
import org.tinygo4j.ssa.ir.Instr;
import org.tinygo4j.ssa.ir.Param;
import org.tinygo4j.ssa.ir.Program;
import org.tinygo4j.ssa.ir.Value;

/**
 * The read-only data analysis: which package-level variables (and the static arrays
 * and objects that slice and pointer literals of package-level initialisers point to)
 * no code of the program can write after its static initialisation, so that codegen
 * can emit them as LLVM constants: in .rodata, that is flash on a microcontroller,
 * costing no RAM and no start-up copy.
 *
 * <p>It is a whole-program, flow-insensitive points-to analysis restricted to memory
 * objects: every global is an object, and so is every Alloc and MakeSlice instruction
 * (all the dynamic instances of one instruction are one object). Each SSA value gets
 * the set of objects it may point into; each object the set of objects the pointers
 * stored in it may point into (for a global, first those of its static initialiser).
 * A Load gives the contents of the objects its address points into; FieldAddr,
 * IndexAddr, Slice, Field and Extract keep their operand's set; a direct call passes
 * its arguments' sets to the callee's parameters and gives the callee's returned sets
 * as its result, so a table passed to a function that only reads it stays read-only.
 * The sets only grow; the program is walked again until nothing changes.
 *
 * <p>An object is written when a Store's address, copy's destination, append's first
 * operand (append writes into spare capacity) or clear's operand may point into it.
 * An object escapes when a pointer to it goes where this analysis does not follow it:
 * an interface (reflect, fmt), a conversion (unsafe.Pointer, uintptr, strings), a
 * closure's bindings or a go/defer thunk, a call through a function value or an
 * interface, a function without a body, unsafe.String, a builtin not listed below,
 * the results of an exported function or of a runtime hook that the lowering calls; and
 * then so does everything reachable from its contents, and the contents of copy's and
 * append's sources (copied into memory whose fate is not followed). A global is
 * read-only when it is neither written nor escapes, is not extern, and no global of
 * the same link name (//go:linkname) is written or escapes. When in doubt, the answer
 * is "writable".
 */
public final class ReadOnlyData {
    private final Program program;
    /** Objects: globals first, then the Alloc and MakeSlice instructions. */
    private final Map<Value, Integer> objectIds = new IdentityHashMap<>();
    private final List<Value> objects = new ArrayList<>();
    private final List<BitSet> contents = new ArrayList<>();
    private final Map<Value, BitSet> pointsTo = new IdentityHashMap<>();
    private final Map<Function, BitSet> returned = new IdentityHashMap<>();
    /** What calls through function values and interfaces may return: anything any function returns. */
    private final BitSet anyReturned = new BitSet();
    private final BitSet written = new BitSet();
    private final BitSet escaped = new BitSet();
    /** The objects of each constant met so far (constants are immutable, so are their sets). */
    private final Map<Const, BitSet> constRefs = new IdentityHashMap<>();
    private boolean changed;
    /** The objects whose contents grew, one entry a growth, in order (seeded contents are not in it). */
    private int[] grownLog = new int[64];
    private int grown;
    /** For each load, the objects whose contents it has taken, and the length of the log at its last visit. */
    private final Map<Instr.Load, BitSet> loadSeen = new IdentityHashMap<>();
    private final Map<Instr.Load, Integer> loadTick = new IdentityHashMap<>();
    /**
     * A pseudo-object: memory this analysis does not model (what a conversion, a type
     * assertion, a call through a function value or an interface, or a function without
     * a body gives, a parameter of a function called from where the analysis does not
     * look, the contents of an escaped object). It is never in program memory, so a read
     * that may reach it is a RAM read, and program-memory globals it may also reach move
     * to RAM.
     */
    private int unknown;
    private BitSet unknownSet;
    /** Functions whose callers this analysis may not see: their parameters may be anything. */
    private final Set<Function> calledFromAnywhere = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * The set of a value that points nowhere yet. Sets handed out by {@link #of} are only
     * read (flowTo, addAll and contentsOf copy from them), never changed, so one serves all.
     */
    private static final BitSet NOWHERE = new BitSet();

    private ReadOnlyData(Program program) {
        this.program = program;
    }

    /** The globals of the program that are never written after static initialisation. */
    public static Set<Global> of(Program program) {
        return new ReadOnlyData(program).solve();
    }

    /**
     * Where a Harvard machine (AVR: program memory in address space 1, read with LPM)
     * keeps read-only data: {@code globals} are the read-only globals with a non-zero
     * static initialiser that can live in program memory, {@code reads} the instructions
     * that must read program memory (a Load, or a copy whose source is such a global).
     * A global goes there only when every read that may reach it (its points-to set)
     * reaches program-memory globals only, so each read is either all flash or all RAM;
     * a read whose set mixes both demotes the flash globals in it to RAM, and so does an
     * append whose source may be one (the runtime's append reads its source with
     * ordinary loads). Demotion repeats until no read mixes.
     */
    public record ProgramMemory(Set<Global> globals, Set<Instr> reads) {
        public static final ProgramMemory NONE = new ProgramMemory(Set.of(), Set.of());
    }

    public static ProgramMemory programMemory(Program program) {
        ReadOnlyData r = new ReadOnlyData(program);
        return r.placeInProgramMemory(r.solve());
    }

    private ProgramMemory placeInProgramMemory(Set<Global> readOnly) {
        Map<String, Integer> names = new java.util.HashMap<>();
        for (Global g : program.globals()) {
            names.merge(g.linkName(), 1, Integer::sum);
        }
        BitSet flash = new BitSet();
        for (Global g : readOnly) {
            if (g.initializer() != null && !g.initializer().isZero() && !g.extern() && names.get(g.linkName()) == 1) {
                flash.set(objectIds.get(g));
            }
        }
        // every read of memory, with whether it can read program memory
        List<Instr> reads = new ArrayList<>();
        List<BitSet> sets = new ArrayList<>();
        List<Boolean> canFlash = new ArrayList<>();
        for (Function f : program.functions()) {
            for (BasicBlock b : f.blocks()) {
                for (Instr in : b.instrs()) {
                    if (in instanceof Instr.Load l) {
                        reads.add(in);
                        sets.add(of(l.addr()));
                        canFlash.add(true);
                    } else if (in instanceof Instr.BuiltinCall bc && (bc.id() == org.tinygo4j.frontend.types.Builtin.Id.COPY
                            || bc.id() == org.tinygo4j.frontend.types.Builtin.Id.APPEND)) {
                        reads.add(in);
                        sets.add(of(bc.args().get(1)));
                        canFlash.add(bc.id() == org.tinygo4j.frontend.types.Builtin.Id.COPY);
                    }
                }
            }
        }
        boolean demoted = true;
        while (demoted) {
            demoted = false;
            for (int i = 0; i < reads.size(); i++) {
                BitSet s = sets.get(i);
                if (!s.intersects(flash)) {
                    continue;
                }
                BitSet ram = (BitSet) s.clone();
                ram.andNot(flash);
                if (!canFlash.get(i) || !ram.isEmpty()) {
                    flash.andNot(s);
                    demoted = true;
                }
            }
        }
        Set<Instr> flashReads = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < reads.size(); i++) {
            if (sets.get(i).intersects(flash)) {
                flashReads.add(reads.get(i));
            }
        }
        Set<Global> globals = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (int o = flash.nextSetBit(0); o >= 0; o = flash.nextSetBit(o + 1)) {
            globals.add((Global) objects.get(o));
        }
        return new ProgramMemory(globals, flashReads);
    }

    private Set<Global> solve() {
        for (Global g : program.globals()) {
            object(g);
        }
        for (Function f : program.functions()) {
            for (BasicBlock b : f.blocks()) {
                for (Instr in : b.instrs()) {
                    if (in instanceof Instr.Alloc || in instanceof Instr.MakeSlice) {
                        object(in);
                    }
                }
            }
        }
        for (Global g : program.globals()) {
            if (g.initializer() != null) {
                contents.get(objectIds.get(g)).or(references(g.initializer()));
                escape(boxedReferences(g.initializer())); // an interface holds only escaped objects
            }
        }
        unknown = objects.size();
        objects.add(null);
        unknownSet = single(unknown);
        // its own set: stores through a pointer that may be unknown add to the contents,
        // which must not change the set values are seeded with
        contents.add(single(unknown));
        findCalledFromAnywhere();
        boolean round;
        do {
            round = false;
            for (Function f : program.functions()) {
                changed = false;
                if (calledFromAnywhere.contains(f)) {
                    for (Param p : f.params()) {
                        flowTo(p, unknownSet);
                    }
                }
                // each function to its own fixed point first: a loop that follows a linked
                // list of static data (p = p.next) adds one object a pass, and a pass of
                // the whole program for each took minutes for 20,000 objects
                boolean again = true;
                while (again) {
                    again = false;
                    boolean before = changed;
                    changed = false;
                    for (BasicBlock b : f.blocks()) {
                        for (Instr in : b.instrs()) {
                            visit(f, in);
                        }
                    }
                    again = changed;
                    changed |= before;
                }
                if (f.exportName() != null || f.abi() != null) {
                    escape(returned.get(f)); // to the host, or to code the lowering emits
                }
                round |= changed;
            }
            changed = false;
            closeEscapes();
            round |= changed;
        } while (round);

        Set<String> unsafeNames = new HashSet<>();
        for (Global g : program.globals()) {
            int id = objectIds.get(g);
            if (g.extern() || written.get(id) || escaped.get(id)) {
                unsafeNames.add(g.linkName());
            }
        }
        Set<Global> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Global g : program.globals()) {
            if (!unsafeNames.contains(g.linkName())) {
                out.add(g);
            }
        }
        return out;
    }

    /**
     * Exported functions and those the lowering calls (abi), methods (method tables call
     * them through interfaces) and functions used as values (closures, function values,
     * also in constants and static data).
     */
    private void findCalledFromAnywhere() {
        for (Function f : program.functions()) {
            if (f.exportName() != null || f.abi() != null
                    || f.signature() != null && f.signature().recv() != null) {
                calledFromAnywhere.add(f);
            }
            for (BasicBlock b : f.blocks()) {
                for (Instr in : b.instrs()) {
                    if (in instanceof Instr.MakeClosure mc) {
                        calledFromAnywhere.add(mc.fn());
                    }
                    for (Value v : in.operands()) {
                        if (v instanceof Function g) {
                            calledFromAnywhere.add(g);
                        } else if (v instanceof Const c) {
                            functionValues(c);
                        }
                    }
                }
            }
        }
        for (Global g : program.globals()) {
            if (g.initializer() != null) {
                functionValues(g.initializer());
            }
        }
    }

    /** Adds the functions of the function values in constant c (static data) to calledFromAnywhere. */
    private void functionValues(Const c) {
        if (c.function() != null) {
            calledFromAnywhere.add(c.function());
        }
        if (c.elements() != null) {
            for (Const e : c.elements()) {
                functionValues(e);
            }
        }
    }

    private int object(Value v) {
        Integer id = objectIds.get(v);
        if (id == null) {
            id = objects.size();
            objectIds.put(v, id);
            objects.add(v);
            contents.add(new BitSet());
        }
        return id;
    }

    /** The objects an operand may point into. */
    private BitSet of(Value v) {
        return switch (v) {
            case Global g -> single(objectIds.get(g));
            case Const c -> constRefs.computeIfAbsent(c, this::references);
            case Function f -> NOWHERE;
            case Param p -> pointsTo.getOrDefault(p, NOWHERE);
            case Instr in -> pointsTo.getOrDefault(in, NOWHERE);
        };
    }

    private static BitSet single(int id) {
        BitSet s = new BitSet();
        s.set(id);
        return s;
    }

    /** The globals a constant's addresses and slices point to, at any depth. */
    private BitSet references(Const c) {
        BitSet s = new BitSet();
        if (c.target() != null) {
            s.set(object(c.target()));
        }
        if (c.elements() != null) {
            for (Const e : c.elements()) {
                s.or(references(e));
            }
        }
        if (c.boxed() != null) {
            s.or(references(c.boxed())); // (a constant of a basic type: none)
        }
        return s;
    }

    /**
     * The objects that interface values in constant c point to (errors.New's static
     * objects): as through a MakeInterface, they escape.
     */
    private BitSet boxedReferences(Const c) {
        BitSet s = new BitSet();
        if (c.boxed() != null) {
            s.or(references(c.boxed()));
        }
        if (c.elements() != null) {
            for (Const e : c.elements()) {
                s.or(boxedReferences(e));
            }
        }
        return s;
    }

    private void flowTo(Value v, BitSet s) {
        if (s.isEmpty()) {
            return;
        }
        BitSet cur = pointsTo.computeIfAbsent(v, k -> new BitSet());
        addAll(cur, s);
    }

    private void addAll(BitSet into, BitSet s) {
        int before = into.cardinality();
        into.or(s); // only adds: the set grew exactly when it has more members
        if (into.cardinality() != before) {
            changed = true;
        }
    }

    /** Adds to an object's contents, noting in the growth log that they grew. */
    private void addContents(int o, BitSet value) {
        BitSet c = contents.get(o);
        int before = c.cardinality();
        c.or(value);
        if (c.cardinality() != before) {
            changed = true;
            if (grown == grownLog.length) {
                grownLog = java.util.Arrays.copyOf(grownLog, grown * 2);
            }
            grownLog[grown++] = o;
        }
    }

    /**
     * The contents a load has not yet taken: of the objects its address newly points
     * into, and of those whose contents grew since its last visit (from the growth log,
     * or from all its objects when they are fewer than the log's new entries). Taking all
     * contents at every visit made a loop over a linked list of N static objects cost N^3.
     */
    private BitSet newContents(Instr.Load l, BitSet from) {
        BitSet seen = loadSeen.get(l);
        Integer last = loadTick.get(l);
        loadTick.put(l, grown);
        if (seen == null) {
            loadSeen.put(l, (BitSet) from.clone());
            return contentsOf(from);
        }
        BitSet add = new BitSet();
        if (grown - last > from.cardinality()) {
            add = contentsOf(from);
        } else {
            for (int i = last; i < grown; i++) {
                if (seen.get(grownLog[i])) {
                    add.or(contents.get(grownLog[i]));
                }
            }
            BitSet fresh = (BitSet) from.clone();
            fresh.andNot(seen);
            for (int o = fresh.nextSetBit(0); o >= 0; o = fresh.nextSetBit(o + 1)) {
                add.or(contents.get(o));
            }
        }
        seen.or(from);
        return add;
    }

    private BitSet contentsOf(BitSet objs) {
        BitSet s = new BitSet();
        for (int o = objs.nextSetBit(0); o >= 0; o = objs.nextSetBit(o + 1)) {
            s.or(contents.get(o));
        }
        return s;
    }

    private void write(BitSet objs) {
        addAll(written, objs);
    }

    private void escape(BitSet objs) {
        if (objs != null) {
            addAll(escaped, objs);
        }
    }

    /** Everything reachable from an escaped object's contents escapes too. */
    private void closeEscapes() {
        // a worklist: level by level, a chain of N objects took N passes over all of them
        java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
        for (int o = escaped.nextSetBit(0); o >= 0; o = escaped.nextSetBit(o + 1)) {
            work.push(o);
        }
        while (!work.isEmpty()) {
            BitSet c = contents.get(work.pop());
            for (int o = c.nextSetBit(0); o >= 0; o = c.nextSetBit(o + 1)) {
                if (!escaped.get(o)) {
                    escaped.set(o);
                    changed = true;
                    work.push(o);
                }
            }
        }
    }

    private void visit(Function f, Instr in) {
        switch (in) {
            case Instr.Alloc a -> flowTo(a, single(objectIds.get(a)));
            case Instr.MakeSlice m -> flowTo(m, single(objectIds.get(m)));
            case Instr.Load l -> {
                BitSet from = of(l.addr());
                flowTo(l, newContents(l, from));
                if (from.intersects(escaped)) {
                    flowTo(l, unknownSet); // (code this analysis does not see may have stored there)
                }
            }
            case Instr.Store s -> {
                BitSet targets = of(s.addr());
                write(targets);
                BitSet value = of(s.value());
                for (int o = targets.nextSetBit(0); o >= 0; o = targets.nextSetBit(o + 1)) {
                    addContents(o, value);
                }
                if (!rooted(s.addr())) {
                    escape(value); // (the address may be memory that is no object here)
                }
            }
            case Instr.FieldAddr fa -> flowTo(fa, of(fa.x()));
            case Instr.IndexAddr ia -> flowTo(ia, of(ia.x()));
            case Instr.Slice sl -> flowTo(sl, of(sl.x()));
            case Instr.Field fd -> flowTo(fd, of(fd.x()));
            case Instr.Extract ex -> flowTo(ex, of(ex.tuple()));
            case Instr.BinOp b -> { } // comparisons and arithmetic: no pointer results
            case Instr.UnOp u -> { }
            case Instr.StringIndex si -> { }
            case Instr.Jump j -> { }
            case Instr.If i -> { }
            case Instr.Unreachable u -> { }
            case Instr.Return r -> {
                BitSet s = returned.computeIfAbsent(f, k -> new BitSet());
                for (Value v : r.results()) {
                    addAll(s, of(v));
                }
                addAll(anyReturned, s);
            }
            case Instr.Call c -> {
                Function callee = c.callee();
                if (callee.kind() == Function.Kind.GO && !callee.blocks().isEmpty()
                        && callee.params().size() == c.args().size()) {
                    for (int i = 0; i < c.args().size(); i++) {
                        flowTo(callee.params().get(i), of(c.args().get(i)));
                    }
                    flowTo(c, returned.getOrDefault(callee, NOWHERE));
                } else {
                    escapeAll(c.args());
                    flowTo(c, unknownSet);
                }
            }
            case Instr.CallValue cv -> {
                escapeAll(cv.operands());
                flowTo(cv, anyReturned);
                flowTo(cv, unknownSet);
            }
            case Instr.Invoke iv -> {
                escapeAll(iv.operands());
                flowTo(iv, anyReturned);
                flowTo(iv, unknownSet);
            }
            case Instr.MakeClosure mc -> escapeAll(mc.bindings());
            case Instr.MakeInterface mi -> escape(of(mi.x()));
            case Instr.Convert cv -> {
                escape(of(cv.x()));
                flowTo(cv, unknownSet);
            }
            case Instr.TypeAssert ta -> flowTo(ta, unknownSet); // an interface holds only escaped objects
            case Instr.BuiltinCall bc -> builtin(bc);
        }
    }

    private void builtin(Instr.BuiltinCall bc) {
        List<Value> args = bc.args();
        switch (bc.id()) {
            case LEN, CAP, REAL, IMAG, COMPLEX, PRINT, PRINTLN, MIN, MAX -> { }
            case COPY -> {
                write(of(args.get(0))); // (the elements copied escape below, wherever dst is)
                escape(contentsOf(of(args.get(1))));
            }
            case APPEND -> {
                BitSet dst = of(args.get(0));
                write(dst);
                flowTo(bc, dst); // the result may be the first operand's array
                escape(contentsOf(of(args.get(1))));
            }
            case CLEAR -> write(of(args.get(0)));
            case SLICEDATA, STRINGDATA, SLICE -> flowTo(bc, of(args.get(0)));
            default -> escapeAll(args);
        }
    }

    private void escapeAll(List<Value> vs) {
        for (Value v : vs) {
            escape(of(v));
        }
    }

    /** For tests and diagnostics: why a global is not read-only, or null when it is. */
    static String reason(Program program, Global g) {
        ReadOnlyData r = new ReadOnlyData(program);
        r.solve();
        int id = r.objectIds.get(g);
        return g.extern() ? "extern" : r.written.get(id) ? "written" : r.escaped.get(id) ? "escapes" : null;
    }

    /**
     * Whether an address is a known object or a part of one (then its points-to set is
     * exact): not loaded, passed in or returned, which may be memory this analysis does
     * not model (the runtime's, or behind an interface).
     */
    private static boolean rooted(Value v) {
        return switch (v) {
            case Global g -> true;
            case Const c -> true;
            case Instr.Alloc a -> true;
            case Instr.MakeSlice m -> true;
            case Instr.FieldAddr fa -> rooted(fa.x());
            case Instr.IndexAddr ia -> rooted(ia.x());
            case Instr.Slice sl -> rooted(sl.x());
            default -> false;
        };
    }
}
