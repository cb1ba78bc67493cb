module example.com/bench/primes

go 1.21
