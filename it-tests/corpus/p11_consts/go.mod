module example.com/p11_consts

go 1.21
