package reflect

import "unsafe"

// Calls of function values (Value.Call, Value.CallSlice). The compiler gives each
// function type's descriptor a thunk that loads the arguments from an array of
// addresses, calls the function value and stores the results at the addresses of
// another array (TypeDescriptors.callThunk in tinygo-codegen).

// funcValue has the layout of a Go func value.
type funcValue struct {
	context unsafe.Pointer
	code    unsafe.Pointer
}

// thunk is the type reflect calls a thunk as. Its parameters are of a type of its
// own so that no other function has its signature: on WebAssembly, calls through
// func values of a signature that some function of it can block use the coroutine
// convention (ssa.analysis.Blocking), and makeFuncStub, which can block, has the
// signature func(unsafe.Pointer, *unsafe.Pointer, *unsafe.Pointer). Thunks are plain
// functions.
type thunk func(fn unsafe.Pointer, args, results *thunkSlot)

// thunkSlot is an element of a thunk's argument and result arrays: an address.
type thunkSlot unsafe.Pointer

// Call calls the function v with the arguments in, as Go's call f(in...) does, and
// returns its results.
func (v Value) Call(in []Value) []Value {
	v.mustBe(Func, "Call")
	v.mustBeExported("Call")
	return v.call("Call", in)
}

// CallSlice calls the variadic function v, passing the last element of in as the
// variadic slice, as f(in[0], in[1], in[2]...) does.
func (v Value) CallSlice(in []Value) []Value {
	v.mustBe(Func, "CallSlice")
	v.mustBeExported("CallSlice")
	return v.call("CallSlice", in)
}

func (v Value) call(op string, in []Value) []Value {
	if v.flag&flagMethod != 0 {
		return v.callMethod(op, in)
	}
	t := v.typ
	fn := v.data()
	if (*funcValue)(fn).code == nil {
		panic("reflect: call of nil function")
	}
	return callFunc(op, t, fn, in)
}

func callFunc(op string, t *rtype, fn unsafe.Pointer, in []Value) []Value {
	n := int(t.nin)
	variadic := t.flags&tflagVariadic != 0
	if op == "CallSlice" {
		if !variadic {
			panic("reflect: CallSlice of non-variadic function")
		}
		if len(in) < n {
			panic("reflect: CallSlice with too few input arguments")
		}
		if len(in) > n {
			panic("reflect: CallSlice with too many input arguments")
		}
	} else {
		if variadic {
			n--
		}
		if len(in) < n {
			panic("reflect: Call with too few input arguments")
		}
		if !variadic && len(in) > n {
			panic("reflect: Call with too many input arguments")
		}
	}
	for _, x := range in {
		if x.Kind() == Invalid {
			panic("reflect: " + op + " using zero Value argument")
		}
	}
	if op == "Call" && variadic {
		// pack the extra arguments into the variadic slice
		st := t.param(n)
		extra := MakeSlice(st, len(in)-n, len(in)-n)
		for i := n; i < len(in); i++ {
			x := in[i]
			if !x.typ.AssignableTo(st.elem) {
				panic("reflect: cannot use " + x.typ.String() + " as type " + st.elem.String() + " in " + op)
			}
			extra.Index(i - n).Set(x)
		}
		in = append(append([]Value(nil), in[:n]...), extra)
	}
	args := make([]unsafe.Pointer, len(in)+1)
	for i, x := range in {
		pt := t.param(i)
		if !x.typ.AssignableTo(pt) {
			panic("reflect: " + op + " using " + x.typ.String() + " as type " + pt.String())
		}
		args[i] = x.assignTo("reflect.Value."+op, pt)
	}
	nout := int(t.nout)
	results := make([]unsafe.Pointer, nout+1)
	out := make([]Value, nout)
	for i := 0; i < nout; i++ {
		rt := t.param(int(t.nin) + i)
		results[i] = alloc(rt.size)
		out[i] = Value{rt, results[i], flagIndir}
	}
	if makeFuncSelf != nil {
		deferForward(makeFuncSelf, (*funcValue)(fn).code)
		makeFuncSelf = nil
	}
	if t.call == nil {
		panic(noCode(t))
	}
	var call thunk
	*(*funcValue)(unsafe.Pointer(&call)) = funcValue{nil, t.call}
	call(fn, (*thunkSlot)(unsafe.Pointer(&args[0])), (*thunkSlot)(unsafe.Pointer(&results[0])))
	return out
}

// makeFuncSelf is the code of the closure of the function made by MakeFunc whose stub
// ran last, until it calls a function through reflect: when a panic called the
// function made by MakeFunc as its deferred call, the closure counts as the deferred
// one (makeFuncStub hands it on), and the function it calls through Value.Call
// after it (callFunc hands it on again), as Go's recover does not see reflect's
// frames: so a MakeFunc closure and a method Value made into a func by Interface,
// deferred, may recover.
var makeFuncSelf unsafe.Pointer

// deferForward hands a panic's deferred call on from self to target (see makeFuncSelf).
//
//go:linkname deferForward runtime.deferForward
func deferForward(self, target unsafe.Pointer)

// methodValue is what a Value made by Value.Method points to: the receiver and the
// method of its type's table.
type methodValue struct {
	recv Value
	m    *method
}

// Method returns v's i-th exported method (in name order) bound to v, as a function
// Value whose Call calls the method.
func (v Value) Method(i int) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Method", Invalid})
	}
	recv := v
	if v.kind() == Interface {
		if v.IsNil() {
			panic("reflect: Method on nil interface value")
		}
		recv = v.Elem()
	}
	t := recv.typ
	if v.flag&flagMethod != 0 || uint(i) >= uint(t.NumMethod()) {
		panic("reflect: Method index out of range")
	}
	m := t.visibleMethod(i)
	methodValueFunc = makeMethodFunc
	return Value{m.typ, unsafe.Pointer(&methodValue{recv, m}), v.flag&flagRO | flagMethod}
}

// MethodByName returns v's exported method of that name bound to v, or the zero
// Value when there is none.
func (v Value) MethodByName(name string) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	t := v.typ
	if v.kind() == Interface {
		if v.IsNil() {
			panic("reflect: MethodByName on nil interface value")
		}
		t = v.Elem().typ
	}
	for i := 0; i < t.NumMethod(); i++ {
		if t.visibleMethod(i).name == name {
			return v.Method(i)
		}
	}
	return Value{}
}

func (v Value) callMethod(op string, in []Value) []Value {
	mv := (*methodValue)(v.ptr)
	if mv.m.fn == nil {
		panic("reflect: " + op + " of method " + mv.m.name + " that the program cannot call")
	}
	args := make([]Value, 0, len(in)+1)
	args = append(args, mv.recv)
	args = append(args, in...)
	fv := &funcValue{nil, mv.m.fn}
	return callFunc(op, mv.m.mtyp, unsafe.Pointer(fv), args)
}

// makeFuncImpl is the context of a function made by MakeFunc. Its code (the
// descriptor's makeFunc) stores the arguments in stack slots and calls
// makeFuncStub with their addresses and those of the result slots.
type makeFuncImpl struct {
	typ  *rtype
	fn   func([]Value) []Value
	stub func(ctx unsafe.Pointer, args, results *unsafe.Pointer) // keeps makeFuncStub in the program
}

// MakeFunc returns a function of type typ that calls fn with its arguments as Values
// and returns what fn returns.
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value {
	if typ.Kind() != Func {
		panic("reflect: call of MakeFunc with non-Func type")
	}
	t := typ.common()
	if t.makeFunc == nil {
		panic(noCode(t))
	}
	impl := &makeFuncImpl{t, fn, makeFuncStub}
	f := &funcValue{unsafe.Pointer(impl), t.makeFunc}
	return Value{t, unsafe.Pointer(f), flagIndir}
}

func makeFuncStub(ctx unsafe.Pointer, args, results *unsafe.Pointer) {
	impl := (*makeFuncImpl)(ctx)
	t := impl.typ
	// A panic that called this function as its deferred call called impl.fn for Go.
	code := (*funcValue)(unsafe.Pointer(&impl.fn)).code
	deferForward(t.makeFunc, code)
	makeFuncSelf = code
	word := unsafe.Sizeof(ctx)
	in := make([]Value, t.nin)
	for i := range in {
		pt := t.param(i)
		p := alloc(pt.size)
		memmove(p, *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(args), uintptr(i)*word)), pt.size)
		in[i] = Value{pt, p, flagIndir}
	}
	out := impl.fn(in)
	if len(out) != int(t.nout) {
		panic("reflect: wrong return count from function created by MakeFunc")
	}
	for i, v := range out {
		rt := t.param(int(t.nin) + i)
		if v.typ == nil {
			panic("reflect: function created by MakeFunc using closure returned zero Value")
		}
		if v.flag&flagRO != 0 {
			panic("reflect: function created by MakeFunc using closure returned value obtained from unexported field")
		}
		src := v.assignTo("reflect.MakeFunc", rt)
		memmove(*(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(results), uintptr(i)*word)), src, rt.size)
	}
}

// methodValueFunc turns a method Value into a func value for Interface. Method sets
// it, so that programs that make no method Values do not carry MakeFunc's code.
var methodValueFunc func(v Value) Value

func makeMethodFunc(v Value) Value {
	return MakeFunc(v.typ, func(in []Value) []Value { return v.Call(in) })
}

// noCode is the panic of a call through, or MakeFunc of, a function type made by
// FuncOf whose signature no function type of the program has: the code that passes
// arguments in that signature's ABI does not exist.
func noCode(t *rtype) string {
	return "reflect: no function of type " + t.String() + " in the program: cannot call or make one"
}
