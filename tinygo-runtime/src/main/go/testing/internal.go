package testing

// CoverBlock records the coverage data of one basic block; coverage is not supported,
// so nothing fills it.
type CoverBlock struct {
	Line0 uint32
	Col0  uint16
	Line1 uint32
	Col1  uint16
	Stmts uint16
}

// Cover records coverage information; coverage is not supported.
type Cover struct {
	Mode            string
	Counters        map[string][]uint32
	Blocks          map[string][]CoverBlock
	CoveredPackages string
}

// RegisterCover records the coverage data accumulators; coverage is not supported,
// so it keeps nothing.
func RegisterCover(c Cover) {}

// RunTests is an internal function kept for old generated mains: it runs the tests
// matching -test.run and reports whether they all passed.
func RunTests(matchString func(pat, str string) (bool, error), tests []InternalTest) (ok bool) {
	parseArgs()
	deps = funcDeps(matchString)
	root := &T{}
	for _, test := range tests {
		root.Run(test.Name, test.F)
	}
	return !root.failed
}

// RunBenchmarks is an internal function kept for old generated mains: it runs the
// benchmarks matching -test.bench.
func RunBenchmarks(matchString func(pat, str string) (bool, error), benchmarks []InternalBenchmark) {
	parseArgs()
	deps = funcDeps(matchString)
	runBenchmarks(deps, benchmarks, &T{})
}

// RunExamples is an internal function kept for old generated mains; examples are not
// run yet, so it reports success.
func RunExamples(matchString func(pat, str string) (bool, error), examples []InternalExample) (ok bool) {
	return true
}
