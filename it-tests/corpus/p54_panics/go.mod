module example.com/p54

go 1.21
