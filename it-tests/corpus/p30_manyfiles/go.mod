module example.com/p30_manyfiles

go 1.21
