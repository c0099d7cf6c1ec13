// The environment: read from the runtime (the start-up stack on Linux, environ_get
// on WASI) and copied on the first change, so that programs that only read it keep
// no copy.

package os

// envCopy is the changed environment once Setenv, Unsetenv or Clearenv ran.
var envCopy []string
var envChanged bool

func environ() []string {
	if envChanged {
		return envCopy
	}
	return runtimeEnviron()
}

// Environ returns the environment as strings of the form "key=value".
func Environ() []string {
	env := environ()
	out := make([]string, len(env))
	copy(out, env)
	return out
}

// LookupEnv returns the value of the environment variable key and whether it is set.
func LookupEnv(key string) (string, bool) {
	env := environ()
	for i := len(env) - 1; i >= 0; i-- {
		kv := env[i]
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return kv[len(key)+1:], true
		}
	}
	return "", false
}

// Getenv returns the value of the environment variable key, or "" if it is unset.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

func changeEnv() {
	if !envChanged {
		envCopy = Environ()
		envChanged = true
	}
}

func validEnvKey(key string) bool {
	if key == "" {
		return false
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return false
		}
	}
	return true
}

// Setenv sets the environment variable key to value.
func Setenv(key, value string) error {
	if !validEnvKey(key) {
		return NewSyscallError("setenv", eINVAL)
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return NewSyscallError("setenv", eINVAL)
		}
	}
	changeEnv()
	removeEnv(key)
	envCopy = append(envCopy, key+"="+value)
	return nil
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error {
	changeEnv()
	removeEnv(key)
	return nil
}

func removeEnv(key string) {
	out := envCopy[:0]
	for _, kv := range envCopy {
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			continue
		}
		out = append(out, kv)
	}
	envCopy = out
}

// Clearenv removes every environment variable.
func Clearenv() {
	envCopy = nil
	envChanged = true
}

// ExpandEnv replaces $var and ${var} in s by the environment's values.
func ExpandEnv(s string) string {
	return Expand(s, Getenv)
}

// Expand replaces $var and ${var} in s by mapping(var); the shell's one-character
// special names ($1, $*, $#, ...) count as names too.
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	last := 0
	for j := 0; j < len(s); j++ {
		if s[j] != '$' || j+1 >= len(s) {
			continue
		}
		if buf == nil {
			buf = make([]byte, 0, 2*len(s))
		}
		buf = append(buf, s[last:j]...)
		name, w := envName(s[j+1:])
		if name == "" && w > 0 {
			// a bad ${...}: dropped, as Go does
		} else if name == "" {
			buf = append(buf, s[j])
		} else {
			buf = append(buf, mapping(name)...)
		}
		j += w
		last = j + 1
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[last:]
}

func isSpecialVar(c byte) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isNameByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// envName returns the name after a '$' and how many bytes it took.
func envName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && isSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2
				}
				return s[1:i], i + 1
			}
		}
		return "", 1
	}
	if isSpecialVar(s[0]) {
		return s[0:1], 1
	}
	i := 0
	for i < len(s) && isNameByte(s[i]) {
		i++
	}
	return s[:i], i
}
