module example.com/p132_stackmaps

go 1.24
