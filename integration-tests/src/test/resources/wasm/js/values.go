package main

import (
	"fmt"
	"syscall/js"
)

func main() {
	g := js.Global()
	math := g.Get("Math")
	fmt.Println("max:", math.Call("max", 3, 9, 4).Int())
	fmt.Println("floor:", math.Call("floor", 2.75).Float())

	obj := g.Get("Object").New()
	obj.Set("name", "gopher")
	obj.Set("n", 1.5)
	obj.Set("ok", true)
	fmt.Println(obj.Get("name").String(), obj.Get("n").Float(), obj.Get("ok").Bool())
	fmt.Println(obj.Get("name").Type(), obj.Get("n").Type(), obj.Get("missing").Type(), obj.Type(), math.Get("max").Type())
	fmt.Println(obj.Get("missing").IsUndefined(), js.Null().IsNull(), js.Null().Type())
	obj.Delete("name")
	fmt.Println("after delete:", obj.Get("name").IsUndefined())
	fmt.Println("json:", g.Get("JSON").Call("stringify", obj).String())

	arr := js.ValueOf([]any{1, "two", true, nil})
	fmt.Println("len", arr.Length(), arr.Index(1).String(), arr.Index(2).Bool(), arr.Index(3).IsNull())
	arr.SetIndex(0, 10)
	fmt.Println(arr.Index(0).Int(), arr.Call("join", "-").String())
	m := js.ValueOf(map[string]any{"a": 1, "b": []any{"x"}})
	fmt.Println(m.Get("a").Int(), m.Get("b").Index(0).String())

	fmt.Println("truthy:", js.ValueOf(0).Truthy(), js.ValueOf("x").Truthy(), js.ValueOf("").Truthy(), obj.Truthy(), js.Undefined().Truthy())
	fmt.Println("instanceof:", arr.InstanceOf(g.Get("Array")), obj.InstanceOf(g.Get("Array")))
	fmt.Println("equal:", arr.Equal(arr), js.ValueOf(1).Equal(js.ValueOf(1.0)), js.ValueOf("1").Equal(js.ValueOf(1)))
	fmt.Println("strings:", js.ValueOf(3).String(), js.Undefined().String(), js.Null().String(), js.ValueOf(false).String(), obj.String())
	fmt.Println("unicode:", js.ValueOf("héllo, 世界").String(), g.Get("Array").Call("from", "héllo, 世界").Length())

	date := g.Get("Date").New(2020, 0, 15)
	fmt.Println("date:", date.Call("getFullYear").Int(), date.Call("getMonth").Int(), date.Call("getDate").Int())
	parseInt := g.Get("parseInt")
	fmt.Println("invoke:", parseInt.Invoke("ff", 16).Int())

	func() {
		defer func() {
			e := recover()
			if je, ok := e.(js.Error); ok {
				fmt.Println("recovered js.Error:", je.Get("name").String())
			} else {
				fmt.Println("recovered:", e)
			}
		}()
		g.Get("JSON").Call("parse", "{bad")
	}()
	func() {
		defer func() {
			e := recover()
			if ve, ok := e.(*js.ValueError); ok {
				fmt.Println("recovered:", ve.Error())
			}
		}()
		js.ValueOf("str").Float()
	}()
}
