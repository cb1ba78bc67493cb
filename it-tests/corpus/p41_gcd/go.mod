module example.com/p41_gcd

go 1.21
