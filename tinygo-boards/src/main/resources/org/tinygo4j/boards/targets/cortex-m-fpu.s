// Cores with a single-precision FPU (cortex-m4.json lists this file before
// cortex-m.s). Defining the symbol below makes cortex-m.s, which tests it with .ifdef,
// enable the FPU at reset and keep the callee-saved FPU registers s16-s31 across
// goroutine switches and panic checkpoints. The chips without an FPU assemble
// cortex-m.s alone, to the same bytes as before the FPU existed.

    .set .Ltinygo_fpu, 1
