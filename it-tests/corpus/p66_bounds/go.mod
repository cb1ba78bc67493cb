module example.com/p56

go 1.21
