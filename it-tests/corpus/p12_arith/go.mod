module example.com/p12_arith

go 1.21
