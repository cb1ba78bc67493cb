module example.com/p20_gosched

go 1.21
