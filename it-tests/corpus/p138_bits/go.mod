module example.com/p138_bits

go 1.24
