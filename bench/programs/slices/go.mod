module example.com/bench/slices

go 1.21
