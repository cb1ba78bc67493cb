module example.com/p60

go 1.24
