package org.tinygo4j.ssa.ir;

import java.util.ArrayList;
import java.util.List;
import org.tinygo4j.frontend.types.Func;
import org.tinygo4j.frontend.types.Signature;
import org.tinygo4j.ssa.abi.RuntimeAbi;

/**
 * A function of the program: a Go function or method, a package initialiser, or a
 * function the builder synthesises. As a value it is the function itself. A function
 * without blocks is external: defined by assembly, imported (//go:wasmimport), an
 * alias of another symbol (//go:linkname), or an intrinsic the lowering expands.
 */
public final class Function extends Value {

    /** How the symbol is bound: a Go body, or one of the external forms. */
    public enum Kind { GO, EXTERN, INTRINSIC }

    /**
     * What a synthesised function is for, where the blocking analysis must know it: the
     * thunk of a go statement (only the scheduler calls it, as a goroutine's first
     * frame) or of a defer statement (only the runtime's deferred-call runners call it).
     */
    public enum Role { PLAIN, GO_THUNK, DEFER_THUNK }

    private final String linkName;
    private final Func object;
    private final List<Param> params = new ArrayList<>();
    private final List<BasicBlock> blocks = new ArrayList<>();
    private Kind kind = Kind.GO;
    private String exportName;
    private String wasmImportModule;
    private String wasmImportName;
    private boolean noinline;
    private boolean optnone;
    private Role role = Role.PLAIN;
    private Param context;
    private RuntimeAbi abi;
    private String goName;
    private int pos = -1;
    private Function goStart;

    public Function(String linkName, Signature sig, Func object) {
        super(sig);
        this.linkName = linkName;
        this.object = object;
    }

    public Signature signature() {
        return (Signature) type();
    }

    /** The LLVM symbol: pkg.Name, (pkg.T).M, or the //export / //go:linkname name. */
    public String linkName() {
        return linkName;
    }

    /** The Go function this was built from; null for synthesised functions. */
    public Func object() {
        return object;
    }

    public List<Param> params() {
        return params;
    }

    public List<BasicBlock> blocks() {
        return blocks;
    }

    public BasicBlock newBlock(String comment) {
        BasicBlock b = new BasicBlock(blocks.size(), comment);
        blocks.add(b);
        return b;
    }

    public Kind kind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    /** The name under which the symbol is visible outside the module (//export), or null. */
    public String exportName() {
        return exportName;
    }

    public void setExportName(String exportName) {
        this.exportName = exportName;
    }

    public String wasmImportModule() {
        return wasmImportModule;
    }

    public String wasmImportName() {
        return wasmImportName;
    }

    public void setWasmImport(String module, String name) {
        this.wasmImportModule = module;
        this.wasmImportName = name;
    }

    /**
     * The hidden last parameter of functions called through function values (closures
     * and wrappers of plain functions): the closure context, or null for other functions.
     */
    public Param context() {
        return context;
    }

    public void setContext(Param context) {
        this.context = context;
    }

    public boolean noinline() {
        return noinline;
    }

    public void setNoinline(boolean noinline) {
        this.noinline = noinline;
    }

    /**
     * Whether the function is left unoptimised (LLVM's optnone, with noinline): set for
     * functions whose loops nest so deep that optimising them would take minutes.
     */
    public boolean optnone() {
        return optnone;
    }

    public void setOptnone(boolean optnone) {
        this.optnone = optnone;
    }

    /** The runtime-ABI entry this function is (calls of runtime functions carry it), or null. */
    /**
     * The name gc gives the function in tracebacks and runtime.FuncForPC ({@code main.f},
     * {@code main.(*T).m}, {@code main.main.func1}, {@code main.g[...]}); null for what
     * the compiler synthesised (thunks, wrappers), which a traceback does not show.
     */
    public String goName() {
        return goName;
    }

    public void setGoName(String goName) {
        this.goName = goName;
    }

    /** Where the function is written (a declaration's name, a literal's func); -1 when synthesised. */
    public int pos() {
        return pos;
    }

    public void setPos(int pos) {
        this.pos = pos;
    }

    /**
     * For the thunk of a go statement, the function that its goroutine runs when the
     * builder knows it (a declared function or method, a function literal); null
     * otherwise. runtime.Stack shows it at its first line while the goroutine has not run.
     */
    public Function goStart() {
        return goStart;
    }

    public void setGoStart(Function goStart) {
        this.goStart = goStart;
    }

    public RuntimeAbi abi() {
        return abi;
    }

    public void setAbi(RuntimeAbi abi) {
        this.abi = abi;
    }

    public Role role() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    @Override
    public String toString() {
        return linkName;
    }
}
