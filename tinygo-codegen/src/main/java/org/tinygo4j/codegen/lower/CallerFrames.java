package org.tinygo4j.codegen.lower;

import static org.bytedeco.llvm.global.LLVM.*;
import static org.tinygo4j.codegen.lower.LlvmTypes.refs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.tinygo4j.frontend.source.FileSet;
import org.tinygo4j.ssa.abi.RuntimeAbi;
import org.tinygo4j.ssa.analysis.CallerReach;
import org.tinygo4j.ssa.ir.Function;
import org.tinygo4j.ssa.ir.Instr;

/**
 * The call sites behind runtime.Caller, Callers and FuncForPC (runtime/callers.go),
 * built only when the program calls Caller or Callers. Every Go function outside
 * package runtime that can be on the stack under them ({@link CallerReach}: those that
 * reach them, or all when a deferred call does) keeps a frame record {caller's record,
 * current site} in its stack frame, linked into the goroutine's chain
 * (runtime.callerChain) on entry, unlinked at each return, and made the chain's head
 * again where a recovered panic resumes the function; before each call that can lead
 * to Caller the function stores the call's site (unless the block's previous call had
 * the same one). A site is an entry of one
 * constant table: {function's name, file and whether it has parameters, line}; a "program counter" is an entry's
 * address plus one. The table starts with the runtime's own frames that gc shows
 * (runtime.Callers, gopanic, main, goexit) at the lines of gc 1.19's sources.
 *
 * <p>Nothing depends on return addresses, so it works alike on every target,
 * WebAssembly included; LLVM's inlining keeps each inlined call's record, so inlined
 * frames stay visible as gc shows them.
 */
final class CallerFrames {
    /** The runtime's frames in gc 1.19 (function, file under GOROOT, line), in the order of runtime/callers.go's site* constants. */
    private static final String[][] RUNTIME_SITES = {
        {"runtime.Callers", "src/runtime/extern.go", "247"},
        {"runtime.gopanic", "src/runtime/panic.go", "884"},
        {"runtime.main", "src/runtime/proc.go", "250"},
        {"runtime.goexit", "src/runtime/asm_amd64.s", "1594"},
    };

    private final ModuleLowering m;
    private final CallerReach reach;
    private final FileSet files;
    private final String goroot;
    private final LLVMTypeRef siteType;
    /** Stands for the table until {@link #finish} knows its length. */
    private final LLVMValueRef placeholder;
    private final List<LLVMValueRef> sites = new ArrayList<>();
    private final Map<String, Integer> siteIndex = new HashMap<>();
    private final Map<String, LLVMValueRef> funcInfos = new HashMap<>();
    /**
     * The goroutines' functions at their first lines, after the call sites in the table,
     * so that a function's call sites stay consecutive (Func.Entry walks back over them).
     */
    private final List<LLVMValueRef> starts = new ArrayList<>();
    private final Map<Function, LLVMValueRef> startIndex = new HashMap<>();
    /** Stands for the first of {@link #starts} until {@link #finish}. */
    private final LLVMValueRef startsPlaceholder;

    private CallerFrames(ModuleLowering m, CallerReach reach) {
        this.m = m;
        this.reach = reach;
        this.files = m.program.files();
        this.goroot = m.program.goroot() == null ? "/usr/local/go" : m.program.goroot();
        this.siteType = m.types.struct(m.types.ptr, m.types.i32);
        this.placeholder = LLVMAddGlobal(m.module, m.types.i8, "runtime.callSites.placeholder");
        this.startsPlaceholder = LLVMAddGlobal(m.module, m.types.i8, "runtime.callSites.starts");
        for (String[] s : RUNTIME_SITES) {
            site(s[0], goroot + "/" + s[1], Integer.parseInt(s[2]), true);
        }
    }

    /** The call sites of a program that calls runtime.Caller or Callers; null for any other. */
    static CallerFrames of(ModuleLowering m) {
        CallerReach reach = CallerReach.analyze(m.program);
        return reach.any() && global(m) != null ? new CallerFrames(m, reach) : null;
    }

    private static LLVMValueRef global(ModuleLowering m) {
        return global(m, RuntimeAbi.CALLER_CHAIN);
    }

    private static LLVMValueRef global(ModuleLowering m, RuntimeAbi entry) {
        for (org.tinygo4j.ssa.ir.Global g : m.program.globals()) {
            if (g.linkName().equals(entry.linkName())) {
                return m.global(g);
            }
        }
        return null;
    }

    /** Whether f keeps a frame record: the functions gc's tracebacks show, outside the runtime. */
    boolean records(Function f) {
        String name = f.goName();
        return name != null && !name.startsWith("runtime.") && reach.reaches(f);
    }

    /** Whether the calls that the lowering of in emits need its site. */
    boolean needsSite(Instr in) {
        return reach.leadsThere(in);
    }

    /** runtime.callerChain. */
    LLVMValueRef chain() {
        return global(m);
    }

    /** The record type {prev, site}. */
    LLVMTypeRef recordType() {
        return m.types.struct(m.types.ptr, m.types.ptr);
    }

    /** The site of a call at pos in f. */
    LLVMValueRef site(Function f, int pos) {
        // line directives (//line file:n) move a site as gc's runtime.Caller shows it: to
        // the file they name as written, or "??" when they name none
        FileSet.Position p = files == null ? null : files.adjustedPosition(pos);
        int line = p == null ? 0 : p.line();
        return site(f.goName(), fileOf(p, pos), line, hasParams(f));
    }

    /** Whether gc shows argument words for f: a closure's context is not one. */
    private static boolean hasParams(Function f) {
        return f.params().size() > (f.context() != null ? 1 : 0);
    }

    /** The file that a site at pos (whose adjusted position is p) names. */
    private String fileOf(FileSet.Position p, int pos) {
        return p == null ? "?"
                : p.file().equals(files.fileName(pos)) ? absolute(p.file())
                : p.file().isEmpty() ? "??" : p.file();
    }

    /**
     * Stores, before a go statement starts its goroutine (thunk), the site of the
     * goroutine's function at its first line in runtime.goStartSite, where Stack finds it
     * while the goroutine has not run; nil when the builder did not know the function.
     */
    void goStatement(LLVMBuilderRef b, Function thunk) {
        Function f = thunk.goStart();
        LLVMValueRef var = global(m, RuntimeAbi.GO_START_SITE);
        if (var == null) {
            return;
        }
        LLVMValueRef s = f == null ? LLVMConstNull(m.types.ptr) : startIndex.get(f);
        if (s == null) {
            FileSet.Position p = files == null ? null : files.adjustedPosition(f.pos());
            int line = p == null ? 0 : p.line();
            String file = fileOf(p, f.pos());
            boolean params = hasParams(f);
            LLVMValueRef fi = funcInfos.computeIfAbsent(f.goName() + "\0" + file,
                    k -> funcInfo(f.goName(), file, params));
            starts.add(LLVMConstNamedStruct(siteType, refs(fi, LLVMConstInt(m.types.i32, line, 0)), 2));
            s = LLVMConstGEP2(siteType, startsPlaceholder, refs(LLVMConstInt(m.types.i32, starts.size() - 1, 0)), 1);
            startIndex.put(f, s);
        }
        LLVMBuildStore(b, s, var);
    }

    /** The table entry of one of the runtime's frames. */
    LLVMValueRef runtimeSite(int kind) {
        return entry(kind);
    }

    /** params: whether the function has parameters (runtime.Stack prints "(...)" for them, else "()"). */
    private LLVMValueRef site(String name, String file, int line, boolean params) {
        String key = name + "\0" + file + "\0" + line;
        Integer i = siteIndex.get(key);
        if (i == null) {
            i = sites.size();
            siteIndex.put(key, i);
            LLVMValueRef fi = funcInfos.computeIfAbsent(name + "\0" + file, k -> funcInfo(name, file, params));
            sites.add(LLVMConstNamedStruct(siteType, refs(fi, LLVMConstInt(m.types.i32, line, 0)), 2));
        }
        return entry(i);
    }

    private LLVMValueRef entry(int i) {
        LLVMValueRef idx = LLVMConstInt(m.types.i32, i, 0);
        return LLVMConstGEP2(siteType, placeholder, refs(idx), 1);
    }

    private LLVMValueRef funcInfo(String name, String file, boolean params) {
        LLVMValueRef init = LLVMConstStructInContext(m.ctx, refs(m.string(name.getBytes(StandardCharsets.UTF_8)),
                m.string(file.getBytes(StandardCharsets.UTF_8)), LLVMConstInt(m.types.i32, params ? 1 : 0, 0)), 3, 0);
        LLVMValueRef g = LLVMAddGlobal(m.module, LLVMTypeOf(init), "runtime.funcInfo");
        LLVMSetInitializer(g, init);
        LLVMSetLinkage(g, LLVMPrivateLinkage);
        LLVMSetGlobalConstant(g, 1);
        return g;
    }

    /** gc's file names are absolute; our own packages' files are named as if they were under GOROOT/src. */
    private String absolute(String file) {
        if (file.startsWith("/")) {
            return file;
        }
        Path p = Path.of(file);
        if (p.toFile().exists()) {
            return p.toAbsolutePath().normalize().toString();
        }
        // the embedded packages' files are classpath resources, named after their directory
        String embedded = m.program.embeddedPrefix();
        return goroot + "/src/" + (embedded != null && file.startsWith(embedded) ? file.substring(embedded.length()) : file);
    }

    /** The table's first entry and length (runtime.callerTable). */
    LLVMValueRef table(LLVMBuilderRef b) {
        if (length == null) {
            length = LLVMAddGlobal(m.module, m.types.intType, "runtime.callSites.len");
        }
        LLVMValueRef n = LLVMBuildLoad2(b, m.types.intType, length, "");
        LLVMTypeRef rt = m.types.struct(m.types.ptr, m.types.intType);
        LLVMValueRef r = LLVMBuildInsertValue(b, LLVMGetUndef(rt), entry(0), 0, "");
        return LLVMBuildInsertValue(b, r, n, 1, "");
    }

    /** The table's length, filled in by {@link #finish}. */
    private LLVMValueRef length;

    /** Emits the table (the call sites, then the goroutines' starts) in place of its placeholders. */
    void finish() {
        int calls = sites.size();
        sites.addAll(starts);
        LLVMTypeRef at = LLVMArrayType2(siteType, sites.size());
        LLVMValueRef table = LLVMAddGlobal(m.module, at, "runtime.callSites");
        LLVMSetInitializer(table, LLVMConstArray2(siteType, refs(sites.toArray(new LLVMValueRef[0])), sites.size()));
        LLVMSetLinkage(table, LLVMInternalLinkage);
        LLVMSetGlobalConstant(table, 1);
        LLVMReplaceAllUsesWith(placeholder, table);
        LLVMDeleteGlobal(placeholder);
        LLVMReplaceAllUsesWith(startsPlaceholder,
                LLVMConstGEP2(siteType, table, refs(LLVMConstInt(m.types.i32, calls, 0)), 1));
        LLVMDeleteGlobal(startsPlaceholder);
        if (length != null) {
            LLVMSetInitializer(length, LLVMConstInt(m.types.intType, sites.size(), 0));
            LLVMSetLinkage(length, LLVMInternalLinkage);
            LLVMSetGlobalConstant(length, 1);
        }
    }

    // ---- in one function ----

    /** The record of one function being lowered. */
    final class Record {
        private final FunctionLowering fl;
        private final Function fn;
        final LLVMValueRef slot;
        private final LLVMBuilderRef before;
        private LLVMBasicBlockRef lastBlock;
        private LLVMValueRef lastSite;

        Record(FunctionLowering fl, Function fn) {
            this.fl = fl;
            this.fn = fn;
            this.slot = fl.entryAlloca(recordType(), "caller.frame");
            this.before = LLVMCreateBuilderInContext(m.ctx);
        }

        /** Links the record at the builder's position (once per call of the function). */
        void enter() {
            LLVMValueRef prev = LLVMBuildLoad2(fl.b, m.types.ptr, chain(), "");
            LLVMBuildStore(fl.b, prev, LLVMBuildStructGEP2(fl.b, recordType(), slot, 0, ""));
            LLVMBuildStore(fl.b, slot, chain());
            lastBlock = null;
        }

        /** Makes the record the chain's head again (where a recovered panic resumes). */
        void relink() {
            LLVMBuildStore(fl.b, slot, chain());
            lastBlock = null;
        }

        /** Unlinks the record (before a return). */
        void leave() {
            LLVMValueRef prev = LLVMBuildLoad2(fl.b, m.types.ptr,
                    LLVMBuildStructGEP2(fl.b, recordType(), slot, 0, ""), "");
            LLVMBuildStore(fl.b, prev, chain());
        }

        /**
         * Stores the site of pos before every call that the lowering of one SSA
         * instruction emitted: the instructions after mark in block start (all of it
         * when mark is null), and every block appended after lastOld.
         */
        void markCalls(LLVMBasicBlockRef start, LLVMValueRef mark, LLVMBasicBlockRef lastOld, int pos) {
            LLVMValueRef site = null;
            LLVMValueRef in = mark == null ? LLVMGetFirstInstruction(start) : LLVMGetNextInstruction(mark);
            LLVMBasicBlockRef bb = start;
            LLVMBasicBlockRef next = LLVMGetNextBasicBlock(lastOld);
            while (true) {
                while (in != null) {
                    if (isCall(in)) {
                        if (site == null) {
                            site = site(fn, pos);
                        }
                        if (!(bb.equals(lastBlock) && site.equals(lastSite))) {
                            LLVMPositionBuilderBefore(before, in);
                            LLVMBuildStore(before, site, LLVMBuildStructGEP2(before, recordType(), slot, 1, ""));
                            lastBlock = bb;
                            lastSite = site;
                        }
                    }
                    in = LLVMGetNextInstruction(in);
                }
                if (next == null) {
                    break;
                }
                bb = next;
                next = LLVMGetNextBasicBlock(next);
                in = LLVMGetFirstInstruction(bb);
            }
        }

        void dispose() {
            LLVMDisposeBuilder(before);
        }
    }

    private static boolean isCall(LLVMValueRef in) {
        if (LLVMIsACallInst(in) == null) {
            return false;
        }
        LLVMValueRef callee = LLVMGetCalledValue(in);
        if (LLVMIsAInlineAsm(callee) != null) {
            return false;
        }
        if (LLVMIsAFunction(callee) != null) {
            String name = LLVMGetValueName(callee).getString();
            return !name.startsWith("llvm.");
        }
        return true;
    }
}
