// A page built by Go: a heading, a counter button and a paragraph showing the count.
// Every click appends a list item naming the click; the third click also changes the
// button's label. main then waits for ever, so the callbacks stay callable.
package main

import (
	"fmt"
	"syscall/js"
)

func main() {
	doc := js.Global().Get("document")
	body := doc.Get("body")

	h := doc.Call("createElement", "h1")
	h.Set("textContent", "tinygo4j counter")
	body.Call("appendChild", h)

	button := doc.Call("createElement", "button")
	button.Set("id", "inc")
	button.Set("textContent", "Add one")
	body.Call("appendChild", button)

	p := doc.Call("createElement", "p")
	p.Set("id", "count")
	p.Set("textContent", "count: 0")
	body.Call("appendChild", p)

	list := doc.Call("createElement", "ul")
	list.Set("id", "log")
	body.Call("appendChild", list)

	count := 0
	onClick := js.FuncOf(func(this js.Value, args []js.Value) any {
		count++
		p.Set("textContent", fmt.Sprintf("count: %d", count))
		item := doc.Call("createElement", "li")
		item.Set("textContent", fmt.Sprintf("click %d on %s", count, args[0].Get("type").String()))
		list.Call("appendChild", item)
		if count == 3 {
			button.Set("textContent", "Add one more")
		}
		return nil
	})
	button.Call("addEventListener", "click", onClick)
	fmt.Println("page ready")

	select {}
}
