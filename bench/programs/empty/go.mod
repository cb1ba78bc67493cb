module example.com/bench/empty

go 1.21
