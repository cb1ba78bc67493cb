module example.com/bench/bits

go 1.21
