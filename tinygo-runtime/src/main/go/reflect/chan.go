package reflect

import "unsafe"

// Channels through reflect: MakeChan, the channel methods of Value and Select. They
// call the runtime's channel functions (runtime/chan_reflect.go), the same ones the
// compiler's send, receive and select statements call, so a goroutine that blocks
// in Value.Send or Select waits like one blocked in compiled code; on WebAssembly the
// blocking analysis follows these calls and makes their callers coroutines.

//go:linkname chanMake runtime.reflectChanMake
func chanMake(elemSize uintptr, size int) unsafe.Pointer

//go:linkname chanSend runtime.reflectChanSend
func chanSend(c, data unsafe.Pointer)

//go:linkname chanRecv runtime.reflectChanRecv
func chanRecv(c, data unsafe.Pointer) bool

//go:linkname chanTrySend runtime.reflectChanTrySend
func chanTrySend(c, data unsafe.Pointer) bool

//go:linkname chanTryRecv runtime.reflectChanTryRecv
func chanTryRecv(c, data unsafe.Pointer) (done, ok bool)

//go:linkname chanClose runtime.reflectChanClose
func chanClose(c unsafe.Pointer)

//go:linkname chanSelect runtime.reflectChanSelect
func chanSelect(cases unsafe.Pointer, n int, block bool) (int, bool)

// MakeChan makes a channel of type typ with room for buffer values.
func MakeChan(typ Type, buffer int) Value {
	if typ.Kind() != Chan {
		panic("reflect.MakeChan of non-chan type")
	}
	if buffer < 0 {
		panic("reflect.MakeChan: negative buffer size")
	}
	if typ.ChanDir() != BothDir {
		panic("reflect.MakeChan: unidirectional channel type")
	}
	t := typ.common()
	return Value{t, chanMake(t.elem.size, buffer), 0}
}

// Send sends x on channel v, blocking until it can.
func (v Value) Send(x Value) {
	v.mustBe(Chan, "Send")
	v.mustBeExported("Send")
	v.send(x, false)
}

// TrySend sends x on channel v if it can without blocking, and reports whether it did.
func (v Value) TrySend(x Value) bool {
	v.mustBe(Chan, "TrySend")
	v.mustBeExported("TrySend")
	return v.send(x, true)
}

func (v Value) send(x Value, nb bool) bool {
	if v.typ.ChanDir()&SendDir == 0 {
		panic("reflect: send on recv-only channel")
	}
	x.mustBeExported(methodOf("Send", nb))
	data := x.assignTo("reflect.Value.Send", v.typ.elem)
	if nb {
		return chanTrySend(v.word(), data)
	}
	chanSend(v.word(), data)
	return true
}

func methodOf(blocking string, nb bool) string {
	if nb {
		return "Try" + blocking
	}
	return blocking
}

// Recv receives a value from channel v, blocking until there is one; ok is false
// when the value is the zero value of a closed channel.
func (v Value) Recv() (x Value, ok bool) {
	v.mustBe(Chan, "Recv")
	v.mustBeExported("Recv")
	return v.recv(false)
}

// TryRecv receives a value from channel v if it can without blocking; x is the zero
// Value when it could not.
func (v Value) TryRecv() (x Value, ok bool) {
	v.mustBe(Chan, "TryRecv")
	v.mustBeExported("TryRecv")
	return v.recv(true)
}

func (v Value) recv(nb bool) (Value, bool) {
	if v.typ.ChanDir()&RecvDir == 0 {
		panic("reflect: recv on send-only channel")
	}
	et := v.typ.elem
	p := alloc(et.size)
	if nb {
		done, ok := chanTryRecv(v.word(), p)
		if !done {
			return Value{}, false
		}
		return Value{et, p, flagIndir}, ok
	}
	ok := chanRecv(v.word(), p)
	return Value{et, p, flagIndir}, ok
}

// Close closes channel v (in Go 1.19 a receive-only one too).
func (v Value) Close() {
	v.mustBe(Chan, "Close")
	v.mustBeExported("Close")
	chanClose(v.word())
}

// A SelectDir is the direction of a select case.
type SelectDir int

const (
	_             SelectDir = iota
	SelectSend              // case Chan <- Send
	SelectRecv              // case <-Chan:
	SelectDefault           // default
)

// A SelectCase is one case of Select: Dir says which; Chan is the channel (the zero
// Value or a nil channel for a case that never proceeds) and Send the value to send.
type SelectCase struct {
	Dir  SelectDir
	Chan Value
	Send Value
}

// Go's checks of Select's values name no method ("unknown method"): it finds the
// name on the call stack, where only Value's methods have one.
func selectMustBeExportedChan(ch Value) {
	if ch.kind() != Chan {
		panic(&ValueError{"unknown method", ch.kind()})
	}
	selectMustBeExported(ch)
}

func selectMustBeExported(x Value) {
	if x.flag&flagRO != 0 {
		panic("reflect: unknown method using value obtained using unexported field")
	}
}

// runtimeSelectCase has the layout of the runtime's selectCase.
type runtimeSelectCase struct {
	c    unsafe.Pointer
	data unsafe.Pointer
	send bool
}

// Select runs a select statement over cases: it blocks until one proceeds (unless
// there is a default case), and returns its index and, for a receive, the value
// received and whether it was sent (not the zero value of a closed channel).
func Select(cases []SelectCase) (chosen int, recv Value, recvOK bool) {
	rc := make([]runtimeSelectCase, len(cases))
	dflt := -1
	for i, c := range cases {
		r := &rc[i]
		switch c.Dir {
		case SelectDefault:
			if dflt >= 0 {
				panic("reflect.Select: multiple default cases")
			}
			dflt = i
			if c.Chan.IsValid() {
				panic("reflect.Select: default case has Chan value")
			}
			if c.Send.IsValid() {
				panic("reflect.Select: default case has Send value")
			}
		case SelectSend:
			ch := c.Chan
			if !ch.IsValid() {
				break
			}
			selectMustBeExportedChan(ch)
			if ch.typ.ChanDir()&SendDir == 0 {
				panic("reflect.Select: SendDir case using recv-only channel")
			}
			x := c.Send
			if !x.IsValid() {
				panic("reflect.Select: SendDir case missing Send value")
			}
			selectMustBeExported(x)
			r.c = ch.word()
			r.data = x.assignTo("reflect.Select", ch.typ.elem)
			r.send = true
		case SelectRecv:
			if c.Send.IsValid() {
				panic("reflect.Select: RecvDir case has Send value")
			}
			ch := c.Chan
			if !ch.IsValid() {
				break
			}
			selectMustBeExportedChan(ch)
			if ch.typ.ChanDir()&RecvDir == 0 {
				panic("reflect.Select: RecvDir case using send-only channel")
			}
			r.c = ch.word()
			r.data = alloc(ch.typ.elem.size)
		default:
			panic("reflect.Select: invalid Dir")
		}
	}
	var first unsafe.Pointer
	if len(rc) > 0 {
		first = unsafe.Pointer(&rc[0])
	}
	chosen, recvOK = chanSelect(first, len(rc), dflt < 0)
	if chosen < 0 {
		return dflt, Value{}, false
	}
	if cases[chosen].Dir == SelectRecv {
		recv = Value{cases[chosen].Chan.typ.elem, rc[chosen].data, flagIndir}
	} else {
		recvOK = false
	}
	return chosen, recv, recvOK
}
