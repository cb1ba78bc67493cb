module example.com/p137_math

go 1.24
