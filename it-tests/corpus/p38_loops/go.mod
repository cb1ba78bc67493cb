module example.com/p38_loops

go 1.21
