module example.com/p31_blank

go 1.21
