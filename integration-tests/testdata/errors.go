package main

type errorString struct{ s string }

func (e *errorString) Error() string { return e.s }

func New(s string) error { return &errorString{s} }

type CodeError struct {
	Code int
	Msg  string
}

func (c CodeError) Error() string { return c.Msg }

var ErrNotFound = New("not found")

func find(k int) (int, error) {
	if k < 0 {
		return 0, CodeError{400, "negative key"}
	}
	if k > 10 {
		return 0, ErrNotFound
	}
	return k * 2, nil
}

type Temp int

func (t Temp) String() string { return "temp" }

type Stringer interface{ String() string }

func check(k int) {
	v, err := find(k)
	if err != nil {
		if err == ErrNotFound {
			println("sentinel:", err.Error())
		} else if ce, ok := err.(CodeError); ok {
			println("code", ce.Code, ce.Msg)
		}
		return
	}
	println("value", v)
}

func main() {
	check(3)
	check(-1)
	check(11)
	var err error
	println(err == nil)
	err = New("x")
	var err2 error = New("x")
	println(err == err2, err == err)
	var s Stringer = Temp(1)
	println(s.String())
	var any interface{} = err
	if e, ok := any.(error); ok {
		println("is error:", e.Error())
	}
	if _, ok := any.(Stringer); !ok {
		println("not a Stringer")
	}
	panic(CodeError{1, "fatal"})
}
