module example.com/bench/strings

go 1.21
