module example.com/p36_strswitch

go 1.21
