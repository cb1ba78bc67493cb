package runtime

// env_posix.go: the environment as Go strings (Go's runtime/env_posix.go).

// gogetenv returns the value of the environment variable key: the rest of the first entry
// of envs that is "key=...", or "" when there is none (Go's gogetenv; Go throws when envs is
// not set yet, here start-up calls it only after goenvs). os.Getenv (os.s) ends here too.
func gogetenv(key string) string {
	for _, s := range envs {
		if len(s) > len(key) && s[len(key)] == '=' && s[:len(key)] == key {
			return s[len(key)+1:]
		}
	}
	return ""
}
