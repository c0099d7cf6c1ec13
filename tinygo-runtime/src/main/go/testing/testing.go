// Package testing is tinygo4j's own implementation of Go's testing package, which
// `tinygo test` links with a generated main. It is much smaller than Go's (no flag
// package, profiles, fuzzing engine or test log) so that tests fit on a chip, and
// prints what Go's does: "=== RUN", "--- PASS/FAIL/SKIP" with indented subtests and
// logs, and PASS or FAIL at the end. The options come from the command line as the
// -test.* flags that `go test` passes (v, run, short, bench, benchtime, count is
// ignored); `tinygo test` bakes them into os.Args of the test binary, so they also
// reach chips without a command line. Log lines carry "???:1" where Go writes file and
// line: the images have no table from code addresses to source lines.
package testing

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"
)

// options, set from the -test.* arguments by parseArgs.
var (
	chatty     bool
	runPattern string
	benchPat   string
	benchTime  = time.Second
	benchN     int
	short      bool
	parsed     bool
)

// Init registers the testing flags; here they are read from os.Args when the tests
// start, so it only has to exist.
func Init() {}

// Short reports whether -test.short is set.
func Short() bool {
	parseArgs()
	return short
}

// Verbose reports whether -test.v is set.
func Verbose() bool {
	parseArgs()
	return chatty
}

// CoverMode reports the test coverage mode; coverage is not supported, so it is "".
func CoverMode() string {
	return ""
}

// Coverage reports the current code coverage; always 0 without coverage support.
func Coverage() float64 {
	return 0
}

// AllocsPerRun returns the average number of heap allocations per call of f,
// counted by the runtime's Mallocs over runs calls after one warm-up call (a whole
// number, as Go's: the count divided by runs in integers, so runs must not be 0). Allocations our compiler
// keeps on the stack are not counted, so the figure may be lower than gc's.
func AllocsPerRun(runs int, f func()) (avg float64) {
	f()
	var stats runtime.MemStats
	runtime.ReadMemStats(&stats)
	before := stats.Mallocs
	for i := 0; i < runs; i++ {
		f()
	}
	runtime.ReadMemStats(&stats)
	return float64((stats.Mallocs - before) / uint64(runs))
}

func parseArgs() {
	if parsed {
		return
	}
	parsed = true
	for _, a := range os.Args[1:] {
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		name = strings.TrimPrefix(name, "test.")
		switch name {
		case "v":
			chatty = !hasValue || value == "true"
		case "short":
			short = !hasValue || value == "true"
		case "run":
			runPattern = value
		case "bench":
			benchPat = value
		case "benchtime":
			if strings.HasSuffix(value, "x") {
				n := 0
				for _, c := range value[:len(value)-1] {
					n = n*10 + int(c-'0')
				}
				benchN = n
			} else if d, err := time.ParseDuration(value); err == nil {
				benchTime = d
			}
		}
	}
}

// TB is the interface common to T and B.
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Setenv(key, value string)
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	TempDir() string

	private()
}

var _ TB = (*T)(nil)
var _ TB = (*B)(nil)

// common holds what T and B share: the name, the state, the buffered output and the
// cleanups of one test.
type common struct {
	name     string
	parent   *common
	level    int
	output   []byte // what is printed after the test's --- line
	failed   bool
	skipped  bool
	finished bool
	cleanups []func()
	start    time.Time
	duration time.Duration
	subNames map[string]int
	hasSub   bool
	isBench  bool
	helpers  map[string]bool // the functions that called Helper, by name
}

func (c *common) private() {}

// Name returns the name of the running test or benchmark.
func (c *common) Name() string {
	return c.name
}

// Fail marks the test as failed but continues its execution.
func (c *common) Fail() {
	if c.parent != nil {
		c.parent.Fail()
	}
	c.failed = true
}

// Failed reports whether the test has failed.
func (c *common) Failed() bool {
	return c.failed
}

// FailNow marks the test as failed and stops it (runtime.Goexit); the deferred calls
// and cleanups still run, and the next test starts.
func (c *common) FailNow() {
	c.Fail()
	c.finished = true
	runtime.Goexit()
}

// Helper marks the calling function as a helper: the place a log entry reports is
// then that of the first caller that is not one.
func (c *common) Helper() {
	pc, _, _, ok := runtime.Caller(1)
	if !ok {
		return
	}
	if c.helpers == nil {
		c.helpers = map[string]bool{}
	}
	c.helpers[runtime.FuncForPC(pc).Name()] = true
}

// Cleanup registers f to run when the test and its subtests have finished, last
// registered first.
func (c *common) Cleanup(f func()) {
	c.cleanups = append(c.cleanups, f)
}

// Setenv sets the environment variable key to value for the rest of the test; Cleanup
// gives it back its old value (or unsets it) when the test finishes.
func (c *common) Setenv(key, value string) {
	prev, had := os.LookupEnv(key)
	if err := os.Setenv(key, value); err != nil {
		c.Fatalf("cannot set environment variable: %v", err)
	}
	if had {
		c.Cleanup(func() { os.Setenv(key, prev) })
	} else {
		c.Cleanup(func() { os.Unsetenv(key) })
	}
}

// TempDir returns a new directory (os.MkdirTemp, a new one on every call) that Cleanup
// removes with everything in it when the test and its subtests finish.
func (c *common) TempDir() string {
	pattern := make([]byte, 0, len(c.name))
	for i := 0; i < len(c.name); i++ {
		switch ch := c.name[i]; ch {
		case '/', '\\', ':', '*', '?', '"', '<', '>', '|', ' ':
			pattern = append(pattern, '_')
		default:
			pattern = append(pattern, ch)
		}
	}
	dir, err := os.MkdirTemp("", string(pattern))
	if err != nil {
		c.Fatalf("TempDir: %v", err)
	}
	c.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}

// Log formats its arguments as Println does and records them in the test's log.
func (c *common) Log(args ...any) {
	c.log(fmt.Sprintln(args...))
}

// Logf formats its arguments as Printf does and records them in the test's log.
func (c *common) Logf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
}

// Error is Log followed by Fail.
func (c *common) Error(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.Fail()
}

// Errorf is Logf followed by Fail.
func (c *common) Errorf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.Fail()
}

// Fatal is Log followed by FailNow.
func (c *common) Fatal(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.FailNow()
}

// Fatalf is Logf followed by FailNow.
func (c *common) Fatalf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.FailNow()
}

// Skip is Log followed by SkipNow.
func (c *common) Skip(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.SkipNow()
}

// Skipf is Logf followed by SkipNow.
func (c *common) Skipf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.SkipNow()
}

// SkipNow marks the test as skipped and stops it.
func (c *common) SkipNow() {
	c.skipped = true
	c.finished = true
	runtime.Goexit()
}

// Skipped reports whether the test was skipped.
func (c *common) Skipped() bool {
	return c.skipped
}

// log adds one decorated entry: in verbose mode printed at once, else kept for the report.
func (c *common) log(s string) {
	d := c.decorate(s)
	if chatty && !c.isBench {
		printer.printf(c.name, "%s", d)
		return
	}
	c.output = append(c.output, d...)
}

// decorate indents a log entry under its test as Go's does, with the place of the
// call of the logging method (or of the helper that called it): skip 3 is the caller
// of Errorf and its kin, which call log, which calls decorate ("???:1" when the
// program has no call sites).
func (c *common) decorate(s string) string {
	skip := 3
	pc, file, line, ok := runtime.Caller(skip)
	for ok && c.helpers[runtime.FuncForPC(pc).Name()] {
		skip++
		pc, file, line, ok = runtime.Caller(skip)
	}
	if !ok {
		file, line = "???", 1
	} else if i := strings.LastIndexByte(file, '/'); i >= 0 {
		file = file[i+1:]
	}
	var b strings.Builder
	b.WriteString("    ")
	fmt.Fprintf(&b, "%s:%d: ", file, line)
	lines := strings.Split(s, "\n")
	if n := len(lines); n > 1 && lines[n-1] == "" {
		lines = lines[:n-1]
	}
	for i, l := range lines {
		if i > 0 {
			b.WriteString("\n        ")
		}
		b.WriteString(l)
	}
	b.WriteByte('\n')
	return b.String()
}

// chattyPrinter prints verbose output, announcing with "=== CONT" a test that prints
// after another one did.
type chattyPrinter struct {
	lastName string
}

var printer chattyPrinter

func (p *chattyPrinter) updatef(name, format string, args ...any) {
	p.lastName = name
	fmt.Fprintf(os.Stdout, format, args...)
}

func (p *chattyPrinter) printf(name, format string, args ...any) {
	if p.lastName == "" {
		p.lastName = name
	} else if p.lastName != name {
		fmt.Fprintf(os.Stdout, "=== CONT  %s\n", name)
		p.lastName = name
	}
	fmt.Fprintf(os.Stdout, format, args...)
}

// T is the state of one test, passed to Test functions.
type T struct {
	common
}

// Parallel marks the test as parallel; tests run one after the other here, so it
// only has to exist.
func (t *T) Parallel() {}

// Deadline reports the test binary's deadline; there is none.
func (t *T) Deadline() (deadline time.Time, ok bool) {
	return time.Time{}, false
}

// Run runs f as a subtest of t called name, in a goroutine of its own, and waits for
// it; it reports whether f succeeded (or was filtered out by -test.run).
func (t *T) Run(name string, f func(t *T)) bool {
	t.hasSub = true
	full := t.subName(name)
	if !matches(full, runPattern) {
		return true
	}
	sub := &T{common: common{name: full, parent: &t.common, level: t.level + 1}}
	if chatty {
		printer.updatef(sub.name, "=== RUN   %s\n", sub.name)
	}
	done := make(chan bool)
	sub.start = time.Now()
	go tRunner(sub, f, done)
	<-done
	return !sub.failed
}

// subName is the unique name of t's subtest: spaces become underscores, repeats get #01...
func (c *common) subName(name string) string {
	name = strings.ReplaceAll(name, " ", "_")
	if c.name != "" {
		name = c.name + "/" + name
	}
	if c.subNames == nil {
		c.subNames = map[string]int{}
	}
	n := c.subNames[name]
	c.subNames[name] = n + 1
	if n > 0 {
		name = fmt.Sprintf("%s#%02d", name, n)
	}
	return name
}

func tRunner(t *T, f func(t *T), done chan bool) {
	defer func() {
		t.finished = true
		t.runCleanups()
		t.duration = time.Since(t.start)
		t.report()
		done <- true
	}()
	f(t)
	t.finished = true
}

func (c *common) runCleanups() {
	for i := len(c.cleanups) - 1; i >= 0; i-- {
		c.cleanups[i]()
	}
	c.cleanups = nil
}

// report writes the test's --- line and output where Go's does: a top-level test's to
// standard output, a subtest's into its parent's output, indented by four spaces.
func (c *common) report() {
	if c.parent == nil {
		return
	}
	status := ""
	switch {
	case c.failed:
		status = "FAIL"
	case !chatty:
		return
	case c.skipped:
		status = "SKIP"
	default:
		status = "PASS"
	}
	text := fmt.Sprintf("--- %s: %s (%.2fs)\n", status, c.name, c.duration.Seconds()) + string(c.output)
	c.output = c.output[:0]
	if c.parent.parent == nil {
		if chatty {
			printer.updatef(c.name, "%s", text)
		} else {
			os.Stdout.WriteString(text)
		}
		return
	}
	for _, l := range strings.SplitAfter(text, "\n") {
		if l != "" {
			c.parent.output = append(c.parent.output, "    "+l...)
		}
	}
}

// InternalTest is a test function and its name, as the generated main lists them.
type InternalTest struct {
	Name string
	F    func(*T)
}

// InternalExample is an example function with its expected output; examples are
// listed but not run yet.
type InternalExample struct {
	Name      string
	F         func()
	Output    string
	Unordered bool
}

// InternalFuzzTarget is a fuzz target; fuzzing is not supported.
type InternalFuzzTarget struct {
	Name string
	Fn   func(f *F)
}

// F is the state of a fuzz test; fuzzing is not supported, so only the seed corpus
// API exists and Fuzz fails the test.
type F struct {
	common
}

// Add adds a seed to the corpus; nothing runs it.
func (f *F) Add(args ...any) {}

// Fuzz would run the fuzz target; it fails the test as fuzzing is not supported.
func (f *F) Fuzz(ff any) {
	f.Fatal("testing: fuzzing is not supported")
}

// M is the state of a test binary, given to TestMain.
type M struct {
	deps       testDeps
	tests      []InternalTest
	benchmarks []InternalBenchmark
	examples   []InternalExample
	exitCode   int
}

// testDeps is what the generated main provides: the package's import path. Patterns
// are matched by the package's own matcher unless the value also has a method
// MatchString(pat, str string) (bool, error), as Main's argument does.
type testDeps interface {
	ImportPath() string
}

type matcher interface {
	MatchString(pat, str string) (bool, error)
}

var deps testDeps

// MainStart is called by the generated main; it is not meant to be called by tests.
func MainStart(d testDeps, tests []InternalTest, benchmarks []InternalBenchmark, fuzzTargets []InternalFuzzTarget,
	examples []InternalExample) *M {
	deps = d
	return &M{deps: d, tests: tests, benchmarks: benchmarks, examples: examples}
}

// Main is the old entry point of test binaries: it runs the tests and exits.
func Main(matchString func(pat, str string) (bool, error), tests []InternalTest, benchmarks []InternalBenchmark,
	examples []InternalExample) {
	os.Exit(MainStart(funcDeps(matchString), tests, benchmarks, nil, examples).Run())
}

type funcDeps func(pat, str string) (bool, error)

func (f funcDeps) ImportPath() string                        { return "" }
func (f funcDeps) MatchString(pat, str string) (bool, error) { return f(pat, str) }

// Run runs the tests and benchmarks and returns the exit code for os.Exit: 0 when
// everything passed, 1 otherwise. It prints PASS or FAIL last, as Go's does.
func (m *M) Run() (code int) {
	parseArgs()
	root := &T{}
	ran := false
	for _, test := range m.tests {
		if !matches(test.Name, runPattern) {
			continue
		}
		ran = true
		root.Run(test.Name, test.F)
	}
	if !ran && benchPat == "" {
		fmt.Println("testing: warning: no tests to run")
	}
	if !root.failed && benchPat != "" {
		runBenchmarks(m.deps, m.benchmarks, root)
	}
	if root.failed {
		fmt.Println("FAIL")
		m.exitCode = 1
	} else {
		fmt.Println("PASS")
		m.exitCode = 0
	}
	return m.exitCode
}

// matches reports whether a test's full name (elements joined by "/") matches the
// pattern: a "|"-separated list of alternatives (outside brackets and parentheses),
// each a "/"-separated list of patterns that must match the name's elements at the
// same level; a name with fewer elements than an alternative matches it so far.
func matches(name, pattern string) bool {
	if pattern == "" {
		return true
	}
	elems := strings.Split(name, "/")
	for _, alt := range splitPattern(pattern) {
		ok := true
		for i, e := range elems {
			if i >= len(alt) {
				break
			}
			m, err := matchString(alt[i], e)
			if err != nil {
				fmt.Fprintf(os.Stderr, "testing: invalid regexp for element %d of %q: %s\n", i, pattern, err)
				os.Exit(1)
			}
			if !m {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func matchString(pat, s string) (bool, error) {
	if m, ok := deps.(matcher); ok {
		return m.MatchString(pat, s)
	}
	return matchRegexp(pat, s)
}

// splitPattern splits a pattern into alternatives at "|" and each alternative into
// elements at "/", both only outside brackets and parentheses.
func splitPattern(p string) [][]string {
	var alts [][]string
	var cur []string
	brackets, parens, start := 0, 0, 0
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case c == '\\':
			i++
		case c == '[':
			brackets++
		case c == ']':
			if brackets > 0 {
				brackets--
			}
		case c == '(' && brackets == 0:
			parens++
		case c == ')' && brackets == 0:
			parens--
		case (c == '/' || c == '|') && brackets == 0 && parens == 0:
			cur = append(cur, p[start:i])
			start = i + 1
			if c == '|' {
				alts = append(alts, cur)
				cur = nil
			}
		}
	}
	return append(alts, append(cur, p[start:]))
}
