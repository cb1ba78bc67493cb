module example.com/p73_typeswitch

go 1.26
