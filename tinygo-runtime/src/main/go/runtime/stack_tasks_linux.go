//go:build scheduler.tasks && linux && !baremetal && !wasm

package runtime

import "device/x86"

// Goroutine stacks on the host are reserved address space outside the heap: the
// kernel gives a page memory only when the goroutine first touches it, so a stack can
// be as large as main's (host.json's default-stack-size, 8 MiB, as deep as main
// recurses under the default stack limit) and a goroutine that stays shallow costs a
// page (and the kernel a page table, one for each 2 MiB of address space touched).
// Stacks are cut from chunks of about 1 GiB, each one mmap call with
// MAP_NORESERVE (the reservation is not counted against the memory the kernel
// promises). Stacks in a chunk touch one another, with no guard page in between: a
// guard page would split the mapping in two, and 100,000 goroutines would need more
// mappings than the kernel allows a process (vm.max_map_count, 65,530 by default);
// chunks that the kernel places side by side merge into one mapping as well. An
// overflow is caught by the compiler's checks (stack.go) and, for chains of unchecked
// frames, by the canary at the next switch, as on the chips.
//
// The stacks are laid out so that a stack's top is 16 bytes short of a page's end:
// the goroutine's first 4,080 bytes of frames share their page with the canary of the
// stack above (its lowest word), and a goroutine that uses less than that costs one
// page, where a page-aligned top would cost a second page for the canary.

const (
	sysMmap    = 9
	sysMadvise = 28

	protRead       = 0x1
	protWrite      = 0x2
	mapPrivate     = 0x2
	mapAnonymous   = 0x20
	mapNoreserve   = 0x4000
	mapStack       = 0x20000
	madvNohugepage = 15

	stackPage  = 4096
	stackChunk = 1 << 30
)

var (
	stackNext uintptr // the bottom of the next stack to hand out, in the current chunk
	stackLeft uintptr // stacks still free in the current chunk
)

// newStack returns the bottom of a fresh stack of size bytes, whose top the scheduler
// puts at bottom+size (task.top).
func newStack(size uintptr) uintptr {
	slot := stackSlot(size)
	if stackLeft == 0 {
		n := uintptr(stackChunk) / slot
		if n == 0 {
			n = 1
		}
		// one page more than n stacks: the first stack's canary sits at the end of the
		// chunk's first page, and the last stack's top 16 bytes short of the chunk's end
		length := n*slot + stackPage
		p := x86.Syscall6(sysMmap, 0, length, protRead|protWrite,
			mapPrivate|mapAnonymous|mapNoreserve|mapStack, ^uintptr(0), 0)
		if p > ^uintptr(4095) { // -errno
			fatalPrint("runtime: cannot allocate memory for a goroutine stack")
		}
		// Transparent huge pages would give a 2 MiB page to a stack that touches 4 KiB.
		// (Linux sets this itself for MAP_STACK since 6.7; the chunks' flags stay equal,
		// so neighbouring chunks still merge.)
		x86.Syscall6(sysMadvise, p, length, madvNohugepage, 0, 0, 0)
		stackNext = p + stackPage - 16
		stackLeft = n
	}
	bottom := stackNext
	stackNext += slot
	stackLeft--
	return bottom
}

// stackSlot is the distance between neighbouring stacks: size rounded up to whole
// pages, so that every top sits at the same place in its page.
func stackSlot(size uintptr) uintptr {
	return (size + stackPage - 1) &^ (stackPage - 1)
}
