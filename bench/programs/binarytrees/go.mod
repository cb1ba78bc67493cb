module example.com/bench/binarytrees

go 1.21
