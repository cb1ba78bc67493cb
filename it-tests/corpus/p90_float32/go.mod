module example.com/p90

go 1.21
