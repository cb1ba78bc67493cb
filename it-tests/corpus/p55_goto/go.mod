module example.com/p55

go 1.21
