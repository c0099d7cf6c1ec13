// targets: host wasi wasm cortex-m-qemu

// Go's hash/crc32, hash/adler32 and hash/fnv, compiled from the GOROOT (on amd64
// crc32's assembly is replaced by its generic Go files).
package main

import (
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/fnv"
)

func main() {
	data := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Printf("%08x\n", crc32.ChecksumIEEE(data))
	fmt.Printf("%08x\n", crc32.Checksum(data, crc32.MakeTable(crc32.Castagnoli)))
	fmt.Printf("%08x\n", crc32.Checksum(data, crc32.MakeTable(crc32.Koopman)))
	fmt.Printf("%08x\n", crc32.Update(crc32.ChecksumIEEE(data[:10]), crc32.IEEETable, data[10:]))
	fmt.Printf("%08x\n", adler32.Checksum(data))
	hs := []hash.Hash{fnv.New32(), fnv.New32a(), fnv.New64(), fnv.New64a(), fnv.New128(), fnv.New128a(), crc32.NewIEEE(), adler32.New()}
	for _, h := range hs {
		h.Write(data)
		h.Write([]byte{0, 1, 2})
		fmt.Printf("%d %d %x\n", h.Size(), h.BlockSize(), h.Sum(nil))
	}
}
