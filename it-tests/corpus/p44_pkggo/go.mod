module example.com/pkggo

go 1.21
