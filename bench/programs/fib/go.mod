module example.com/bench/fib

go 1.21
