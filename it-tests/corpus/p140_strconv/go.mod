module example.com/p140_strconv

go 1.24
