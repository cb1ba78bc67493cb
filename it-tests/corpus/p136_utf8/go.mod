module example.com/p136_utf8

go 1.24
