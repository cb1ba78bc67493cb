module example.com/p63

go 1.24
