module example.com/p21_goinit

go 1.21
