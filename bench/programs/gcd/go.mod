module example.com/bench/gcd

go 1.21
