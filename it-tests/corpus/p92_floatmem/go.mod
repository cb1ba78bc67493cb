module example.com/p92

go 1.21
