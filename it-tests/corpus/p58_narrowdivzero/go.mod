module example.com/narrowdivzero

go 1.21
