module example.com/p23_getenv

go 1.21
