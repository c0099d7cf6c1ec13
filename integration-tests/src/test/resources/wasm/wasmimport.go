package main

// Two functions the host gives the module (module "host"): WasmImportTest provides
// them as Chicory host functions.

//go:wasmimport host add3
func add3(a, b, c int32) int32

//go:wasmimport host record
func record(v int64, f float64)

func main() {
	println("add3:", add3(1, 2, 3))
	record(int64(add3(10, 20, 30))*1000000000, 2.5)
	println("done")
}
