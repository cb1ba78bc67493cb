module example.com/bench/initorder

go 1.21
