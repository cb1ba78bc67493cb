module example.com/p142_rand

go 1.24
