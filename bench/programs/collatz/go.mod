module example.com/bench/collatz

go 1.21
