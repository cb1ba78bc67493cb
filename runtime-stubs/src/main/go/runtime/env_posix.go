package runtime

// env_posix.go: the environment as Go strings (Go's runtime/env_posix.go).

// gogetenv returns the value of the environment variable key: the rest of the first entry
// of envs that is "key=...", or "" when there is none (Go's gogetenv; Go throws when envs is
// not set yet, here start-up calls it only after goenvs). os.Getenv (runtime.go) ends here too.
func gogetenv(key string) string {
	// Go: len(s) > len(key) && s[len(key)] == '=' && envKeyEqual(s[:len(key)], key). Here
	// separate tests and a byte loop, so that the loop makes no call and keeps its values in
	// registers: start-up looks up GODEBUG and GOMAXPROCS in every entry.
	n := len(key)
	for _, s := range envs {
		if len(s) <= n {
			continue
		}
		if s[n] != '=' {
			continue
		}
		i := 0
		for i < n {
			if s[i] != key[i] {
				break
			}
			i++
		}
		if i == n {
			return s[n+1:]
		}
	}
	return ""
}
