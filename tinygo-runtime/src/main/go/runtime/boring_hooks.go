// Functions that Go's crypto packages (from the GOROOT) declare without a body and
// that gc supplies from assembly or from its runtime.

package runtime

import "unsafe"

// crypto/internal/boring/sig marks a binary with which crypto it uses: three
// functions that do nothing (each an assembly RET in Go's sources). Nothing
// reads the marks here.

//go:linkname boringCryptoMark crypto/internal/boring/sig.BoringCrypto
func boringCryptoMark() {}

//go:linkname fipsOnlyMark crypto/internal/boring/sig.FIPSOnly
func fipsOnlyMark() {}

//go:linkname standardCryptoMark crypto/internal/boring/sig.StandardCrypto
func standardCryptoMark() {}

// registerBoringCache is crypto/internal/boring/bcache.registerCache: gc empties each
// registered cache at every collection. Ours keeps them: the caches only serve
// BoringCrypto builds (crypto/ecdsa and crypto/rsa fill them when boring.Enabled),
// which this compiler never makes, so they stay empty.
//
//go:linkname registerBoringCache crypto/internal/boring/bcache.registerCache
func registerBoringCache(p unsafe.Pointer) {}
