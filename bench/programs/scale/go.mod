module example.com/bench/scale

go 1.21
