module example.com/p15_funcs

go 1.21
