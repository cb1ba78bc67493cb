module example.com/p22_gomaxprocs

go 1.21
