package runtime

import "unsafe"

// The channel runtime for reflect (MakeChan, Value.Send/Recv/TrySend/TryRecv/Close,
// Select), with untyped pointers, since a //go:linkname declaration must repeat the
// signature and reflect cannot name *channel. They call the functions the compiler's
// own channel operations call, so a reflect operation that blocks pauses its
// goroutine as a compiled one does (and the blocking analysis sees these calls reach
// pause).

func reflectChanMake(elemSize uintptr, size int) unsafe.Pointer {
	return unsafe.Pointer(chanMake(elemSize, size))
}

func reflectChanSend(c, data unsafe.Pointer) {
	chanSend((*channel)(c), data)
}

func reflectChanRecv(c, data unsafe.Pointer) bool {
	return chanRecv((*channel)(c), data)
}

// reflectChanTrySend sends unless it would block (a nil channel always would).
func reflectChanTrySend(c, data unsafe.Pointer) bool {
	if c == nil {
		return false
	}
	return (*channel)(c).trySend(data)
}

// reflectChanTryRecv receives unless it would block: done reports whether it
// received, ok whether a value was sent (not the zero value of a closed channel).
func reflectChanTryRecv(c, data unsafe.Pointer) (done, ok bool) {
	if c == nil {
		return false, false
	}
	return (*channel)(c).tryRecv(data)
}

func reflectChanClose(c unsafe.Pointer) {
	chanClose((*channel)(c))
}

// reflectChanSelect is a select statement over n cases laid out as selectCase (a nil
// channel is a case that never proceeds); -1 when block is false and none is ready.
func reflectChanSelect(cases unsafe.Pointer, n int, block bool) (int, bool) {
	return chanSelect((*selectCase)(cases), n, block)
}
