module example.com/p16_vars

go 1.21
