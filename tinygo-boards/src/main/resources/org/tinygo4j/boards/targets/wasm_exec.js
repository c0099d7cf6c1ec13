// tinygo4j's support file for modules built with -target=wasm (GOOS js).
//
// In a page:
//   <script src="wasm_exec.js"></script>
//   <script>
//     const go = new Go();
//     WebAssembly.instantiateStreaming(fetch("app.wasm"), go.importObject)
//       .then((r) => go.run(r.instance));
//   </script>
// In Node:  node wasm_exec.js app.wasm [args...]
//
// The class is called Go and has importObject and run(instance), as pages written for
// Go's and TinyGo's support files expect. What the module imports: fd_write,
// proc_exit, args_* and environ_* of wasi_snapshot_preview1 (output, exit, os.Args and
// the environment), runtime.ticks and runtime.sleepTicks of gojs (the clock and
// timers, as TinyGo names them), and tinygo4j_js for package syscall/js. What it
// exports: memory, _start, and when the program needs them go_scheduler (a timer is
// due) and resume (JavaScript called a Go function, or Node has no more events).
"use strict";

(() => {
  const isNode = typeof process !== "undefined" && process.versions != null && process.versions.node != null;
  const encoder = new TextEncoder();
  const decoder = new TextDecoder("utf-8");

  // Go's package syscall for js, compiled from the GOROOT when a program imports it
  // (os/signal does), reads the globals fs and process as it starts: Node's fs module,
  // or in a page a stand-in whose calls fail with ENOSYS, as Go's support file gives.
  if (globalThis.fs === undefined) {
    if (isNode) {
      globalThis.fs = require("fs");
    } else {
      const enosys = () => Object.assign(new Error("not implemented"), { code: "ENOSYS" });
      const known = { constants: { O_WRONLY: -1, O_RDWR: -1, O_CREAT: -1, O_TRUNC: -1, O_APPEND: -1, O_EXCL: -1 } };
      globalThis.fs = new Proxy(known, {
        get: (target, key) => key in target ? target[key] : (...args) => {
          const callback = args[args.length - 1];
          if (typeof callback !== "function") {
            throw enosys();
          }
          callback(enosys());
        },
      });
    }
  }

  // Thrown by proc_exit to leave the module's code at once.
  class GoExit extends Error {
    constructor(code) {
      super("exit " + code);
      this.code = code;
    }
  }

  // Where output goes: Node's file descriptors, or the console line by line.
  class Output {
    constructor() {
      this.pending = ["", ""];
    }

    write(fd, bytes) {
      if (isNode) {
        require("fs").writeSync(fd, bytes);
        return;
      }
      const i = fd === 2 ? 1 : 0;
      let text = this.pending[i] + decoder.decode(bytes);
      let nl;
      while ((nl = text.indexOf("\n")) >= 0) {
        (i === 1 ? console.error : console.log)(text.slice(0, nl));
        text = text.slice(nl + 1);
      }
      this.pending[i] = text;
    }
  }

  class Go {
    constructor() {
      this.argv = ["js"];
      this.env = {};
      this.exited = false;
      this.exitCode = 0;
      // called with the exit code when the program ends
      this.exit = (code) => {
        if (code !== 0) {
          console.warn("exit code:", code);
        }
      };
      this._output = new Output();
      // the value table: a reference is an index; the first five are fixed
      this._values = [undefined, null, true, false, globalThis];
      this._refs = new Map();
      this._values.forEach((v, i) => this._refs.set(v, i));
      this._strings = new Map(); // reference -> UTF-8 bytes, between prepare and load
      this._event = null;
      this._events = new Map();
      this._nextToken = 1;
      const go = this;
      const mem = () => new DataView(go._inst.exports.memory.buffer);
      const bytes = (p, n) => new Uint8Array(go._inst.exports.memory.buffer, p, n);
      const str = (p, n) => decoder.decode(bytes(p, n));
      const val = (r) => go._values[r];
      const ref = (v) => go._ref(v);
      const args = (p, n) => {
        const out = [];
        const m = mem();
        for (let i = 0; i < n; i++) {
          out.push(val(m.getUint32(p + 4 * i, true)));
        }
        return out;
      };
      // calls f; on an exception stores false at okPtr and returns the exception's reference
      const guarded = (okPtr, f) => {
        try {
          const r = ref(f());
          mem().setUint8(okPtr, 1);
          return r;
        } catch (e) {
          if (e instanceof GoExit) {
            throw e;
          }
          mem().setUint8(okPtr, 0);
          return ref(e);
        }
      };
      // the strings of argv or env laid out for args_get/environ_get
      const cstrings = (list) => list.map((s) => encoder.encode(s + "\0"));
      const sizes = (list, countPtr, sizePtr) => {
        const enc = cstrings(list);
        mem().setUint32(countPtr, enc.length, true);
        mem().setUint32(sizePtr, enc.reduce((a, b) => a + b.length, 0), true);
        return 0;
      };
      const fill = (list, ptrs, buf) => {
        let at = buf;
        cstrings(list).forEach((b, i) => {
          mem().setUint32(ptrs + 4 * i, at, true);
          bytes(at, b.length).set(b);
          at += b.length;
        });
        return 0;
      };
      const envList = () => Object.entries(go.env).map(([k, v]) => k + "=" + v);
      const timeOrigin = isNode ? Date.now() - performance.now() : performance.timeOrigin;

      this.importObject = {
        wasi_snapshot_preview1: {
          fd_write(fd, iovs, iovsLen, nwrittenPtr) {
            let total = 0;
            const m = mem();
            for (let i = 0; i < iovsLen; i++) {
              const p = m.getUint32(iovs + 8 * i, true);
              const n = m.getUint32(iovs + 8 * i + 4, true);
              go._output.write(fd, bytes(p, n).slice());
              total += n;
            }
            mem().setUint32(nwrittenPtr, total, true);
            return 0;
          },
          proc_exit(code) {
            go.exited = true;
            go.exitCode = code;
            throw new GoExit(code);
          },
          args_sizes_get: (c, s) => sizes(go.argv, c, s),
          args_get: (p, b) => fill(go.argv, p, b),
          environ_sizes_get: (c, s) => sizes(envList(), c, s),
          environ_get: (p, b) => fill(envList(), p, b),
        },
        gojs: {
          "runtime.ticks": () => timeOrigin + performance.now(),
          "runtime.sleepTicks": (ms) => {
            setTimeout(() => go._enter(() => go._inst.exports.go_scheduler()), ms);
          },
          "runtime.eventPending": () => go._event !== null,
        },
        tinygo4j_js: {
          valueGet: (v, p, n) => ref(Reflect.get(val(v), str(p, n))),
          valueSet: (v, p, n, x) => Reflect.set(val(v), str(p, n), val(x)),
          valueDelete: (v, p, n) => Reflect.deleteProperty(val(v), str(p, n)),
          valueIndex: (v, i) => ref(val(v)[i]),
          valueSetIndex: (v, i, x) => {
            val(v)[i] = val(x);
          },
          valueCall: (v, p, n, a, na, ok) =>
            guarded(ok, () => {
              const o = val(v);
              return Reflect.apply(Reflect.get(o, str(p, n)), o, args(a, na));
            }),
          valueInvoke: (v, a, na, ok) => guarded(ok, () => Reflect.apply(val(v), undefined, args(a, na))),
          valueNew: (v, a, na, ok) => guarded(ok, () => Reflect.construct(val(v), args(a, na))),
          valueLength: (v) => val(v).length,
          valueType: (v) => {
            const x = val(v);
            if (x === null) return 1;
            switch (typeof x) {
              case "undefined": return 0;
              case "boolean": return 2;
              case "number": return 3;
              case "string": return 4;
              case "symbol": return 5;
              case "function": return 7;
              default: return 6; // objects, and bigints as Go's syscall/js has them
            }
          },
          valueFloat: (v) => Number(val(v)),
          valueTruthy: (v) => !!val(v),
          valueEqual: (v, w) => val(v) === val(w),
          valueInstanceOf: (v, t) => val(v) instanceof val(t),
          valuePrepareString: (v) => {
            const b = encoder.encode(String(val(v)));
            go._strings.set(v, b);
            return b.length;
          },
          valueLoadString: (v, p, n) => {
            bytes(p, n).set(go._strings.get(v).subarray(0, n));
            go._strings.delete(v);
          },
          stringVal: (p, n) => ref(str(p, n)),
          floatVal: (f) => ref(f),
          funcVal: (id) => ref(go._func(id)),
          copyBytesToGo: (dst, n, src) => {
            const s = val(src);
            if (!(s instanceof Uint8Array || s instanceof Uint8ClampedArray)) return -1;
            const k = Math.min(n, s.length);
            bytes(dst, k).set(s.subarray(0, k));
            return k;
          },
          copyBytesToJS: (dst, src, n) => {
            const d = val(dst);
            if (!(d instanceof Uint8Array || d instanceof Uint8ClampedArray)) return -1;
            const k = Math.min(n, d.length);
            d.set(bytes(src, k));
            return k;
          },
          eventInfo: (p) => {
            const e = go._event;
            const m = mem();
            m.setUint32(p, e.token, true);
            m.setUint32(p + 4, e.id, true);
            m.setUint32(p + 8, ref(e.self), true);
            m.setUint32(p + 12, ref(e.args), true);
          },
          eventResult: (token, r) => {
            const e = go._events.get(token);
            if (e) {
              e.result = val(r);
              go._events.delete(token);
            }
          },
        },
      };
    }

    _ref(v) {
      let r = this._refs.get(v);
      if (r === undefined) {
        r = this._values.length;
        this._values.push(v);
        this._refs.set(v, r);
      }
      return r;
    }

    // a JavaScript function that calls the Go function id (syscall/js.FuncOf)
    _func(id) {
      const go = this;
      return function (...args) {
        if (go.exited) {
          throw new Error("the Go program has already exited");
        }
        const e = { token: go._nextToken++, id, self: this, args, result: undefined };
        go._events.set(e.token, e);
        const outer = go._event;
        go._event = e;
        try {
          go._enter(() => go._inst.exports.resume());
        } finally {
          go._event = outer;
          go._events.delete(e.token);
        }
        return e.result;
      };
    }

    // runs a call into the module, turning proc_exit into the end of the program
    _enter(f) {
      if (this.exited) {
        return;
      }
      try {
        f();
      } catch (e) {
        if (e instanceof GoExit) {
          this.exit(e.code);
          return;
        }
        throw e;
      }
    }

    // runs the program's main; resolves when it exits
    run(instance) {
      this._inst = instance;
      return new Promise((resolve) => {
        const exit = this.exit;
        this.exit = (code) => {
          exit(code);
          resolve(code);
        };
        this._enter(() => instance.exports._start());
      });
    }
  }

  globalThis.Go = Go;

  if (isNode && require.main === module) {
    if (process.argv.length < 3) {
      console.error("usage: node wasm_exec.js module.wasm [args...]");
      process.exit(2);
    }
    const go = new Go();
    go.argv = process.argv.slice(2);
    go.env = Object.assign({}, process.env);
    go.exit = (code) => process.exit(code); // output is written synchronously: nothing is lost
    const wasm = require("fs").readFileSync(process.argv[2]);
    // Node ends when no event is left; if main has not returned by then, every
    // goroutine waits for something that cannot come: the runtime reports a deadlock
    process.on("beforeExit", () => {
      if (!go.exited && go._inst && go._inst.exports.resume) {
        go._enter(() => go._inst.exports.resume());
      }
    });
    WebAssembly.instantiate(wasm, go.importObject)
      .then((r) => go.run(r.instance))
      .catch((e) => {
        console.error(e);
        process.exit(1);
      });
  }
})();
