module example.com/bench/parallel

go 1.21
