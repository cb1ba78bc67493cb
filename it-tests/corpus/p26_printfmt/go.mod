module example.com/p26_printfmt

go 1.21
