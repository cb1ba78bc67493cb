module example.com/p61

go 1.24
