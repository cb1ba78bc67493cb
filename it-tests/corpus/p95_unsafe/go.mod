module example.com/p95

go 1.26
