module example.com/p134_errors

go 1.24
