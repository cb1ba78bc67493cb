module example.com/initspawn

go 1.21
