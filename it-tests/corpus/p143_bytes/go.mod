module example.com/p143_bytes

go 1.26
