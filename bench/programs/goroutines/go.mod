module example.com/bench/goroutines

go 1.21
