package testing

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

// InternalBenchmark is a benchmark function and its name, as the generated main lists them.
type InternalBenchmark struct {
	Name string
	F    func(b *B)
}

// B is the state of one benchmark, passed to Benchmark functions.
type B struct {
	common
	N          int
	timerOn    bool
	timerStart time.Time
	elapsed    time.Duration
	bytes      int64
	extra      map[string]float64
	result     BenchmarkResult
}

// BenchmarkResult holds what a benchmark measured.
type BenchmarkResult struct {
	N         int
	T         time.Duration
	Bytes     int64
	MemAllocs uint64
	MemBytes  uint64
	Extra     map[string]float64
}

// NsPerOp returns the nanoseconds per iteration.
func (r BenchmarkResult) NsPerOp() int64 {
	if r.N <= 0 {
		return 0
	}
	return r.T.Nanoseconds() / int64(r.N)
}

// AllocsPerOp returns the allocations per iteration; the allocator keeps no count, so 0.
func (r BenchmarkResult) AllocsPerOp() int64 {
	return 0
}

// AllocedBytesPerOp returns the bytes allocated per iteration; always 0 here.
func (r BenchmarkResult) AllocedBytesPerOp() int64 {
	return 0
}

// String formats the result as the benchmark line does: iterations, ns/op, MB/s.
func (r BenchmarkResult) String() string {
	s := fmt.Sprintf("%8d", r.N)
	ns := 0.0
	if r.N > 0 {
		ns = float64(r.T.Nanoseconds()) / float64(r.N)
	}
	s += "\t" + pretty(ns, "ns/op")
	if r.Bytes > 0 && r.T > 0 {
		s += fmt.Sprintf("\t%7.2f MB/s", float64(r.Bytes)*float64(r.N)/1e6/r.T.Seconds())
	}
	for k, v := range r.Extra {
		s += "\t" + pretty(v, k)
	}
	return s
}

// MemString returns the allocation columns; the allocator keeps no counts, so zeros.
func (r BenchmarkResult) MemString() string {
	return fmt.Sprintf("%8d B/op\t%8d allocs/op", 0, 0)
}

// pretty prints a number with ten places before the decimal point and small ones with
// four significant figures, the columns of Go's benchmark lines.
func pretty(x float64, unit string) string {
	y := x
	if y < 0 {
		y = -y
	}
	format := "%18.7f %s"
	switch {
	case y == 0 || y >= 999.95:
		format = "%10.0f %s"
	case y >= 99.995:
		format = "%12.1f %s"
	case y >= 9.9995:
		format = "%13.2f %s"
	case y >= 0.99995:
		format = "%14.3f %s"
	case y >= 0.099995:
		format = "%15.4f %s"
	case y >= 0.0099995:
		format = "%16.5f %s"
	case y >= 0.00099995:
		format = "%17.6f %s"
	}
	return fmt.Sprintf(format, x, unit)
}

// StartTimer starts timing; benchmarks start with the timer on.
func (b *B) StartTimer() {
	if !b.timerOn {
		b.timerStart = time.Now()
		b.timerOn = true
	}
}

// StopTimer stops timing, for setup the benchmark should not count.
func (b *B) StopTimer() {
	if b.timerOn {
		b.elapsed += time.Since(b.timerStart)
		b.timerOn = false
	}
}

// ResetTimer zeroes the elapsed time.
func (b *B) ResetTimer() {
	if b.timerOn {
		b.timerStart = time.Now()
	}
	b.elapsed = 0
}

// SetBytes records the bytes processed per iteration, for the MB/s column.
func (b *B) SetBytes(n int64) {
	b.bytes = n
}

// ReportAllocs asks for the allocation columns; the allocator keeps no counts, so it does nothing.
func (b *B) ReportAllocs() {}

// ReportMetric adds a column "n unit" to the result.
func (b *B) ReportMetric(n float64, unit string) {
	if b.extra == nil {
		b.extra = map[string]float64{}
	}
	b.extra[unit] = n
}

// elapsedTime returns the measured time of the benchmark so far.
func (b *B) elapsedTime() time.Duration {
	d := b.elapsed
	if b.timerOn {
		d += time.Since(b.timerStart)
	}
	return d
}

// SetParallelism is accepted; RunParallel runs its body on one goroutine.
func (b *B) SetParallelism(p int) {}

// PB iterates the body of RunParallel.
type PB struct {
	left int
}

// Next reports whether there are more iterations.
func (pb *PB) Next() bool {
	if pb.left <= 0 {
		return false
	}
	pb.left--
	return true
}

// RunParallel runs body with b.N iterations; there is one goroutine doing them.
func (b *B) RunParallel(body func(*PB)) {
	body(&PB{left: b.N})
}

// runN runs the benchmark function once with b.N = n, in a goroutine of its own so
// that FailNow and SkipNow can stop it.
func (b *B) runN(f func(b *B), n int) {
	b.N = n
	b.elapsed = 0
	b.timerOn = false
	b.output = b.output[:0]
	done := make(chan bool)
	go func() {
		defer func() {
			b.StopTimer()
			b.runCleanups()
			done <- true
		}()
		b.StartTimer()
		f(b)
	}()
	<-done
}

// run sizes b.N until the benchmark takes -test.benchtime (or runs -test.benchtime=Nx
// times) and prints its line.
func (b *B) run(f func(b *B)) {
	b.runN(f, 1)
	if b.hasSub || b.failed || b.skipped {
		b.finish()
		return
	}
	n := 1
	if benchN > 0 {
		n = benchN
		b.runN(f, n)
	} else {
		for b.elapsedTime() < benchTime && n < 1000000000 && !b.failed {
			last := n
			perOp := b.elapsedTime().Nanoseconds() / int64(n)
			if perOp <= 0 {
				perOp = 1
			}
			next := int(benchTime.Nanoseconds() / perOp)
			next += next / 5
			if next > 100*last {
				next = 100 * last
			}
			if next <= last {
				next = last + 1
			}
			n = next
			b.runN(f, n)
		}
	}
	b.result = BenchmarkResult{N: b.N, T: b.elapsedTime(), Bytes: b.bytes, Extra: b.extra}
	b.finish()
}

func (b *B) finish() {
	if b.failed {
		fmt.Fprintf(os.Stdout, "--- FAIL: %s\n%s", b.name, b.output)
		return
	}
	if b.hasSub {
		return
	}
	if b.skipped {
		if chatty {
			fmt.Fprintf(os.Stdout, "--- SKIP: %s\n%s", b.name, b.output)
		}
		return
	}
	fmt.Fprintf(os.Stdout, "%-*s\t%s\n", benchWidth, b.name, b.result.String())
	if chatty && len(b.output) > 0 {
		fmt.Fprintf(os.Stdout, "--- BENCH: %s\n%s", b.name, b.output)
	}
}

var benchWidth int

// Run benchmarks f as a sub-benchmark of b called name; it reports whether it succeeded.
func (b *B) Run(name string, f func(b *B)) bool {
	b.hasSub = true
	full := b.subName(name)
	if !matchesBench(full) {
		return true
	}
	sub := &B{common: common{name: full, parent: &b.common, level: b.level + 1, isBench: true}}
	if len(full)+1 > benchWidth {
		benchWidth = len(full) + 1
	}
	if chatty {
		fmt.Fprintf(os.Stdout, "%s\n", full)
	}
	sub.run(f)
	return !sub.failed
}

func matchesBench(name string) bool {
	saved := runPattern
	runPattern = benchPat
	ok := benchPat == "." || matches(name, benchPat)
	runPattern = saved
	return ok
}

// Benchmark runs f as a benchmark outside `go test` and returns its result.
func Benchmark(f func(b *B)) BenchmarkResult {
	b := &B{common: common{name: "", isBench: true}}
	b.runN(f, 1)
	n := 1
	for b.elapsedTime() < benchTime && n < 1000000000 {
		n *= 10
		b.runN(f, n)
	}
	return BenchmarkResult{N: b.N, T: b.elapsedTime(), Bytes: b.bytes, Extra: b.extra}
}

func runBenchmarks(d testDeps, benchmarks []InternalBenchmark, root *T) {
	var selected []InternalBenchmark
	for _, bm := range benchmarks {
		if matchesBench(bm.Name) {
			selected = append(selected, bm)
			if len(bm.Name)+1 > benchWidth {
				benchWidth = len(bm.Name) + 1
			}
		}
	}
	if len(selected) == 0 {
		return
	}
	fmt.Fprintf(os.Stdout, "goos: %s\ngoarch: %s\n", runtime.GOOS, runtime.GOARCH)
	if d != nil && d.ImportPath() != "" {
		fmt.Fprintf(os.Stdout, "pkg: %s\n", d.ImportPath())
	}
	for _, bm := range selected {
		b := &B{common: common{name: bm.Name, isBench: true}}
		if chatty {
			fmt.Fprintf(os.Stdout, "%s\n", bm.Name)
		}
		b.run(bm.F)
		if b.failed {
			root.failed = true
		}
	}
}
