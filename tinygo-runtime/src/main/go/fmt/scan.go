package fmt

// ScanState is what a Scanner's Scan method reads its input through. The scanning
// functions themselves (Sscan, Fscan, Scanf, ...) are not provided yet; the types
// exist so that packages implementing Scanner (math/big) compile.
type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by values that scan their own representation.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}
