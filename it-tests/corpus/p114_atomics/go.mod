module p114_atomics

go 1.22
