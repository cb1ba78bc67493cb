module example.com/p24_exitmain

go 1.21
